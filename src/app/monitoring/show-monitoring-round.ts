/**
 * The finance bureau's view of a round: every unit, those that have not submitted first, then by worst light
 * (red first), more red lights, more yellow lights, name. Lights of submitted units only.
 */
import { can } from '../../core/access/policy';
import { divisionView, type LightCounts, type LightColor, type UnitMonitoringSummary } from '../../core/monitoring';
import type { Orm } from '../../db/database';
import { listRoundUnits, type RoundRecord, type RoundUnit } from '../../db/monitoring-round.repository';
import type { Caller } from '../audit/caller';
import type { Deps } from '../deps';
import { addCounts, unitLights } from './monitoring-view';
import { openRound, roundScope } from './round-access';
import { loadRoundData } from './unit-round-data';

export interface DivisionRowView {
  roundUnit: RoundUnit;
  reported: boolean;
  worst: LightColor | null;
  counts: LightCounts;
}

export interface RoundView {
  round: RoundRecord;
  units: DivisionRowView[];
  counts: LightCounts;
  can: { close: boolean };
}

/** The lights of the units that have submitted (and have targets), by unit code, loaded together. */
async function submittedSummaries(tx: Orm, round: RoundRecord, roundUnits: readonly RoundUnit[]): Promise<Map<string, UnitMonitoringSummary>> {
  const submitted = roundUnits.flatMap(({ unitYear, ...roundUnit }) => (roundUnit.submittedAt !== null && unitYear ? [{ ...roundUnit, unitYear }] : []));
  const summaries = new Map<string, UnitMonitoringSummary>();
  for (const { loaded, reports, pack } of await loadRoundData(tx, round, submitted)) {
    const lights = unitLights(loaded, reports, round.cutOff, pack);
    const { code, name } = loaded.unitYear.unit;
    summaries.set(code, { unitCode: code, unitName: name, reported: true, projects: [], worst: lights.worst, counts: lights.counts });
  }
  return summaries;
}

/**
 * The round with its units in the order of the core's division view, read in one snapshot.
 * @throws DomainError('not_found') when the round is missing or out of reach; 403/401 for roles that may not see it
 */
export async function showMonitoringRound(deps: Deps, input: { caller: Caller; roundId: string }): Promise<RoundView> {
  return deps.db.orm.transaction(
    async (tx) => {
      const round = await openRound(tx, input.caller, input.roundId, 'open_monitoring_round');
      const roundUnits = await listRoundUnits(tx, round);
      const submitted = await submittedSummaries(tx, round, roundUnits);
      const summaries = roundUnits.map(
        ({ unit }): UnitMonitoringSummary => submitted.get(unit.code) ?? { unitCode: unit.code, unitName: unit.name, reported: false, projects: [], worst: 'none', counts: addCounts([]) },
      );
      const rows = divisionView({ unitCodes: roundUnits.map((unit) => unit.unit.code) }, summaries).flatMap((row) => {
        const roundUnit = roundUnits.find((unit) => unit.unit.code === row.unitCode);
        return roundUnit ? [{ roundUnit, reported: row.reported, worst: row.worst, counts: row.counts }] : [];
      });
      const closable = round.status === 'open' && can(input.caller.actor, 'open_monitoring_round', roundScope(round));
      return { round, units: rows, counts: addCounts(rows.map((row) => row.counts)), can: { close: closable } };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
