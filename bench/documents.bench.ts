/**
 * Word document benchmark: export and import times of exportTargetsDocx / importTargetsDocx for one
 * unit and for a county, on synthetic documents in the seed's layout. Prints figures; asserts nothing.
 *   node bin/run-ts.js bench/documents.bench.ts [--units 100] [--projects 10] [--indicators 15]
 * Goal (issue 7): a unit's .docx (10 projects) in < 300 ms.
 * The Excel figures are in bench/xlsx.bench.ts.
 */
import { exportTargetsDocx, importTargetsDocx } from '../src/core/docx';
import { benchDocumentFormat, syntheticUnitYears } from './support';

const { county, unit } = syntheticUnitYears();
const docx = { extension: '.docx', exportName: 'exportTargetsDocx', exportFile: exportTargetsDocx, exportNote: '; 目标 < 300 ms', importName: 'importTargetsDocx', importFile: importTargetsDocx, importNote: '' };
await benchDocumentFormat(docx, unit, county);
