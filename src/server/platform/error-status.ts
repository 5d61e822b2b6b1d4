/** The ONE table from error codes (DomainError's and the server's own) to HTTP statuses. */
import type { ApiErrorCode } from '../../contract/errors';

export const errorStatus: Record<ApiErrorCode, number> = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  already_exists: 409,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  import_rejected: 422,
  rate_limited: 429,
  account_locked: 429,
  internal_error: 500,
  storage_locked: 503,
  storage_unavailable: 503,
  service_unavailable: 503,
};
