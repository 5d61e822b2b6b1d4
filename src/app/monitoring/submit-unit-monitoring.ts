/**
 * A unit leader submits the unit's monitoring reports of a round: every project must have a saved report
 * without errors. Audited as `monitoring_unit.submit`; the reports are then final for the round.
 */
import { DomainError } from '../../core/errors';
import type { Finding } from '../../core/finding';
import { markRoundUnitSubmitted } from '../../db/monitoring-round.repository';
import type { Caller } from '../audit/caller';
import { withAudit } from '../audit/record';
import type { Deps } from '../deps';
import type { LocatedFinding, MonitoringProjectView } from './monitoring-view';
import { assertNotSubmitted, assertRoundOpen, openRoundUnit } from './round-access';
import { loadUnitMonitoring, type UnitMonitoringView } from './show-unit-monitoring';

/** What stops a submission: a project without a report, and every error of the saved ones. */
function submissionProblems(projects: readonly MonitoringProjectView[]): LocatedFinding[] {
  return projects.flatMap((project): LocatedFinding[] => {
    if (!project.report) {
      const missing: Finding = { code: 'monitoring.report-missing', severity: 'error', location: { projectCode: project.code }, message: `项目“${project.name}”尚未填报监控数据。`, suggestion: '填报执行数和每个指标的执行情况后保存。' };
      return [{ ...missing, indicatorId: null }];
    }
    return project.findings.filter((finding) => finding.severity === 'error');
  });
}

/**
 * Submits the unit's reports of the round; answers the unit's view.
 * @throws DomainError('validation_failed') a project not reported or a report with errors (`details.findings`)
 * @throws DomainError('conflict') the round is closed (`reason: 'closed'`) or the unit already submitted (`reason: 'submitted'`)
 * @throws DomainError('not_found' | 'forbidden' | 'unauthenticated') as the policy decides
 */
export async function submitUnitMonitoring(deps: Deps, input: { caller: Caller; roundId: string; unitId: string }): Promise<UnitMonitoringView> {
  const { caller } = input;
  return withAudit(deps, caller, async (tx, record) => {
    const { round, roundUnit } = await openRoundUnit(tx, caller, input, 'submit_monitoring', 'share');
    assertRoundOpen(round);
    assertNotSubmitted(roundUnit);
    const view = await loadUnitMonitoring(tx, caller.actor, round, roundUnit);
    const problems = submissionProblems(view.projects);
    if (problems.length > 0) throw new DomainError('validation_failed', `还有${problems.length}处问题需要改正后才能提交，请查看各项目的校验提示。`, { findings: problems });
    const at = deps.clock();
    if (!(await markRoundUnitSubmitted(tx, { roundId: round.id, unitId: roundUnit.unit.id, at, by: caller.actor.userId }))) assertNotSubmitted({ ...roundUnit, submittedAt: at });
    const summary = { round: round.id, worst: view.worst, counts: view.counts };
    await record({ action: 'monitoring_unit.submit', entityType: 'monitoring_unit', entityId: `${round.id}:${roundUnit.unit.id}`, unitId: roundUnit.unit.id, divisionCode: round.divisionCode, before: { submitted: false }, after: { submitted: true, ...summary } });
    const submitted = { ...roundUnit, submittedAt: at, submittedBy: { id: caller.actor.userId, displayName: caller.displayName } };
    return loadUnitMonitoring(tx, caller.actor, round, submitted);
  });
}
