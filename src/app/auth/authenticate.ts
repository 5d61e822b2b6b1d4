/**
 * Finding the session of a request's cookie: by the token's hash, refused after the absolute or idle limit
 * (and then deleted), or when the account is disabled. Every process can do this: the database decides, and a
 * process keeps a session in its read cache only until the database announces a change (an ended session, a
 * changed account). A kept session serves only while it needs nothing done; to end or renew it, it is read again.
 */
import { deleteSession, findSession, touchSession, type FoundSession } from '../../db/session.repository';
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
  const tokenHash = hashToken(input.token);
  const key = `session:${tokenHash}`;
  const now = deps.clock();
  const idleMs = input.settings.sessionIdleMinutes * minuteMs;
  const kept = deps.db.cache.kept<FoundSession>(key);
  const found = kept && needsNothing(kept, now, idleMs) ? kept : await deps.db.cache.read(key, () => findSession(deps.db.orm, tokenHash));
  if (!found) return null;
  const { session, user } = found;
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

/** Whether a session as kept is open and not yet due to be renewed (otherwise its row is read again). */
function needsNothing({ session, user }: FoundSession, now: Date, idleMs: number): boolean {
  const sinceSeen = now.getTime() - session.lastSeenAt.getTime();
  return now < session.expiresAt && sinceSeen < Math.min(idleMs, touchIntervalMs) && !user.disabled;
}
