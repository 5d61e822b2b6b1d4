/** Who may do what: roles, actors and the one permission policy (pure). */
export { accountRoles, attachmentOf, isAccountRole, roleLabels, roles, type AccountRole, type Role, type RoleAttachment } from './roles';
export { commandLineActor, publicActor, type Actor } from './actor';
export { actionLabels, actions, authorize, authorizeRecord, can, reaches, roleMay, scopeFilter, type Action, type Scope, type ScopeFilter } from './policy';
export { checkPassword, passwordPolicy, type PasswordProblem } from './password-policy';
