/** An administrator creates an account (also the first-run setup and `jixiao user add`). */
import { randomUUID } from 'node:crypto';
import { authorize } from '../../core/access/policy';
import type { AccountRole } from '../../core/access/roles';
import { DomainError } from '../../core/errors';
import type { Orm } from '../../db/database';
import { violatedUniqueConstraint } from '../../db/database-errors';
import { insertUser, type UserRecord } from '../../db/user.repository';
import type { RecordAudit } from '../audit/record';
import { withAudit } from '../audit/record';
import type { Caller } from '../audit/caller';
import { acceptNewPassword } from '../auth/password';
import type { Deps } from '../deps';
import { resolveAttachment } from './attachment';
import { acceptUsername } from './username';
import { scopeOfUser, userSnapshot } from './user-scope';

export interface NewUser {
  username: string;
  displayName: string;
  role: AccountRole;
  /** The unit (by code) of a unit editor or leader. */
  unitCode?: string | null;
  /** The division of a finance reviewer. */
  divisionCode?: string | null;
  password: string;
}

/**
 * Creates the account, audited as `user.create`.
 * @throws DomainError('forbidden' | 'unauthenticated') unless the caller may manage users
 * @throws DomainError('validation_failed') for a bad username, weak password or wrong attachment (with fields)
 * @throws DomainError('already_exists') when the username is taken
 */
export async function createUser(deps: Deps, input: { caller: Caller; user: NewUser }): Promise<UserRecord> {
  authorize(input.caller.actor, 'manage_users');
  const prepared = await prepareUser(input.user);
  return withAudit(deps, input.caller, (tx, record) => insertAudited(tx, record, prepared, deps.clock()));
}

export interface PreparedUser {
  user: NewUser;
  username: string;
  passwordHash: string;
}

/** Checks the username and password and hashes the password (slow: done before any transaction). */
export async function prepareUser(user: NewUser): Promise<PreparedUser> {
  const username = acceptUsername(user.username);
  const passwordHash = await acceptNewPassword(user.password, username, 'password');
  return { user, username, passwordHash };
}

/** Inserts a prepared account and records `user.create` in the caller's transaction. */
export async function insertAudited(tx: Orm, record: RecordAudit, prepared: PreparedUser, at: Date): Promise<UserRecord> {
  const { user, username, passwordHash } = prepared;
  const attachment = await resolveAttachment(tx, { role: user.role, unitCode: user.unitCode ?? null, divisionCode: user.divisionCode ?? null });
  const created = await insertUser(tx, {
    id: randomUUID(),
    username,
    displayName: user.displayName.trim(),
    role: user.role,
    ...attachment,
    passwordHash,
    passwordChangedAt: at,
    createdAt: at,
  }).catch((error: unknown) => {
    if (violatedUniqueConstraint(error) === 'users_username_unique') throw usernameTaken(username);
    throw error;
  });
  await record({ action: 'user.create', entityType: 'user', entityId: created.id, ...scopeOfUser(created), after: userSnapshot(created) });
  return created;
}

function usernameTaken(username: string): DomainError {
  const message = `用户名“${username}”已被使用，请换一个。`;
  return new DomainError('already_exists', message, { fields: [{ path: 'username', message }] });
}
