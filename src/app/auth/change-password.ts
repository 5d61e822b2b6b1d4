/** A logged-in user changes their own password; their other sessions end. Audited as `user.change_password`. */
import { DomainError } from '../../core/errors';
import { deleteSessionsOfUser } from '../../db/session.repository';
import { findLoginAccount, updateUser } from '../../db/user.repository';
import { withAudit } from '../audit/record';
import type { Deps } from '../deps';
import { scopeOfUser } from '../users/user-scope';
import { acceptNewPassword, verifyPassword } from './password';
import type { ActiveSession } from './sessions';

/**
 * @throws DomainError('unauthenticated') without a session
 * @throws DomainError('validation_failed') the current password is wrong (field `currentPassword`) or the
 *   new one is weak (field `newPassword`)
 * @throws DomainError('conflict') the account changed meanwhile (e.g. an admin reset the password)
 */
export async function changePassword(
  deps: Deps,
  input: { session: ActiveSession | null; currentPassword: string; newPassword: string },
): Promise<void> {
  const { session } = input;
  if (!session) throw new DomainError('unauthenticated', '修改密码需要先登录。');
  const { user } = session;
  const account = await findLoginAccount(deps.db.orm, user.username);
  if (!account || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
    const message = '当前密码不正确。';
    throw new DomainError('validation_failed', message, { fields: [{ path: 'currentPassword', message }] });
  }
  const passwordHash = await acceptNewPassword(input.newPassword, user.username, 'newPassword');
  await withAudit(deps, session.caller, async (tx, record) => {
    const at = deps.clock();
    const updated = await updateUser(tx, { id: account.id, expectedVersion: account.version, at }, { passwordHash, passwordChangedAt: at });
    if (!updated) throw new DomainError('conflict', '账号信息刚被修改（可能管理员重置了密码），请重新登录后再试。');
    const endedSessions = await deleteSessionsOfUser(tx, account.id, session.sessionId);
    await record({ action: 'user.change_password', entityType: 'user', entityId: account.id, ...scopeOfUser(account), after: { endedSessions } });
  });
}
