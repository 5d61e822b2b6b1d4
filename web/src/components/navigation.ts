/** Which pages each role sees in the menu, and where it lands after login; derived from core's policy. */
import { roleMay, type Action } from '../../../src/core/access/policy';
import type { AccountRole } from '../../../src/core/access/roles';

export interface NavigationItem {
  path: string;
  label: string;
  /** The action a role needs for the page to be of use to it. */
  needs: Action;
  /** Only these roles (beyond the action), e.g. the county dashboard for finance reviewers and admins. */
  roles?: readonly AccountRole[];
}

export const navigationItems: readonly NavigationItem[] = [
  { path: '/dashboard', label: '绩效看板', needs: 'read_targets', roles: ['finance_reviewer', 'admin'] },
  { path: '/unit-years', label: '单位绩效目标', needs: 'read_targets' },
  { path: '/imports', label: '导入文件', needs: 'import_documents' },
  { path: '/review', label: '审核发现', needs: 'read_targets' },
  { path: '/monitoring', label: '运行监控', needs: 'read_monitoring' },
  { path: '/self-evaluation', label: '绩效自评', needs: 'read_self_evaluation' },
  { path: '/audit', label: '操作日志', needs: 'read_audit' },
  { path: '/users', label: '用户管理', needs: 'manage_users' },
];

/** The menu items the role may use. */
export function navigationFor(role: AccountRole): NavigationItem[] {
  return navigationItems.filter((item) => roleMay(role, item.needs) && (!item.roles || item.roles.includes(role)));
}

/** Where a user lands: the dashboard for finance reviewers and admins, their unit's targets otherwise. */
export function homePathOf(role: AccountRole): string {
  return role === 'finance_reviewer' || role === 'admin' ? '/dashboard' : '/unit-years';
}
