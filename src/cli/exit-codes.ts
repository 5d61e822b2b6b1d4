/** Exit codes of the `jixiao` command, in one table. Documented in the README. */
import type { ErrorCode } from '../core/errors';

export const exitCodes = {
  ok: 0,
  /** A bug: an unexpected error (the message is printed, the stack only with JIXIAO_DEBUG=1). */
  internal: 1,
  /** Wrong arguments. */
  usage: 2,
  /** The document has errors (import rejected, review found errors). */
  documentErrors: 3,
  notFound: 4,
  alreadyExists: 5,
  storageLocked: 6,
  storageUnavailable: 7,
  validationFailed: 8,
  conflict: 9,
  forbidden: 10,
} as const;

const byErrorCode: Record<ErrorCode, number> = {
  validation_failed: exitCodes.validationFailed,
  not_found: exitCodes.notFound,
  already_exists: exitCodes.alreadyExists,
  conflict: exitCodes.conflict,
  import_rejected: exitCodes.documentErrors,
  forbidden: exitCodes.forbidden,
  unauthenticated: exitCodes.forbidden,
  storage_locked: exitCodes.storageLocked,
  storage_unavailable: exitCodes.storageUnavailable,
  rate_limited: exitCodes.forbidden,
  account_locked: exitCodes.forbidden,
  csrf_failed: exitCodes.forbidden,
};

export function exitCodeOf(code: ErrorCode): number {
  return byErrorCode[code];
}
