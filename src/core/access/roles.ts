/**
 * Who may use Jixiao: the roles of accounts, and the anonymous public. Names follow the domain
 * (../shared/docs/domain.md §1): 单位填报人, 单位负责人, 财政审核人, 管理员, 公众.
 */

/** Roles an account can hold. */
export const accountRoles = ['unit_editor', 'unit_leader', 'finance_reviewer', 'admin'] as const;
export type AccountRole = (typeof accountRoles)[number];

/** Every role a request can act under: an account's role, or `public` for anyone not logged in. */
export const roles = [...accountRoles, 'public'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  unit_editor: '单位填报人',
  unit_leader: '单位负责人',
  finance_reviewer: '财政审核人',
  admin: '系统管理员',
  public: '公众（未登录）',
};

/** Unit roles belong to one unit; finance reviewers to one division; admins to neither. */
export type RoleAttachment = 'unit' | 'division' | 'none';

export function attachmentOf(role: AccountRole): RoleAttachment {
  if (role === 'unit_editor' || role === 'unit_leader') return 'unit';
  if (role === 'finance_reviewer') return 'division';
  return 'none';
}

export function isAccountRole(value: string): value is AccountRole {
  return (accountRoles as readonly string[]).includes(value);
}
