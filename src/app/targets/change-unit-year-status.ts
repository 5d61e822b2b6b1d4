/**
 * The steps of a unit year's targets: the unit leader submits, the finance reviewer approves or returns (with a
 * comment), the finance reviewer or an admin publishes. Which step may follow which is decided in core.
 */
import { DomainError } from '../../core/errors';
import { nextStatus, transitionRules, type Transition } from '../../core/workflow/unit-year-status';
import type { Orm } from '../../db/database';
import { listProjectRows } from '../../db/project.repository';
import { changeUnitYearStatus as changeStored, type StatusChange } from '../../db/unit-year-edit.repository';
import { findUnitYearSummary, type UnitYearSummaryRecord } from '../../db/unit-year-list.repository';
import type { Caller } from '../audit/caller';
import { withAudit } from '../audit/record';
import type { Deps } from '../deps';
import { openUnitYear } from './open-unit-year';
import { loadUnitYearView, type UnitYearView } from './show-unit-year';
import { stateOf } from './target-scope';

/**
 * Takes `transition` on the unit year; audited as `unit_year.<transition>` with the status before and after.
 * Answers with the unit year as its GET gives it (what the caller may do has changed).
 * @throws DomainError('conflict') when the status does not allow the step (or, to approve, a project is not
 *   graded 优 or 良)
 * @throws DomainError('not_found' | 'forbidden' | 'unauthenticated') as the policy decides
 */
export async function changeUnitYearStatus(
  deps: Deps,
  input: { caller: Caller; id: string; transition: Transition; comment?: string },
): Promise<UnitYearView> {
  const { caller, id, transition } = input;
  return withAudit(deps, caller, async (tx, record) => {
    const head = await openUnitYear(tx, caller, id, transitionRules[transition].action);
    const before = await summaryOf(tx, id);
    const projects = transition === 'approve' ? await gradedProjects(tx, id) : [];
    const status = nextStatus(stateOf(head), transition, projects);
    const at = deps.clock();
    const changed = await changeStored(tx, { id, from: transitionRules[transition].from, unpublished: transition === 'publish', at }, changeOf(transition, status, at, input));
    // The row is locked: only a bug could make the guarded update miss.
    if (!changed) throw new Error(`unit year ${id}: ${transition} matched no row while locked`);
    const after = await summaryOf(tx, id);
    await record({ action: `unit_year.${transition}`, entityType: 'unit_year', entityId: id, unitId: head.unit.id, divisionCode: head.unit.divisionCode, before: statusSnapshot(before), after: statusSnapshot(after) });
    return loadUnitYearView(tx, caller, id);
  });
}

function changeOf(transition: Transition, status: StatusChange['status'], at: Date, input: { caller: Caller; comment?: string }): StatusChange {
  switch (transition) {
    case 'submit':
      // The table ties a submission to the account that made it; the command line has none.
      if (input.caller.actor.userId === null) throw new DomainError('forbidden', '提交绩效目标需要以单位负责人的账号登录。');
      return { status, statusComment: null, submittedAt: at, submittedBy: input.caller.actor.userId };
    case 'approve':
    case 'return':
      return { status, statusComment: input.comment?.trim() || null };
    case 'publish':
      return { status, publishedAt: at };
  }
}

async function gradedProjects(tx: Orm, unitYearId: string) {
  const rows = await listProjectRows(tx, unitYearId);
  return rows.map((row) => ({ code: row.code, name: row.name, grade: row.reviewGrade }));
}

async function summaryOf(tx: Orm, id: string): Promise<UnitYearSummaryRecord> {
  const summary = await findUnitYearSummary(tx, id);
  if (!summary) throw new Error(`unit year ${id} vanished while locked`);
  return summary;
}

function statusSnapshot(summary: UnitYearSummaryRecord): Record<string, unknown> {
  return { status: summary.status, statusComment: summary.statusComment, publishedAt: summary.publishedAt?.toISOString() ?? null, version: summary.version };
}
