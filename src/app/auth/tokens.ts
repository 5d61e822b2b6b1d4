/** Random secrets for session cookies and CSRF tokens, and the hash under which a session is stored. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, base64url: 256 bits, safe in a cookie and a header. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The SHA-256 (hex) of a session token, as stored; the token itself never is. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compares two secrets in time independent of where they differ. */
export function secretsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
