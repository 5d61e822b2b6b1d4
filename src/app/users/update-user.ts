/**
 * An administrator changes an account: display name, role, unit or division, disabled. Concurrent edits are
 * caught by the version the editor last saw; the last enabled administrator cannot be disabled or demoted.
 */
import { authorizeRecord } from '../../core/access/policy';
import { attachmentOf, type AccountRole } from '../../core/access/roles';
import { DomainError } from '../../core/errors';
import type { Orm } from '../../db/database';
import { deleteSessionsOfUser } from '../../db/session.repository';
import { countEnabledAdmins, findUserById, updateUser as updateStored, type UserRecord } from '../../db/user.repository';
import type { Caller } from '../audit/caller';
import { withAudit } from '../audit/record';
import type { Deps } from '../deps';
import { resolveAttachment } from './attachment';
import { scopeOfUser, userSnapshot } from './user-scope';

export interface UserUpdate {
  displayName?: string;
  role?: AccountRole;
  unitCode?: string | null;
  divisionCode?: string | null;
  disabled?: boolean;
}

/**
 * Applies `changes` to the account if it is still at `expectedVersion`; audited as `user.update`. A role
 * change drops an attachment the new role does not have. Disabling ends the account's sessions.
 * @throws DomainError('not_found') no such account (or out of scope)
 * @throws DomainError('conflict') someone changed the account since `expectedVersion`, or the change would
 *   leave no enabled administrator
 * @throws DomainError('validation_failed') for a wrong attachment (with fields)
 */
export async function updateUser(
  deps: Deps,
  input: { caller: Caller; id: string; expectedVersion: number; changes: UserUpdate },
): Promise<UserRecord> {
  return withAudit(deps, input.caller, async (tx, record) => {
    const before = await findUserById(tx, input.id);
    authorizeRecord(input.caller.actor, 'manage_users', before, scopeOfUser, '该用户');
    const role = input.changes.role ?? before.role;
    const attachment = await resolveAttachment(tx, { role, ...attachmentInput(before, role, input.changes) });
    const disabled = input.changes.disabled ?? before.disabled;
    if (before.role === 'admin' && !before.disabled && (role !== 'admin' || disabled)) await keepOneAdmin(tx);
    const after = await updateStored(
      tx,
      { id: before.id, expectedVersion: input.expectedVersion, at: deps.clock() },
      { ...attachment, role, disabled, ...(input.changes.displayName === undefined ? {} : { displayName: input.changes.displayName.trim() }) },
    );
    if (!after) throw editConflict(before);
    if (after.disabled && !before.disabled) await deleteSessionsOfUser(tx, after.id);
    await record({ action: 'user.update', entityType: 'user', entityId: after.id, ...scopeOfUser(after), before: userSnapshot(before), after: userSnapshot(after) });
    return after;
  });
}

/** The unit and division codes to check: the ones given, else the current ones if the new role keeps them. */
function attachmentInput(before: UserRecord, role: AccountRole, changes: UserUpdate) {
  const kind = attachmentOf(role);
  const keptUnit = kind === 'unit' ? before.unitCode : null;
  const keptDivision = kind === 'division' ? before.divisionCode : null;
  return {
    unitCode: changes.unitCode === undefined ? keptUnit : changes.unitCode,
    divisionCode: changes.divisionCode === undefined ? keptDivision : changes.divisionCode,
  };
}

async function keepOneAdmin(tx: Orm): Promise<void> {
  if ((await countEnabledAdmins(tx)) <= 1) {
    throw new DomainError('conflict', '这是唯一一个启用的系统管理员账号，不能停用或改为其他角色。请先创建另一个管理员。');
  }
}

export function editConflict(current: UserRecord): DomainError {
  return new DomainError('conflict', `用户“${current.username}”已被其他人修改。请刷新后查看最新内容，再重新修改。`, {
    currentVersion: current.version,
  });
}
