/**
 * Accounts: insert, find, list with filters and scope, update under optimistic concurrency. Password hashes
 * leave this file only through {@link findLoginAccount}; every other read returns a {@link UserRecord}.
 */
import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { ScopeFilter } from '../core/access/policy';
import type { AccountRole } from '../core/access/roles';
import type { Orm } from './database';
import { containsPattern, scopeCondition } from './scope-condition';
import { divisions, units, users } from './schema';

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  role: AccountRole;
  unitId: string | null;
  unitCode: string | null;
  unitName: string | null;
  /** The division a finance reviewer belongs to; null for other roles. */
  divisionCode: string | null;
  divisionName: string | null;
  /** The division of a unit user's unit (for scope: finance reviewers see their division's units' users). */
  unitDivisionCode: string | null;
  disabled: boolean;
  lastLoginAt: Date | null;
  passwordChangedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface NewUserRow {
  id: string;
  username: string;
  displayName: string;
  role: AccountRole;
  unitId: string | null;
  divisionCode: string | null;
  passwordHash: string;
  passwordChangedAt: Date;
  createdAt: Date;
}

/** The columns of a UserRecord (users joined to their unit and division). */
export const recordColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  unitId: users.unitId,
  unitCode: units.code,
  unitName: units.name,
  divisionCode: users.divisionCode,
  divisionName: divisions.name,
  unitDivisionCode: units.divisionCode,
  disabled: users.disabled,
  lastLoginAt: users.lastLoginAt,
  passwordChangedAt: users.passwordChangedAt,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
  version: users.version,
};

/** The division that places an account in a scope: a reviewer's own, else the unit's. */
const scopeDivision = sql`coalesce(${users.divisionCode}, ${units.divisionCode})`;

function selectRecords(executor: Orm) {
  return executor
    .select(recordColumns)
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .leftJoin(divisions, eq(divisions.code, users.divisionCode));
}

export async function insertUser(executor: Orm, row: NewUserRow): Promise<UserRecord> {
  await executor.insert(users).values({ ...row, updatedAt: row.createdAt });
  const record = await findUserById(executor, row.id);
  if (!record) throw new Error('an inserted user could not be read back');
  return record;
}

/** The account with this id, or null (also for a malformed id). */
export async function findUserById(executor: Orm, id: string): Promise<UserRecord | null> {
  if (!isUuid(id)) return null;
  const [row] = await selectRecords(executor).where(eq(users.id, id));
  return row ?? null;
}

/** The account with this (normalized) username and its password hash, for logging in; null when none. */
export async function findLoginAccount(executor: Orm, username: string): Promise<(UserRecord & { passwordHash: string }) | null> {
  const [row] = await executor
    .select({ ...recordColumns, passwordHash: users.passwordHash })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .leftJoin(divisions, eq(divisions.code, users.divisionCode))
    .where(eq(users.username, username));
  return row ?? null;
}

export interface UserListFilter {
  scope: ScopeFilter;
  role?: AccountRole;
  unitCode?: string;
  divisionCode?: string;
  /** Part of the username or display name, matched literally, case-insensitively. */
  text?: string;
  disabled?: boolean;
  limit: number;
  offset: number;
}

/** One page of accounts within the scope and filters, ordered by username, and how many match in all. */
export async function listUsers(executor: Orm, filter: UserListFilter): Promise<{ rows: UserRecord[]; total: number }> {
  const where = and(...userConditions(filter));
  const rows = await selectRecords(executor).where(where).orderBy(asc(users.username)).limit(filter.limit).offset(filter.offset);
  const [counted] = await executor
    .select({ total: count() })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(where);
  return { rows, total: counted?.total ?? 0 };
}

function userConditions(filter: UserListFilter): (SQL | undefined)[] {
  return [
    scopeCondition(filter.scope, { unitId: users.unitId, divisionCode: scopeDivision }),
    filter.role === undefined ? undefined : eq(users.role, filter.role),
    filter.unitCode === undefined ? undefined : eq(units.code, filter.unitCode),
    filter.divisionCode === undefined ? undefined : eq(scopeDivision, filter.divisionCode),
    filter.disabled === undefined ? undefined : eq(users.disabled, filter.disabled),
    filter.text === undefined
      ? undefined
      : or(ilike(users.username, containsPattern(filter.text)), ilike(users.displayName, containsPattern(filter.text))),
  ];
}

export interface UserChanges {
  displayName?: string;
  role?: AccountRole;
  unitId?: string | null;
  divisionCode?: string | null;
  disabled?: boolean;
  passwordHash?: string;
  passwordChangedAt?: Date;
}

/**
 * Applies `changes` if the account is still at `expectedVersion`, bumping the version.
 * @returns the updated account, or null when it does not exist or another change came first
 */
export async function updateUser(
  executor: Orm,
  target: { id: string; expectedVersion: number; at: Date },
  changes: UserChanges,
): Promise<UserRecord | null> {
  const updated = await executor
    .update(users)
    .set({ ...changes, version: sql`${users.version} + 1`, updatedAt: target.at })
    .where(and(eq(users.id, target.id), eq(users.version, target.expectedVersion)))
    .returning({ id: users.id });
  if (updated.length === 0) return null;
  return findUserById(executor, target.id);
}

export async function recordLogin(executor: Orm, userId: string, at: Date): Promise<void> {
  await executor.update(users).set({ lastLoginAt: at }).where(eq(users.id, userId));
}

/** How many accounts exist; with `lockTable`, the table is locked first (until the transaction ends) so that two setups cannot race. */
export async function countUsers(executor: Orm, options: { lockTable?: boolean } = {}): Promise<number> {
  if (options.lockTable) await executor.execute(sql`LOCK TABLE ${users} IN SHARE ROW EXCLUSIVE MODE`);
  const [counted] = await executor.select({ total: count() }).from(users);
  return counted?.total ?? 0;
}

/**
 * How many enabled administrators there are. Locks the table until the transaction ends, so that two
 * admins demoting each other at once cannot both pass a check of "another admin remains".
 */
export async function countEnabledAdmins(executor: Orm): Promise<number> {
  await executor.execute(sql`LOCK TABLE ${users} IN SHARE ROW EXCLUSIVE MODE`);
  const [counted] = await executor.select({ total: count() }).from(users).where(and(eq(users.role, 'admin'), eq(users.disabled, false)));
  return counted?.total ?? 0;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
