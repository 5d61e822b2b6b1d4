/**
 * The server's settings, from the environment (documented in docs/ARCHITECTURE.md, "Server").
 * Every value has a safe default; a malformed one stops the start with a Chinese message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { defaultAuthSettings, type AuthSettings } from '../app/auth/auth-settings';
import { DomainError } from '../core/errors';

export interface ServerConfig {
  auth: AuthSettings;
  /** Fastify's trustProxy: whether X-Forwarded-For/-Proto/-Host are believed (behind nginx, say). */
  trustProxy: boolean | string;
  /** Origins besides the server's own host that may send state-changing requests. */
  allowedOrigins: string[];
  /** The largest JSON body accepted. */
  bodyLimitBytes: number;
  /** The largest uploaded file accepted (multipart). */
  uploadLimitBytes: number;
  /** The built web app to serve, or null when it is not built. */
  webDist: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  version: string;
}

const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

const packageVersion = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))).version;

const positive = (name: string) =>
  z.coerce.number({ message: `${name} 应为正数。` }).positive(`${name} 应为正数。`);

const envSchema = z.object({
  JIXIAO_SESSION_IDLE_MINUTES: positive('JIXIAO_SESSION_IDLE_MINUTES').default(defaultAuthSettings.sessionIdleMinutes),
  JIXIAO_SESSION_MAX_HOURS: positive('JIXIAO_SESSION_MAX_HOURS').default(defaultAuthSettings.sessionMaxHours),
  JIXIAO_LOGIN_WINDOW_MINUTES: positive('JIXIAO_LOGIN_WINDOW_MINUTES').default(defaultAuthSettings.loginWindowMinutes),
  JIXIAO_LOGIN_LIMIT_PER_IP: positive('JIXIAO_LOGIN_LIMIT_PER_IP').default(defaultAuthSettings.loginAttemptsPerIp),
  JIXIAO_LOGIN_LIMIT_PER_USERNAME: positive('JIXIAO_LOGIN_LIMIT_PER_USERNAME').default(defaultAuthSettings.loginAttemptsPerUsername),
  JIXIAO_LOCKOUT_FAILURES: positive('JIXIAO_LOCKOUT_FAILURES').default(defaultAuthSettings.lockoutFailures),
  JIXIAO_LOCKOUT_MINUTES: positive('JIXIAO_LOCKOUT_MINUTES').default(defaultAuthSettings.lockoutMinutes),
  JIXIAO_TRUST_PROXY: z.string().default('false'),
  JIXIAO_ALLOWED_ORIGINS: z.string().default(''),
  JIXIAO_BODY_LIMIT_MB: positive('JIXIAO_BODY_LIMIT_MB').default(1),
  JIXIAO_UPLOAD_LIMIT_MB: positive('JIXIAO_UPLOAD_LIMIT_MB').default(20),
  JIXIAO_WEB_DIST: z.string().optional(),
  JIXIAO_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/**
 * Reads the settings from `env` (process.env by default).
 * @throws DomainError('validation_failed') naming the variable that is malformed
 */
export function readServerConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}：${issue.message}`).join('；');
    throw new DomainError('validation_failed', `服务器配置有误：${problems}`);
  }
  const e = parsed.data;
  const webDist = e.JIXIAO_WEB_DIST ?? defaultWebDist;
  return {
    auth: {
      sessionIdleMinutes: e.JIXIAO_SESSION_IDLE_MINUTES,
      sessionMaxHours: e.JIXIAO_SESSION_MAX_HOURS,
      loginWindowMinutes: e.JIXIAO_LOGIN_WINDOW_MINUTES,
      loginAttemptsPerIp: e.JIXIAO_LOGIN_LIMIT_PER_IP,
      loginAttemptsPerUsername: e.JIXIAO_LOGIN_LIMIT_PER_USERNAME,
      lockoutFailures: e.JIXIAO_LOCKOUT_FAILURES,
      lockoutMinutes: e.JIXIAO_LOCKOUT_MINUTES,
    },
    trustProxy: parseTrustProxy(e.JIXIAO_TRUST_PROXY),
    allowedOrigins: e.JIXIAO_ALLOWED_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean),
    bodyLimitBytes: Math.round(e.JIXIAO_BODY_LIMIT_MB * 1024 * 1024),
    uploadLimitBytes: Math.round(e.JIXIAO_UPLOAD_LIMIT_MB * 1024 * 1024),
    webDist: existsSync(webDist) ? webDist : null,
    logLevel: e.JIXIAO_LOG_LEVEL,
    version: packageVersion,
  };
}

/** "true" (trust any proxy), "false", or a comma-separated list of the proxies' addresses or CIDRs. */
function parseTrustProxy(value: string): boolean | string {
  const text = value.trim().toLowerCase();
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0' || text === '') return false;
  return value.trim();
}
