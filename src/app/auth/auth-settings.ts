/**
 * The tunable limits of logging in and sessions. Doors read them from their configuration (the server from
 * the environment, see src/server/config.ts) and pass them to the auth use cases.
 */

export interface AuthSettings {
  /** A session ends after this long without a request. */
  sessionIdleMinutes: number;
  /** A session ends this long after login, however active. */
  sessionMaxHours: number;
  /** The window of the login rate limits and of counting failures. */
  loginWindowMinutes: number;
  /** Login attempts allowed per IP address per window. */
  loginAttemptsPerIp: number;
  /** Login attempts allowed per username per window. */
  loginAttemptsPerUsername: number;
  /** Failed logins of one username within the window that lock it. */
  lockoutFailures: number;
  /** How long a locked username stays locked. */
  lockoutMinutes: number;
}

export const defaultAuthSettings: AuthSettings = Object.freeze({
  sessionIdleMinutes: 30,
  sessionMaxHours: 12,
  loginWindowMinutes: 15,
  loginAttemptsPerIp: 50,
  loginAttemptsPerUsername: 20,
  lockoutFailures: 5,
  lockoutMinutes: 15,
});

export const minuteMs = 60_000;
