/** A unit's monitoring tables of a round as a file: Word, Excel, or open data (its targets with the reports). */
import { exportMonitoringDocx } from '../../core/docx/export-monitoring';
import { exportOpenDataJson } from '../../core/open-data';
import { exportMonitoringXlsx } from '../../core/xlsx/monitoring-workbook';
import type { Caller } from '../audit/caller';
import type { Deps } from '../deps';
import type { ExportedFile } from '../export-documents';
import { xlsxMimeType } from './download-monitoring-template';
import { openRoundUnit } from './round-access';
import { loadUnitRoundData, monitoringTableOf } from './unit-round-data';

export type TableFormat = 'docx' | 'xlsx' | 'open-data';

const docxMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The unit's monitoring tables in `format`, named like 203001-2021-07-31-监控表.docx.
 * @throws DomainError('not_found') the round is missing or does not ask the unit, or the unit is out of reach
 */
export async function exportUnitMonitoring(deps: Deps, input: { caller: Caller; roundId: string; unitId: string; format: TableFormat }): Promise<ExportedFile> {
  const { table, unitYear } = await deps.db.orm.transaction(
    async (tx) => {
      const { round, roundUnit } = await openRoundUnit(tx, input.caller, input, 'read_monitoring');
      const data = await loadUnitRoundData(tx, round, roundUnit);
      return { table: monitoringTableOf(round, data), unitYear: data.loaded.unitYear };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const stem = `${table.unit.code}-${table.cutOff}-监控表`;
  if (input.format === 'docx') return { bytes: await exportMonitoringDocx(table), extension: 'docx', mimeType: docxMimeType, fileName: `${stem}.docx` };
  if (input.format === 'xlsx') return { bytes: await exportMonitoringXlsx(table), extension: 'xlsx', mimeType: xlsxMimeType, fileName: `${stem}.xlsx` };
  const json = exportOpenDataJson([unitYear], { monitoring: [table] });
  return { bytes: new TextEncoder().encode(json), extension: 'json', mimeType: 'application/json', fileName: `${stem}-open-data.json` };
}
