/**
 * Logging in: rate limits and lock-out first, then the password (argon2id), then a NEW session (a new
 * token on every login, so a token planted before login is worthless) that replaces the one the browser
 * had. Successes and failures are audited.
 */
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../core/errors';
import { clearCounter } from '../../db/rate-limit.repository';
import { deleteSession, findSession, insertSession } from '../../db/session.repository';
import { findLoginAccount, recordLogin, type UserRecord } from '../../db/user.repository';
import { publicCaller } from '../audit/caller';
import { recordEvent, withAudit } from '../audit/record';
import type { Deps } from '../deps';
import { normalizeUsername } from '../users/username';
import { callerOfUser, scopeOfUser } from '../users/user-scope';
import { minuteMs, type AuthSettings } from './auth-settings';
import { countAttempt, countFailure, loginFailureBucket, refuseLockedUsername } from './login-limits';
import { verifyPassword } from './password';
import type { ActiveSession, RequestOrigin } from './sessions';
import { hashToken, newSecret } from './tokens';

export interface LogInInput {
  username: string;
  password: string;
  origin: RequestOrigin;
  /** The session token the browser already had, if any: that session ends. */
  previousToken: string | null;
  settings: AuthSettings;
}

/**
 * @returns the new session and its token (for the cookie; stored nowhere but its hash)
 * @throws DomainError('rate_limited') too many attempts from the IP or for the username
 * @throws DomainError('account_locked') the username is locked after repeated failures
 * @throws DomainError('unauthenticated') wrong username or password (one message for both), or disabled
 */
export async function logIn(deps: Deps, input: LogInInput): Promise<{ token: string; session: ActiveSession }> {
  const username = normalizeUsername(input.username);
  const now = deps.clock();
  await countAttempt(deps.db.orm, { ip: input.origin.ip, username, now }, input.settings);
  await refuseLockedUsername(deps.db.orm, username, now);
  const account = await findLoginAccount(deps.db.orm, username);
  const verified = await verifyPassword(account?.passwordHash ?? null, input.password);
  if (!account || !verified) throw await failedLogin(deps, { ...input, username, now }, account);
  if (account.disabled) throw new DomainError('unauthenticated', '该账号已停用。如需使用，请联系系统管理员。');
  await clearCounter(deps.db.orm, loginFailureBucket, username);
  return startSession(deps, account, input, now);
}

async function failedLogin(deps: Deps, input: LogInInput & { now: Date }, account: UserRecord | null): Promise<DomainError> {
  const locked = await countFailure(deps.db.orm, input.username, input.now, input.settings);
  await recordEvent(deps, publicCaller(input.origin), {
    action: 'auth.login_failed',
    entityType: 'user',
    entityId: account?.id ?? null,
    ...(account ? scopeOfUser(account) : {}),
    after: { username: input.username, locked },
  });
  const lockNote = locked ? `连续失败次数过多，该账号已暂时锁定 ${input.settings.lockoutMinutes} 分钟。` : '';
  return new DomainError('unauthenticated', `用户名或密码不正确。${lockNote}`);
}

async function startSession(deps: Deps, user: UserRecord, input: LogInInput, now: Date): Promise<{ token: string; session: ActiveSession }> {
  const token = newSecret();
  const row = {
    id: randomUUID(),
    tokenHash: hashToken(token),
    userId: user.id,
    csrfToken: newSecret(),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + input.settings.sessionMaxHours * 60 * minuteMs),
    ip: input.origin.ip,
    userAgent: input.origin.userAgent?.slice(0, 500) ?? null,
  };
  const caller = callerOfUser(user, input.origin);
  await withAudit(deps, caller, async (tx, record) => {
    const previous = input.previousToken === null ? null : await findSession(tx, hashToken(input.previousToken));
    if (previous) await deleteSession(tx, previous.session.id);
    await insertSession(tx, row);
    await recordLogin(tx, user.id, now);
    await record({ action: 'auth.login', entityType: 'user', entityId: user.id, ...scopeOfUser(user), after: { sessionId: row.id } });
  });
  const idleExpiresAt = new Date(now.getTime() + input.settings.sessionIdleMinutes * minuteMs);
  return { token, session: { sessionId: row.id, user, csrfToken: row.csrfToken, expiresAt: row.expiresAt, idleExpiresAt, caller } };
}
