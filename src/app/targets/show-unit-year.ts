/** One unit year: its summary, department plan, projects, findings about the plan, and what the caller may do. */
import { authorize, authorizeRecord } from '../../core/access/policy';
import { permissionsFor } from '../../core/workflow/unit-year-status';
import { listProjectRows, type ProjectListRow } from '../../db/project.repository';
import { listReviewFindings, type StoredReviewFinding } from '../../db/review.repository';
import { findDepartmentPlan, type DepartmentPlanRecord } from '../../db/unit-year-edit.repository';
import { findUnitYearSummary, type UnitYearSummaryRecord } from '../../db/unit-year-list.repository';
import type { Orm } from '../../db/database';
import type { Caller } from '../audit/caller';
import type { Deps } from '../deps';
import { withRuleNotes, type RuleNote } from './rule-notes';
import { scopeOfTargets, stateOf } from './target-scope';

export interface UnitYearView {
  summary: UnitYearSummaryRecord;
  departmentPlan: DepartmentPlanRecord;
  projects: ProjectListRow[];
  planFindings: (StoredReviewFinding & RuleNote)[];
  permissions: ReturnType<typeof permissionsFor>;
}

export const unitYearScope = (summary: UnitYearSummaryRecord) => scopeOfTargets({ id: summary.unitId, divisionCode: summary.divisionCode }, summary);

/**
 * The unit year with this id, read in one consistent snapshot.
 * @throws DomainError('not_found') when there is none or it lies outside the caller's scope (same answer)
 */
export async function showUnitYear(deps: Deps, input: { caller: Caller; id: string }): Promise<UnitYearView> {
  authorize(input.caller.actor, 'read_targets');
  return deps.db.orm.transaction((tx) => loadUnitYearView(tx, input.caller, input.id), { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

/** The view of the unit year in `tx`, after checking the caller may read it. */
export async function loadUnitYearView(tx: Orm, caller: Caller, id: string): Promise<UnitYearView> {
  const summary = await findUnitYearSummary(tx, id);
  authorizeRecord(caller.actor, 'read_targets', summary, unitYearScope, '该单位年度');
  const departmentPlan = await findDepartmentPlan(tx, summary.id);
  if (!departmentPlan) throw new Error(`unit year ${summary.id} has no department plan`);
  const findings = await listReviewFindings(tx, { unitYearId: summary.id });
  return {
    summary,
    departmentPlan,
    projects: await listProjectRows(tx, summary.id),
    planFindings: withRuleNotes(findings.filter((finding) => finding.projectId === null)),
    permissions: permissionsFor(caller.actor, unitYearScope(summary), stateOf(summary)),
  };
}
