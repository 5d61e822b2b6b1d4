/** A unit's monitoring in a round: its projects, each with its report, lights and findings. */
import type { Actor } from '../../core/access/actor';
import type { Orm } from '../../db/database';
import type { RoundRecord } from '../../db/monitoring-round.repository';
import type { Caller } from '../audit/caller';
import type { Deps } from '../deps';
import { unitLights, type UnitMonitoringLights } from './monitoring-view';
import { monitoringPermissions, openRoundUnit, type ReportingUnit } from './round-access';
import { loadUnitRoundData } from './unit-round-data';

export interface UnitMonitoringView extends UnitMonitoringLights {
  round: RoundRecord;
  unit: ReportingUnit['unit'];
  unitYearId: string;
  submittedAt: Date | null;
  submittedBy: ReportingUnit['submittedBy'];
  can: { report: boolean; submit: boolean };
}

/** The unit's view as it stands in `tx` (lights computed from the stored figures at the round's cut-off). */
export async function loadUnitMonitoring(tx: Orm, actor: Actor, round: RoundRecord, roundUnit: ReportingUnit): Promise<UnitMonitoringView> {
  const { loaded, reports, pack } = await loadUnitRoundData(tx, round, roundUnit);
  const lights = unitLights(loaded, reports, round.cutOff, pack);
  return {
    round,
    unit: roundUnit.unit,
    unitYearId: roundUnit.unitYear.id,
    submittedAt: roundUnit.submittedAt,
    submittedBy: roundUnit.submittedBy,
    ...lights,
    can: monitoringPermissions(actor, round, roundUnit),
  };
}

/**
 * The unit's projects in the round, each with its report (null while none is saved), lights and findings, read
 * in one snapshot.
 * @throws DomainError('not_found') the round is missing or does not ask the unit, or the unit is out of reach
 */
export async function showUnitMonitoring(deps: Deps, input: { caller: Caller; roundId: string; unitId: string }): Promise<UnitMonitoringView> {
  return deps.db.orm.transaction(
    async (tx) => {
      const { round, roundUnit } = await openRoundUnit(tx, input.caller, input, 'read_monitoring');
      return loadUnitMonitoring(tx, input.caller.actor, round, roundUnit);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
