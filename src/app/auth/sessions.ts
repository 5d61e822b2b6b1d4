/** A logged-in session as the doors see it: the account, its CSRF token and when it ends. */
import type { UserRecord } from '../../db/user.repository';
import type { Caller } from '../audit/caller';

export interface ActiveSession {
  sessionId: string;
  user: UserRecord;
  /** Required in the X-CSRF-Token header of every state-changing request. */
  csrfToken: string;
  /** When the session ends at the latest (absolute expiry). */
  expiresAt: Date;
  /** When it ends if no request comes first (idle expiry). */
  idleExpiresAt: Date;
  /** The account acting in this request. */
  caller: Caller;
}

/** Where a request comes from, for the audit trail. */
export interface RequestOrigin {
  requestId: string | null;
  ip: string | null;
  userAgent?: string | null;
}
