/**
 * The permission policy, in one place. Two questions decide every request:
 * 1. may this ROLE ever do the action? If not: `forbidden` (403), or `unauthenticated` (401) for the public,
 *    so that the web app asks them to log in;
 * 2. is the record within the actor's SCOPE (own unit, own division, everything, published)? If not:
 *    `not_found` (404), exactly as if it did not exist, so that guessed ids do not tell what exists.
 * Use cases call {@link authorize} (an action), {@link authorizeRecord} (one record) or {@link scopeFilter}
 * (lists); doors never decide.
 */
import { DomainError } from '../errors';
import type { Actor } from './actor';
import { roleLabels, type Role } from './roles';

export const actions = [
  'read_targets',
  'edit_targets',
  'submit_targets',
  'grade_projects',
  'approve_targets',
  'import_documents',
  'publish',
  'read_audit',
  'read_users',
  'manage_users',
  'read_monitoring',
  'open_monitoring_round',
  'report_monitoring',
  'submit_monitoring',
  'read_self_evaluation',
  'self_evaluate',
  'rank_self_evaluations',
] as const;
export type Action = (typeof actions)[number];

export const actionLabels: Record<Action, string> = {
  read_targets: '查看绩效目标',
  edit_targets: '编辑绩效目标',
  submit_targets: '提交绩效目标',
  grade_projects: '审核评定项目',
  approve_targets: '批复或退回绩效目标',
  import_documents: '导入绩效目标文件',
  publish: '公开绩效信息',
  read_audit: '查看操作日志',
  read_users: '查看用户',
  manage_users: '管理用户和单位',
  read_monitoring: '查看绩效运行监控',
  open_monitoring_round: '开启、关闭和查看监控批次',
  report_monitoring: '填报绩效运行监控',
  submit_monitoring: '提交绩效运行监控',
  read_self_evaluation: '查看绩效自评',
  self_evaluate: '填报绩效自评',
  rank_self_evaluations: '查看绩效自评排名',
};

const allActions: readonly Action[] = actions;

/** What each role may ever do; the scope rules below narrow it to records. */
const grants: Record<Role, readonly Action[]> = {
  public: ['read_targets'],
  unit_editor: ['read_targets', 'edit_targets', 'import_documents', 'read_monitoring', 'report_monitoring', 'read_self_evaluation', 'self_evaluate'],
  unit_leader: [
    ...['read_targets', 'edit_targets', 'submit_targets', 'import_documents', 'read_audit', 'read_users'] as const,
    ...['read_monitoring', 'report_monitoring', 'submit_monitoring', 'read_self_evaluation', 'self_evaluate'] as const,
  ],
  finance_reviewer: [
    ...['read_targets', 'grade_projects', 'approve_targets', 'import_documents', 'publish', 'read_audit', 'read_users'] as const,
    ...['read_monitoring', 'open_monitoring_round', 'read_self_evaluation', 'rank_self_evaluations'] as const,
  ],
  admin: allActions,
};

/** Where a record sits: its unit and that unit's division (both null for records of no unit). */
export interface Scope {
  unitId: string | null;
  divisionCode: string | null;
  /** Whether the record is published (预算公开); only published records reach the public. */
  published?: boolean;
}

/** Whether the role may ever do the action, whatever the record. */
export function roleMay(role: Role, action: Action): boolean {
  return grants[role].includes(action);
}

/** Whether a record in `scope` is within the actor's reach (own unit, own division, all, or published). */
export function reaches(actor: Actor, scope: Scope): boolean {
  switch (actor.role) {
    case 'admin':
      return true;
    case 'finance_reviewer':
      return actor.divisionCode !== null && scope.divisionCode === actor.divisionCode;
    case 'unit_editor':
    case 'unit_leader':
      return actor.unitId !== null && scope.unitId === actor.unitId;
    case 'public':
      return scope.published === true;
  }
}

/** Whether the actor may do the action on a record in `scope`. */
export function can(actor: Actor, action: Action, scope: Scope): boolean {
  return roleMay(actor.role, action) && reaches(actor, scope);
}

/**
 * Throws unless the actor's role may do the action at all (before any record is looked up).
 * @throws DomainError('unauthenticated') the public asks for what needs an account
 * @throws DomainError('forbidden') the actor's role may never do the action
 */
export function authorize(actor: Actor, action: Action): void {
  if (!roleMay(actor.role, action)) throw refusal(actor, action);
}

/**
 * Throws unless the actor may do the action on `record`. Pass `null` for a record that was looked up and
 * not found: the answer is then the same as for a record out of reach.
 * @param scopeOf where the record sits (its unit and division)
 * @param what the record for the not-found message, e.g. "该用户" (default "该记录")
 * @throws like {@link authorize}, and DomainError('not_found') when the record does not exist or is
 *   outside the actor's scope
 */
export function authorizeRecord<T>(
  actor: Actor,
  action: Action,
  record: T | null,
  scopeOf: (record: T) => Scope,
  what = '该记录',
): asserts record is T {
  authorize(actor, action);
  if (record === null || !reaches(actor, scopeOf(record))) throw new DomainError('not_found', `没有找到${what}。`);
}

function refusal(actor: Actor, action: Action): DomainError {
  if (actor.role === 'public') {
    return new DomainError('unauthenticated', `${actionLabels[action]}需要先登录。如果刚才已登录，可能因长时间未操作已经过期，请重新登录。`);
  }
  return new DomainError('forbidden', `您的角色（${roleLabels[actor.role]}）不能${actionLabels[action]}。如需此权限，请联系系统管理员。`, {
    role: actor.role,
    action,
  });
}

/** Which records a list shows the actor: everything, one division, one unit, published ones, or none. */
export type ScopeFilter =
  | { kind: 'everything' }
  | { kind: 'division'; divisionCode: string }
  | { kind: 'unit'; unitId: string }
  | { kind: 'published' }
  | { kind: 'nothing' };

/**
 * The records a list may show the actor for `action`, for repositories to turn into a WHERE clause.
 * @throws like {@link authorize} when the role may never do the action
 */
export function scopeFilter(actor: Actor, action: Action): ScopeFilter {
  authorize(actor, action);
  switch (actor.role) {
    case 'admin':
      return { kind: 'everything' };
    case 'finance_reviewer':
      return actor.divisionCode === null ? { kind: 'nothing' } : { kind: 'division', divisionCode: actor.divisionCode };
    case 'unit_editor':
    case 'unit_leader':
      return actor.unitId === null ? { kind: 'nothing' } : { kind: 'unit', unitId: actor.unitId };
    case 'public':
      return { kind: 'published' };
  }
}
