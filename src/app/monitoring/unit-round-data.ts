/**
 * A unit's data in a round, loaded once for whatever is made of it: the unit year with its ids, the stored
 * reports and the rule pack; and the core's table (Word, Excel, open data) and template made from it.
 */
import type { RulePack } from '../../core/review/rule-pack';
import type { MonitoringTable } from '../../core/monitoring/monitoring-table';
import { projectLights } from '../../core/monitoring';
import type { MonitoringTemplate } from '../../core/xlsx/monitoring-template-layout';
import type { Orm } from '../../db/database';
import { listUnitReports, type StoredReport } from '../../db/monitoring-report.repository';
import type { RoundRecord } from '../../db/monitoring-round.repository';
import { loadUnitYearsByIds } from '../../db/load-unit-year';
import type { UnitYearWithIds } from '../../db/unit-year-ids.repository';
import { DomainError } from '../../core/errors';
import { rulePackFor } from '../review/review-targets';
import { coreReport } from './monitoring-view';
import type { ReportingUnit } from './round-access';

export interface UnitRoundData {
  loaded: UnitYearWithIds;
  reports: Map<string, StoredReport>;
  pack: RulePack;
}

/** The unit's data in the round as it stands in `tx`. */
export async function loadUnitRoundData(tx: Orm, round: RoundRecord, roundUnit: ReportingUnit): Promise<UnitRoundData> {
  const [data] = await loadRoundData(tx, round, [roundUnit]);
  if (!data) throw new DomainError('not_found', '没有找到该单位的监控填报。');
  return data;
}

/**
 * The data of these units in the round as it stands in `tx`, in their order, read in a fixed number of
 * statements however many units (a division's view); a unit year that is gone is left out.
 */
export async function loadRoundData(tx: Orm, round: RoundRecord, roundUnits: readonly ReportingUnit[]): Promise<UnitRoundData[]> {
  const unitYearIds = roundUnits.map((roundUnit) => roundUnit.unitYear.id);
  const loaded = new Map((await loadUnitYearsByIds(tx, unitYearIds)).map(({ id, ...data }) => [id, data]));
  const reports = await listUnitReports(tx, round.id, unitYearIds);
  return unitYearIds.flatMap((id) => {
    const data = loaded.get(id);
    return data ? [{ loaded: data, reports, pack: rulePackFor(data.unitYear) }] : [];
  });
}

/** Each project with its ids and its report in the core's terms (positions), null when none is saved. */
function projectsOf(data: UnitRoundData) {
  return data.loaded.unitYear.projects.map((project, index) => {
    const ids = data.loaded.projects[index] ?? { id: '', indicatorIds: [] };
    const stored = data.reports.get(ids.id);
    return { project, ids, stored, report: stored ? coreReport(project, ids.indicatorIds, stored) : null };
  });
}

/** The unit's monitoring table in the round (domain.md §6). */
export function monitoringTableOf(round: RoundRecord, data: UnitRoundData): MonitoringTable {
  const { unitYear } = data.loaded;
  const projects = projectsOf(data).map(({ project, report }) => ({
    project,
    report,
    executionPercent: projectLights(project, report ?? undefined, round, data.pack).spending.inputs.executionPercent,
  }));
  return { unit: unitYear.unit, year: unitYear.year, cutOff: round.cutOff, title: round.title, projects };
}

/** The template of the unit's projects in the round, with the figures saved so far. */
export function monitoringTemplateOf(round: RoundRecord, data: UnitRoundData): MonitoringTemplate {
  const { unitYear } = data.loaded;
  const projects = projectsOf(data).map(({ project, ids, stored, report }) => ({ id: ids.id, version: stored?.version ?? 0, project, indicatorIds: ids.indicatorIds, report }));
  return { roundId: round.id, unit: unitYear.unit, year: unitYear.year, cutOff: round.cutOff, title: round.title, projects };
}
