/**
 * The life of a unit year's targets (domain.md §1, §3): the unit writes them (draft), its leader submits them,
 * the finance bureau approves or returns them (returned targets are revised and submitted again), and approved
 * targets are published (预算公开). Pure: the rules of which step may follow which, and when targets may change.
 */
import type { Actor } from '../access/actor';
import { can, type Action, type Scope } from '../access/policy';
import { DomainError } from '../errors';

export const unitYearStatuses = ['draft', 'submitted', 'approved', 'returned'] as const;
export type UnitYearStatus = (typeof unitYearStatuses)[number];

export const unitYearStatusLabels: Record<UnitYearStatus, string> = {
  draft: '填报中',
  submitted: '已提交待审核',
  approved: '已批复',
  returned: '已退回修改',
};

/** 财政审核 grades: 优 proceeds, 良 fixed together then proceeds, 中 returned for revision, 差 blocked. */
export const reviewGrades = ['优', '良', '中', '差'] as const;
export type ReviewGrade = (typeof reviewGrades)[number];

/** Grades that let the targets proceed to approval. */
const proceedingGrades: readonly ReviewGrade[] = ['优', '良'];

export const transitions = ['submit', 'approve', 'return', 'publish'] as const;
export type Transition = (typeof transitions)[number];

interface TransitionRule {
  from: readonly UnitYearStatus[];
  to: UnitYearStatus;
  /** The permission the step needs (src/core/access). */
  action: Action;
  label: string;
}

export const transitionRules: Record<Transition, TransitionRule> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', action: 'submit_targets', label: '提交' },
  approve: { from: ['submitted'], to: 'approved', action: 'approve_targets', label: '批复' },
  return: { from: ['submitted'], to: 'returned', action: 'approve_targets', label: '退回' },
  publish: { from: ['approved'], to: 'approved', action: 'publish', label: '公开' },
};

/** Where a unit year stands: its status and whether it is published. */
export interface UnitYearState {
  status: UnitYearStatus;
  published: boolean;
}

/** A project as approval looks at it. */
export interface GradedProject {
  code: string;
  name: string;
  grade: ReviewGrade | null;
}

/**
 * The status after `transition`, or a `conflict` saying in Chinese why the step cannot be taken now.
 * Approval needs every project graded 优 or 良 (中 means return for revision, 差 blocks the project).
 * @throws DomainError('conflict') with details `{ reason: 'status', status }` or `{ reason: 'grades', projects }`
 */
export function nextStatus(state: UnitYearState, transition: Transition, projects: readonly GradedProject[] = []): UnitYearStatus {
  const rule = transitionRules[transition];
  if (transition === 'publish' && state.published) throw statusConflict(state, '已经公开，无需再次公开');
  if (!rule.from.includes(state.status)) {
    const allowed = rule.from.map((status) => `“${unitYearStatusLabels[status]}”`).join('或');
    throw statusConflict(state, `只有${allowed}的绩效目标才能${rule.label}`);
  }
  if (transition === 'approve') checkGrades(projects);
  return rule.to;
}

function checkGrades(projects: readonly GradedProject[]): void {
  const blocking = projects.filter((project) => project.grade === null || !proceedingGrades.includes(project.grade));
  if (blocking.length === 0) return;
  const list = blocking.map((project) => `${project.name}（${project.grade ?? '未评定'}）`).join('、');
  throw new DomainError(
    'conflict',
    `还不能批复：以下项目未评定或评定为“中”“差”：${list}。请先评定每个项目为“优”或“良”，或将绩效目标退回修改。`,
    { reason: 'grades', projects: blocking.map(({ code, name, grade }) => ({ code, name, grade })) },
  );
}

/** Whether the targets may be changed now: while the unit writes them (draft) or revises them (returned). */
export function isEditable(status: UnitYearStatus): boolean {
  return status === 'draft' || status === 'returned';
}

/**
 * Throws unless the targets may be changed now (see {@link isEditable}).
 * @throws DomainError('conflict') with details `{ reason: 'status', status }`
 */
export function assertEditable(state: UnitYearState): void {
  if (!isEditable(state.status)) throw statusConflict(state, '不能再修改；如需修改，请财政审核人退回后再改');
}

/** Whether the finance reviewer may grade the projects now: while the targets await review. */
export function isGradeable(status: UnitYearStatus): boolean {
  return status === 'submitted';
}

/**
 * Throws unless projects may be graded now (see {@link isGradeable}).
 * @throws DomainError('conflict') with details `{ reason: 'status', status }`
 */
export function assertGradeable(state: UnitYearState): void {
  if (!isGradeable(state.status)) throw statusConflict(state, '不在审核中，不能评定项目；单位提交后才能评定');
}

function statusConflict(state: UnitYearState, why: string): DomainError {
  return new DomainError('conflict', `该单位年度的绩效目标${unitYearStatusLabels[state.status]}，${why}。`, {
    reason: 'status',
    status: state.status,
  });
}

/** What an actor may do with a unit year now: its role and scope (src/core/access) and the status together. */
export function permissionsFor(actor: Actor, scope: Scope, state: UnitYearState): Record<'edit' | Transition | 'grade', boolean> {
  const may = (action: Action) => can(actor, action, scope);
  const canStep = (transition: Transition) => {
    const rule = transitionRules[transition];
    return may(rule.action) && rule.from.includes(state.status) && !(transition === 'publish' && state.published);
  };
  return {
    edit: may('edit_targets') && isEditable(state.status),
    submit: canStep('submit'),
    approve: canStep('approve'),
    return: canStep('return'),
    publish: canStep('publish'),
    grade: may('grade_projects') && isGradeable(state.status),
  };
}
