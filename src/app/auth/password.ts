/**
 * Password hashing with argon2id (@node-rs/argon2) at OWASP's recommended cost (19 MiB, 2 passes).
 * The parameters are stored in each hash, so raising them later still verifies old hashes.
 */
import { hash, verify } from '@node-rs/argon2';
import { checkPassword } from '../../core/access/password-policy';
import { DomainError } from '../../core/errors';

// 2 is Algorithm.Argon2id, a const enum that verbatimModuleSyntax cannot import.
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** A hash of a password no one knows, verified against when the username does not exist, to take as long. */
let decoyHash: Promise<string> | null = null;

async function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/**
 * Whether `password` matches `passwordHash`; with a null hash (no such account), spends the same time and
 * returns false, so that response times do not tell which usernames exist.
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    decoyHash ??= hash('decoy password that matches nothing', options);
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

/**
 * Checks the password policy and hashes.
 * @param field the input field, for the error's field path (e.g. "password", "newPassword")
 * @throws DomainError('validation_failed') with `details.fields` naming the field and each problem
 */
export async function acceptNewPassword(password: string, username: string, field: string): Promise<string> {
  const problems = checkPassword(password, username);
  if (problems.length > 0) {
    throw new DomainError('validation_failed', problems.map((problem) => problem.message).join(''), {
      fields: problems.map((problem) => ({ path: field, message: problem.message })),
    });
  }
  return hashPassword(password);
}
