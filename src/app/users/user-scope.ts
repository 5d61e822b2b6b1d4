/** How an account appears to the policy (its scope, and the actor it acts as) and in the audit trail. */
import type { Actor } from '../../core/access/actor';
import type { Scope } from '../../core/access/policy';
import type { UserRecord } from '../../db/user.repository';
import type { Caller } from '../audit/caller';

/** Where an account sits: its unit (and that unit's division), or a reviewer's division, or nowhere (admins). */
export function scopeOfUser(user: UserRecord): Scope & { unitId: string | null; divisionCode: string | null } {
  return { unitId: user.unitId, divisionCode: user.divisionCode ?? user.unitDivisionCode };
}

function actorOfUser(user: UserRecord): Actor {
  return { userId: user.id, role: user.role, ...scopeOfUser(user) };
}

/** The caller a logged-in account acts as, for a request. */
export function callerOfUser(user: UserRecord, request: { requestId: string | null; ip: string | null }): Caller {
  return { actor: actorOfUser(user), username: user.username, displayName: user.displayName, ...request };
}

/** What the audit trail keeps of an account: no secrets, no timestamps that change on every login. */
export function userSnapshot(user: UserRecord): Record<string, unknown> {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitCode: user.unitCode,
    divisionCode: user.divisionCode,
    disabled: user.disabled,
  };
}
