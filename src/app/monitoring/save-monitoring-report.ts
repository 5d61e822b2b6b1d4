/**
 * A unit saves a project's monitoring report in a round (a draft: findings do not stop the save). Audited as
 * `monitoring_report.save` with the report before and after.
 */
import { DomainError } from '../../core/errors';
import { valueOrThrow } from '../../core/edit/field-problems';
import { formatAmount } from '../../core/money';
import type { Orm } from '../../db/database';
import { findReport, saveReportRows, type StoredReport } from '../../db/monitoring-report.repository';
import { findProjectHead } from '../../db/project.repository';
import type { Caller } from '../audit/caller';
import { withAudit } from '../audit/record';
import type { Deps } from '../deps';
import { editorOf } from '../targets/project-view';
import { versionConflict } from '../targets/version-conflict';
import type { MonitoringProjectView } from './monitoring-view';
import { readReportEdit, type ReportEdit } from './read-report-edit';
import { assertNotSubmitted, assertRoundOpen, openRoundUnit } from './round-access';
import { loadUnitMonitoring } from './show-unit-monitoring';
import { loadUnitRoundData } from './unit-round-data';

/** What the audit trail keeps of a report; the same snapshot tells a 409 what changed. */
export function reportSnapshot(report: StoredReport | null): Record<string, unknown> {
  if (!report) return { version: 0 };
  const { spent, expectedSpent, overspendExplanation, indicators, version } = report;
  return { spent: formatAmount(spent, '万元'), expectedSpent: formatAmount(expectedSpent, '万元'), overspendExplanation, indicators, version };
}

/** The project's entry in the unit's view as it stands in `tx`. */
async function entryOf(tx: Orm, caller: Caller, ids: { roundId: string; unitId: string }, projectId: string): Promise<MonitoringProjectView> {
  const { round, roundUnit } = await openRoundUnit(tx, caller, ids, 'read_monitoring');
  const view = await loadUnitMonitoring(tx, caller.actor, round, roundUnit);
  const entry = view.projects.find((project) => project.id === projectId);
  if (!entry) throw new DomainError('not_found', '没有找到该项目。');
  return entry;
}

/**
 * Saves the report of `projectId` in `roundId` if it is still at `expectedVersion` (0: none saved yet); answers
 * the project's entry (report, lights, findings).
 * @throws DomainError('validation_failed') amounts that are not numbers, indicators not of the project (field paths)
 * @throws DomainError('conflict') a newer version exists (details: the entry now, changed fields); the round is
 *   closed (`reason: 'closed'`) or the unit has submitted (`reason: 'submitted'`)
 * @throws DomainError('not_found' | 'forbidden' | 'unauthenticated') as the policy decides
 */
export async function saveMonitoringReport(deps: Deps, input: { caller: Caller; roundId: string; projectId: string; expectedVersion: number; report: ReportEdit }): Promise<MonitoringProjectView> {
  const { caller, roundId, projectId, expectedVersion } = input;
  return withAudit(deps, caller, async (tx, record) => {
    const head = await findProjectHead(tx, projectId);
    const ids = { roundId, unitId: head?.unit.id ?? '' };
    const { round, roundUnit } = await openRoundUnit(tx, caller, ids, 'report_monitoring', 'share');
    if (!head || roundUnit.unitYear.id !== head.unitYear.id) throw new DomainError('not_found', '没有找到该项目的监控填报。');
    assertRoundOpen(round);
    assertNotSubmitted(roundUnit);
    const before = await findReport(tx, roundId, projectId);
    const { loaded } = await loadUnitRoundData(tx, round, roundUnit);
    const indicatorIds = loaded.projects.find((project) => project.id === projectId)?.indicatorIds ?? [];
    const report = valueOrThrow(readReportEdit(input.report, indicatorIds));
    const savedId = await saveReportRows(tx, { roundId, projectId, expectedVersion, at: deps.clock() }, report);
    if (!savedId) throw await reportConflict(tx, caller, { ...ids, projectId, expectedVersion, at: deps.clock() }, before);
    const after = await findReport(tx, roundId, projectId);
    await record({ action: 'monitoring_report.save', entityType: 'monitoring_report', entityId: savedId, unitId: head.unit.id, divisionCode: round.divisionCode, before: reportSnapshot(before), after: reportSnapshot(after) });
    const entry = await entryOf(tx, caller, ids, projectId);
    return { ...entry, updatedBy: editorOf(caller) };
  });
}

/** The 409 of a save that started from `expectedVersion`: the entry as it is now (version 0 when none is saved), what changed. */
async function reportConflict(tx: Orm, caller: Caller, target: { roundId: string; unitId: string; projectId: string; expectedVersion: number; at: Date }, current: StoredReport | null): Promise<DomainError> {
  const { projectId, expectedVersion } = target;
  const entry = await entryOf(tx, caller, target, projectId);
  return versionConflict(tx, {
    entityType: 'monitoring_report',
    entityId: current?.id ?? projectId,
    what: `项目“${entry.name}”的监控填报`,
    expectedVersion,
    current: entry,
    currentVersion: entry.version,
    snapshot: reportSnapshot(current),
    updatedAt: current?.updatedAt ?? target.at,
  });
}
