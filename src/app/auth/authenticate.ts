/**
 * Finding the session of a request's cookie: by the token's hash, refused after the absolute or idle limit
 * (and then deleted), or when the account is disabled. Every process can do this: nothing is in memory.
 */
import { deleteSession, findSession, touchSession } from '../../db/session.repository';
import type { Deps } from '../deps';
import { callerOfUser } from '../users/user-scope';
import { minuteMs, type AuthSettings } from './auth-settings';
import type { ActiveSession, RequestOrigin } from './sessions';
import { hashToken } from './tokens';

/** Activity is written at most this often per session: a busy page must not write on every request. */
const touchIntervalMs = 60_000;

/**
 * The active session of `token`, or null when there is none, it expired, or its account is disabled.
 * Renews the idle limit.
 */
export async function authenticate(
  deps: Deps,
  input: { token: string; origin: RequestOrigin; settings: AuthSettings },
): Promise<ActiveSession | null> {
  const found = await findSession(deps.db.orm, hashToken(input.token));
  if (!found) return null;
  const { session, user } = found;
  const now = deps.clock();
  const idleMs = input.settings.sessionIdleMinutes * minuteMs;
  const expired = now >= session.expiresAt || now.getTime() - session.lastSeenAt.getTime() >= idleMs;
  if (expired || user.disabled) {
    await deleteSession(deps.db.orm, session.id);
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= touchIntervalMs) await touchSession(deps.db.orm, session.id, now);
  const lastSeen = Math.max(now.getTime(), session.lastSeenAt.getTime());
  return {
    sessionId: session.id,
    user,
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
    idleExpiresAt: new Date(Math.min(lastSeen + idleMs, session.expiresAt.getTime())),
    caller: callerOfUser(user, input.origin),
  };
}
