/** The Excel template of a unit's monitoring in a round, pre-filled with its targets and the figures saved so far. */
import { exportMonitoringTemplate } from '../../core/xlsx/monitoring-template';
import type { Caller } from '../audit/caller';
import type { Deps } from '../deps';
import type { ExportedFile } from '../export-documents';
import { xlsxMimeType } from '../table-file';
import { openRoundUnit } from './round-access';
import { loadUnitRoundData, monitoringTemplateOf } from './unit-round-data';

/**
 * The template, named like 203001-2021-07-31-监控填报模板.xlsx.
 * @throws DomainError('not_found') the round is missing or does not ask the unit, or the unit is out of reach
 */
export async function downloadMonitoringTemplate(deps: Deps, input: { caller: Caller; roundId: string; unitId: string }): Promise<ExportedFile> {
  const { round, template } = await deps.db.orm.transaction(
    async (tx) => {
      const opened = await openRoundUnit(tx, input.caller, input, 'read_monitoring');
      return { round: opened.round, template: monitoringTemplateOf(opened.round, await loadUnitRoundData(tx, opened.round, opened.roundUnit)) };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const bytes = await exportMonitoringTemplate(template);
  return { bytes, extension: 'xlsx', mimeType: xlsxMimeType, fileName: `${template.unit.code}-${round.cutOff}-监控填报模板.xlsx` };
}
