/** Opening a unit year for a change: the policy first, then the lock that makes changes of one unit year take turns. */
import { authorizeRecord, type Action } from '../../core/access/policy';
import { DomainError } from '../../core/errors';
import type { Orm } from '../../db/database';
import { findUnitYearHead, type UnitYearHead } from '../../db/unit-year-edit.repository';
import type { Caller } from '../audit/caller';
import { scopeOfTargets } from './target-scope';

const headScope = (head: UnitYearHead) => scopeOfTargets(head.unit, head);

/**
 * The unit year, after checking that the caller may do `action` on it, locked until the transaction ends
 * and freshly read.
 * @throws DomainError('forbidden' | 'unauthenticated' | 'not_found') as the policy decides
 */
export async function openUnitYear(tx: Orm, caller: Caller, id: string, action: Action): Promise<UnitYearHead> {
  authorizeRecord(caller.actor, action, await findUnitYearHead(tx, id), headScope, '该单位年度');
  const locked = await findUnitYearHead(tx, id, { lock: true });
  if (!locked) throw new DomainError('not_found', '没有找到该单位年度。');
  return locked;
}
