/**
 * A project's target table as use cases return it (after a read or an edit): the project, its indicators with
 * parsed targets, its findings with their rules' notes, and what the caller may do now. Shared by the project
 * use cases of this folder, with opening a project for a change and its 409.
 */
import type { Actor } from '../../core/access/actor';
import { authorizeRecord, type Action } from '../../core/access/policy';
import { DomainError } from '../../core/errors';
import { fen } from '../../core/money';
import type { Project } from '../../core/model';
import { permissionsFor, type ReviewGrade, type UnitYearStatus } from '../../core/workflow/unit-year-status';
import type { Orm } from '../../db/database';
import { findProjectHead, loadProjectTable, touchProject, type ProjectHead, type ProjectTable, type ReviewFindingRow } from '../../db/project.repository';
import { findUnitYearHead } from '../../db/unit-year-edit.repository';
import type { Caller } from '../audit/caller';
import type { RecordAudit } from '../audit/record';
import { toIndicatorRecord, type IndicatorRecord } from './indicator-record';
import { withRuleNotes, type RuleNote } from './rule-notes';
import { projectSnapshot } from './snapshots';
import { scopeOfTargets, stateOf } from './target-scope';
import { versionConflict } from './version-conflict';

export type Permissions = ReturnType<typeof permissionsFor>;
export type StoredFinding = ReviewFindingRow & RuleNote;

export interface ProjectView extends Omit<Project, 'indicators'> {
  id: string;
  unitYearId: string;
  unit: { id: string; code: string; name: string; divisionCode: string | null };
  year: number;
  status: UnitYearStatus;
  moneyUnit: '万元' | '元';
  position: number;
  indicators: IndicatorRecord[];
  findings: StoredFinding[];
  reviewGrade: ReviewGrade | null;
  reviewComment: string | null;
  gradedAt: Date | null;
  updatedAt: Date;
  updatedBy: { id: string | null; displayName: string } | null;
  version: number;
  permissions: Permissions;
}

/** The project of a loaded table in the model's shape, but for its indicators (whose shape differs by use). */
export function projectFieldsOf(table: ProjectTable): Omit<Project, 'indicators'> {
  const { project } = table.head;
  return {
    code: project.code,
    name: project.name,
    budget: { total: fen(project.budgetTotal), fiscal: fen(project.budgetFiscal), other: fen(project.budgetOther) },
    budgetRaw: { total: project.budgetTotalRaw, fiscal: project.budgetFiscalRaw, other: project.budgetOtherRaw },
    purpose: project.purpose,
    spendingPlan: table.spendingPlan,
    goals: project.goals,
  };
}

export const projectScope = (head: ProjectHead) => scopeOfTargets(head.unit, head.unitYear);

/** The view of a loaded table for `actor`. */
export function viewOf(table: ProjectTable, actor: Actor): ProjectView {
  const { project, unitYear, unit } = table.head;
  return {
    id: project.id,
    unitYearId: unitYear.id,
    unit,
    year: unitYear.year,
    status: unitYear.status,
    moneyUnit: unitYear.moneyUnit,
    position: project.position,
    ...projectFieldsOf(table),
    indicators: table.indicators.map(toIndicatorRecord),
    findings: withRuleNotes(table.findings),
    reviewGrade: project.reviewGrade,
    reviewComment: project.reviewComment,
    gradedAt: project.gradedAt,
    updatedAt: project.updatedAt,
    updatedBy: table.updatedBy,
    version: project.version,
    permissions: permissionsFor(actor, projectScope(table.head), stateOf(unitYear)),
  };
}

/** The project's view as it stands in `tx`; null when it is gone. */
export async function loadProjectView(tx: Orm, projectId: string, actor: Actor): Promise<ProjectView | null> {
  const table = await loadProjectTable(tx, projectId);
  return table ? viewOf(table, actor) : null;
}

/**
 * The project, after checking that the caller may do `action` on it, with its unit year locked until the
 * transaction ends (changes of one unit year take turns) and its status freshly read.
 * @throws DomainError('forbidden' | 'unauthenticated' | 'not_found') as the policy decides
 */
export async function openProject(tx: Orm, caller: Caller, projectId: string, action: Action): Promise<ProjectHead> {
  const found = await findProjectHead(tx, projectId);
  authorizeRecord(caller.actor, action, found, projectScope, '该项目');
  const locked = await findUnitYearHead(tx, found.unitYear.id, { lock: true });
  // Only a replace by a new import removes a unit year; the project went with it.
  if (!locked) throw projectNotFound();
  return { ...found, unitYear: { ...found.unitYear, status: locked.status, publishedAt: locked.publishedAt } };
}

/** The 409 of a project edit that started from `expectedVersion`: the project as it is now, what changed. */
export async function projectConflict(tx: Orm, projectId: string, expectedVersion: number, actor: Actor): Promise<DomainError> {
  const current = await loadProjectView(tx, projectId, actor);
  if (!current) return projectNotFound();
  return versionConflict(tx, {
    entityType: 'project',
    entityId: projectId,
    what: `项目“${current.name}”`,
    expectedVersion,
    current,
    currentVersion: current.version,
    snapshot: projectSnapshot(current),
    updatedAt: current.updatedAt,
  });
}

/**
 * Bumps the project's version after its list of indicators changed (an indicator added or deleted) and records
 * it as `project.indicators_change`, so that the project's history (and a later 409) knows its list changed.
 * `before` is the project as it was; returns the new version.
 */
export async function recordListChange(tx: Orm, before: ProjectView, at: Date, record: RecordAudit, actor: Actor): Promise<number> {
  const version = await touchProject(tx, before.id, at);
  const after = await loadProjectView(tx, before.id, actor);
  if (version === null || !after) throw projectNotFound();
  await record({ action: 'project.indicators_change', entityType: 'project', entityId: before.id, unitId: before.unit.id, divisionCode: before.unit.divisionCode, before: projectSnapshot(before), after: projectSnapshot(after) });
  return version;
}

/** Who the audit trail will name for a change `caller` is making (the record is read before its event is written). */
export function editorOf(caller: Caller): { id: string | null; displayName: string } {
  return { id: caller.actor.userId, displayName: caller.displayName };
}

export function projectNotFound(): DomainError {
  return new DomainError('not_found', '没有找到该项目。');
}
