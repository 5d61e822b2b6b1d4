/**
 * The directory accounts attach to: units and divisions. Administrators list it (for the account form) and
 * register a unit or division before its first document arrives.
 */
import { authorize } from '../../core/access/policy';
import { DomainError } from '../../core/errors';
import {
  insertDivision,
  insertUnit,
  listDivisions,
  listUnits,
  type DivisionEntry,
  type UnitEntry,
} from '../../db/directory.repository';
import type { Caller } from '../audit/caller';
import { withAudit } from '../audit/record';
import type { Deps } from '../deps';

export interface Directory {
  units: UnitEntry[];
  divisions: DivisionEntry[];
}

/** Every unit and division. @throws DomainError('forbidden' | 'unauthenticated') unless an administrator */
export async function getDirectory(deps: Deps, input: { caller: Caller }): Promise<Directory> {
  authorize(input.caller.actor, 'manage_users');
  return { units: await listUnits(deps.db.orm), divisions: await listDivisions(deps.db.orm) };
}

/**
 * Registers a unit (audited as `unit.create`).
 * @throws DomainError('already_exists') when a unit has this code
 */
export async function registerUnit(
  deps: Deps,
  input: { caller: Caller; unit: { code: string; name: string; divisionCode: string | null } },
): Promise<UnitEntry> {
  authorize(input.caller.actor, 'manage_users');
  return withAudit(deps, input.caller, async (tx, record) => {
    const unit = await insertUnit(tx, input.unit, deps.clock());
    if (!unit) throw taken('code', `编码为 ${input.unit.code} 的单位已经存在。`);
    await record({ action: 'unit.create', entityType: 'unit', entityId: unit.id, unitId: unit.id, divisionCode: unit.divisionCode, after: { ...unit } });
    return unit;
  });
}

/**
 * Registers a division (audited as `division.create`).
 * @throws DomainError('already_exists') when a division has this code
 */
export async function registerDivision(deps: Deps, input: { caller: Caller; division: DivisionEntry }): Promise<DivisionEntry> {
  authorize(input.caller.actor, 'manage_users');
  return withAudit(deps, input.caller, async (tx, record) => {
    const division = await insertDivision(tx, input.division, deps.clock());
    if (!division) throw taken('code', `编码为 ${input.division.code} 的财政区划已经存在。`);
    await record({ action: 'division.create', entityType: 'division', entityId: division.code, divisionCode: division.code, after: { ...division } });
    return division;
  });
}

function taken(path: string, message: string): DomainError {
  return new DomainError('already_exists', message, { fields: [{ path, message }] });
}
