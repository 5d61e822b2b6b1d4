/**
 * The one way the web app talks to the server: JSON over fetch with the session cookie, the CSRF token in
 * `X-CSRF-Token` on every state-changing request, and the server's error body turned into an {@link ApiError}
 * that carries its Chinese message and field paths. A 401 on any request but login tells the session
 * holder, which sends the user to the login page.
 */
import type { ApiErrorCode, ErrorBody, FieldError } from '../../../src/contract/errors';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ApiErrorCode | 'network_error',
    message: string,
    readonly fields: FieldError[] = [],
    readonly details: Record<string, unknown> = {},
    readonly requestId?: string,
  ) {
    super(message);
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;

interface RequestOptions {
  query?: Query;
  body?: unknown;
  form?: FormData;
  /** Leave a 401 to the caller (the login form shows "用户名或密码不正确" instead of leaving the page). */
  keep401?: boolean;
}

let csrfToken: string | null = null;
let unauthenticatedListener: () => void = () => undefined;

/** Called with the token from login or GET /api/auth/session; null after logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Who to tell when the server answers 401 (the session ended or was never there). */
export function onUnauthenticated(listener: () => void): void {
  unauthenticatedListener = listener;
}

/** `/api/x?a=1&b=2`, leaving out empty values. */
export function urlOf(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && 'error' in value && typeof value.error === 'object' && value.error !== null;
}

async function errorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (!isErrorBody(body)) return new ApiError(response.status, 'internal_error', `服务器返回了错误（HTTP ${response.status}），请稍后重试。`);
  const { code, message, fields, details, requestId } = body.error;
  return new ApiError(response.status, code, message, fields ?? [], details ?? {}, requestId);
}

function headersFor(method: string, options: RequestOptions): Headers {
  const headers = new Headers({ Accept: 'application/json' });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (method !== 'GET' && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  return headers;
}

/**
 * Sends one request and returns the parsed JSON body.
 * @throws ApiError with the server's code, Chinese message and field errors; code `network_error` when the
 *   server cannot be reached
 */
export async function request<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, options: RequestOptions = {}): Promise<T> {
  const body = options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  let response: Response;
  try {
    response = await fetch(urlOf(path, options.query), { method, headers: headersFor(method, options), body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network_error', '连接不上服务器，请检查网络后重试。');
  }
  if (!response.ok) {
    const error = await errorOf(response);
    if (response.status === 401 && !options.keep401) unauthenticatedListener();
    throw error;
  }
  // The server serializes every answer through the contract's zod schema, so the body has the contract's type.
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown, options: Omit<RequestOptions, 'body'> = {}) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string, query?: Query) => request<T>('DELETE', path, { query }),
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, { form }),
};

/** The Chinese message to show for any error a query or mutation may throw. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '出现了意外的问题，请刷新页面后重试。';
}
