/** A unit's monitoring tables of a round as a file: Word, Excel, or open data (its targets with the reports). */
import { exportMonitoringDocx } from '../../core/docx/export-monitoring';
import { exportOpenDataJson } from '../../core/open-data';
import { exportMonitoringXlsx } from '../../core/xlsx/monitoring-workbook';
import type { Caller } from '../audit/caller';
import type { Deps } from '../deps';
import type { ExportedFile } from '../export-documents';
import { tableFile, type TableFormat } from '../table-file';
import { openRoundUnit } from './round-access';
import { loadUnitRoundData, monitoringTableOf } from './unit-round-data';

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
  return tableFile(input.format, `${table.unit.code}-${table.cutOff}-监控表`, {
    docx: () => exportMonitoringDocx(table),
    xlsx: () => exportMonitoringXlsx(table),
    openData: () => exportOpenDataJson([unitYear], { monitoring: [table] }),
  });
}
