/**
 * Excel and open-data benchmark: export and import times of exportTargetsXlsx / importTargetsXlsx for
 * one unit and for a county (one workbook per unit), and the open-data JSON and CSV of the county, on
 * synthetic documents in the seed's layout. Prints figures; asserts nothing.
 *   node bin/run-ts.js bench/xlsx.bench.ts [--units 100] [--projects 10] [--indicators 15]
 * The Word figures are in bench/documents.bench.ts.
 */
import { exportOpenDataCsv, exportOpenDataJson } from '../src/core/open-data';
import { exportTargetsXlsx, importTargetsXlsx } from '../src/core/xlsx';
import { benchDocumentFormat, median, syntheticUnitYears } from './support';

const { county, unit } = syntheticUnitYears();
const xlsx = { extension: '.xlsx', exportName: 'exportTargetsXlsx', exportFile: exportTargetsXlsx, exportNote: '', importName: 'importTargetsXlsx', importFile: importTargetsXlsx, importNote: '; 含压缩包检查' };
await benchDocumentFormat(xlsx, unit, county);
const jsonMs = await median(5, () => exportOpenDataJson(county));
const csvMs = await median(5, () => exportOpenDataCsv(county));
const jsonMegabytes = new TextEncoder().encode(exportOpenDataJson(county)).byteLength / 1e6;
const csvMegabytes = new TextEncoder().encode(exportOpenDataCsv(county)).byteLength / 1e6;
console.log(`开放数据 open data (整个县):`);
console.log(`  JSON  ${jsonMs.toFixed(0)} ms, ${jsonMegabytes.toFixed(1)} MB (中位数)`);
console.log(`  CSV   ${csvMs.toFixed(0)} ms, ${csvMegabytes.toFixed(1)} MB (中位数)`);
