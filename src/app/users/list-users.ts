/** Reading accounts: unit leaders their unit's, finance reviewers their division's, admins all. */
import { authorizeRecord, scopeFilter } from '../../core/access/policy';
import type { AccountRole } from '../../core/access/roles';
import { findUserById, listUsers as listStored, type UserRecord } from '../../db/user.repository';
import type { Caller } from '../audit/caller';
import { offsetOf, type Page, type PageRequest } from '../audit/page';
import type { Deps } from '../deps';
import { scopeOfUser } from './user-scope';

export interface UserQuery {
  role?: AccountRole;
  /** A unit code. */
  unit?: string;
  /** A division code (a reviewer's, or that of a unit user's unit). */
  division?: string;
  /** Part of the username or display name. */
  q?: string;
  disabled?: boolean;
}

/**
 * One page of the accounts the caller may read, by username. Filters narrow within the caller's scope.
 * @throws DomainError('forbidden' | 'unauthenticated') for roles that may not read accounts
 */
export async function listUsers(deps: Deps, input: { caller: Caller; query: UserQuery } & PageRequest): Promise<Page<UserRecord>> {
  const scope = scopeFilter(input.caller.actor, 'read_users');
  const { unit, division, q, ...rest } = input.query;
  const { rows, total } = await listStored(deps.db.orm, {
    scope,
    ...rest,
    ...(unit === undefined ? {} : { unitCode: unit }),
    ...(division === undefined ? {} : { divisionCode: division }),
    ...(q === undefined || q.trim() === '' ? {} : { text: q.trim() }),
    limit: input.pageSize,
    offset: offsetOf(input),
  });
  return { items: rows, total, page: input.page, pageSize: input.pageSize };
}

/**
 * One account by id.
 * @throws DomainError('not_found') when there is none or it lies outside the caller's scope (same answer)
 */
export async function showUser(deps: Deps, input: { caller: Caller; id: string }): Promise<UserRecord> {
  const user = await findUserById(deps.db.orm, input.id);
  authorizeRecord(input.caller.actor, 'read_users', user, scopeOfUser, '该用户');
  return user;
}
