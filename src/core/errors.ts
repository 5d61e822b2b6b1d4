/**
 * The one error type of business code. It carries a domain code, never an HTTP status or an exit
 * code: each door maps codes in one table (server: status, CLI: exit code).
 */

export const errorCodes = [
  'validation_failed',
  'not_found',
  'already_exists',
  'conflict',
  'import_rejected',
  'forbidden',
  'unauthenticated',
  'storage_locked',
  'storage_unavailable',
  /** Too many attempts (logins) from one address or for one username: wait and retry. */
  'rate_limited',
  /** A username locked after repeated failed logins. */
  'account_locked',
  /** A state-changing request without the session's CSRF token, or from another site. */
  'csrf_failed',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export class DomainError extends Error {
  override readonly name = 'DomainError';

  /**
   * @param code what kind of failure, mapped to a status or exit code by the door
   * @param message what happened, in Chinese, for the user
   * @param details structured detail (findings, conflicting fields) for the caller to present
   */
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
