/** An administrator sets a new password for an account (forgotten, or locked out). */
import { authorizeRecord } from '../../core/access/policy';
import { clearCounter, clearLockout } from '../../db/rate-limit.repository';
import { deleteSessionsOfUser } from '../../db/session.repository';
import { findUserById, updateUser as updateStored, type UserRecord } from '../../db/user.repository';
import type { Caller } from '../audit/caller';
import { withAudit } from '../audit/record';
import { loginFailureBucket } from '../auth/login-limits';
import { acceptNewPassword } from '../auth/password';
import type { Deps } from '../deps';
import { editConflict } from './update-user';
import { scopeOfUser, userSnapshot } from './user-scope';

/**
 * Replaces the password, ends the account's sessions and lifts a lock-out; audited as
 * `user.reset_password` (the password itself is recorded nowhere).
 * @throws DomainError('not_found') no such account (or out of scope)
 * @throws DomainError('validation_failed') weak password (field `password`)
 * @throws DomainError('conflict') the account changed meanwhile
 */
export async function resetPassword(deps: Deps, input: { caller: Caller; id: string; password: string }): Promise<UserRecord> {
  const user = await findUserById(deps.db.orm, input.id);
  authorizeRecord(input.caller.actor, 'manage_users', user, scopeOfUser, '该用户');
  const passwordHash = await acceptNewPassword(input.password, user.username, 'password');
  return withAudit(deps, input.caller, async (tx, record) => {
    const at = deps.clock();
    const after = await updateStored(tx, { id: user.id, expectedVersion: user.version, at }, { passwordHash, passwordChangedAt: at });
    if (!after) throw editConflict(user);
    const endedSessions = await deleteSessionsOfUser(tx, user.id);
    await clearLockout(tx, user.username);
    await clearCounter(tx, loginFailureBucket, user.username);
    await record({ action: 'user.reset_password', entityType: 'user', entityId: user.id, ...scopeOfUser(user), before: userSnapshot(user), after: { ...userSnapshot(after), endedSessions } });
    return after;
  });
}
