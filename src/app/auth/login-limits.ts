/**
 * Rate limits and lock-outs of logging in, counted in the database so that every server process shares
 * them. Messages never tell whether a username exists: unknown usernames are counted and locked alike.
 */
import { DomainError } from '../../core/errors';
import type { Orm } from '../../db/database';
import { findLockout, hitCounter, lockUsername, pruneCounters } from '../../db/rate-limit.repository';
import { minuteMs, type AuthSettings } from './auth-settings';

const loginIpBucket = 'login-ip';
const loginUsernameBucket = 'login-username';
export const loginFailureBucket = 'login-failure';

/** The start of the fixed window `now` falls in. */
export function windowStart(now: Date, settings: AuthSettings): Date {
  const windowMs = settings.loginWindowMinutes * minuteMs;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/**
 * Counts this attempt against the IP's and the username's limits.
 * @throws DomainError('rate_limited') when either is exceeded (with `details.retryAfterSeconds`)
 */
export async function countAttempt(executor: Orm, attempt: { ip: string | null; username: string; now: Date }, settings: AuthSettings): Promise<void> {
  const start = windowStart(attempt.now, settings);
  const perIp = await hitCounter(executor, { bucket: loginIpBucket, key: attempt.ip ?? 'unknown', windowStart: start });
  const perUsername = await hitCounter(executor, { bucket: loginUsernameBucket, key: attempt.username, windowStart: start });
  if (perIp === 1) await pruneCounters(executor, new Date(start.getTime() - settings.loginWindowMinutes * minuteMs));
  if (perIp > settings.loginAttemptsPerIp || perUsername > settings.loginAttemptsPerUsername) {
    const retryAfterSeconds = Math.ceil((start.getTime() + settings.loginWindowMinutes * minuteMs - attempt.now.getTime()) / 1000);
    throw new DomainError('rate_limited', `登录尝试过于频繁，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试。`, { retryAfterSeconds });
  }
}

/** @throws DomainError('account_locked') while the username is locked (with `details.retryAfterSeconds`) */
export async function refuseLockedUsername(executor: Orm, username: string, now: Date): Promise<void> {
  const lockedUntil = await findLockout(executor, username, now);
  if (lockedUntil) throw lockedError(lockedUntil, now);
}

/**
 * Counts a failed login; locks the username when the failures in the window reach the limit.
 * @returns whether the username is now locked
 */
export async function countFailure(executor: Orm, username: string, now: Date, settings: AuthSettings): Promise<boolean> {
  const failures = await hitCounter(executor, { bucket: loginFailureBucket, key: username, windowStart: windowStart(now, settings) });
  if (failures < settings.lockoutFailures) return false;
  await lockUsername(executor, username, new Date(now.getTime() + settings.lockoutMinutes * minuteMs));
  return true;
}

export function lockedError(lockedUntil: Date, now: Date): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
  return new DomainError(
    'account_locked',
    `该账号因多次登录失败已暂时锁定，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试；如需立即使用，请联系系统管理员重置密码。`,
    { retryAfterSeconds },
  );
}
