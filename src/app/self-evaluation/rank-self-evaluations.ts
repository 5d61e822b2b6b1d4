/** The finance bureau's ranking of a division's units by their self-evaluation scores. */
import { scopeFilter } from '../../core/access/policy';
import { rankUnits, type RankedUnit } from '../../core/self-evaluation';
import { findUnitYearHeads } from '../../db/unit-year-edit.repository';
import { listUnitYearSummaries } from '../../db/unit-year-list.repository';
import type { Caller } from '../audit/caller';
import type { Deps } from '../deps';
import { summarizeUnitYears, type UnitEvaluationView } from './show-unit-self-evaluation';

export interface RankingRow {
  ranked: RankedUnit;
  view: UnitEvaluationView;
}

export interface RankingView {
  year: number;
  divisionCode: string | null;
  rows: RankingRow[];
}

/**
 * The units of `year` in the caller's reach (finance reviewers: their division; admins: all, or `divisionCode`),
 * best shown score first, ties sharing a rank, units without a score last. A division out of reach gives an
 * empty ranking.
 * @throws DomainError('forbidden' | 'unauthenticated') for roles that may not rank
 */
export async function rankSelfEvaluations(deps: Deps, input: { caller: Caller; year: number; divisionCode?: string }): Promise<RankingView> {
  const scope = scopeFilter(input.caller.actor, 'rank_self_evaluations');
  const divisionCode = input.divisionCode ?? (scope.kind === 'division' ? scope.divisionCode : null);
  return deps.db.orm.transaction(
    async (tx) => {
      const unitYears = await listUnitYearSummaries(tx, { scope, year: input.year, ...(divisionCode === null ? {} : { divisionCode }) });
      const views = await summarizeUnitYears(tx, await findUnitYearHeads(tx, unitYears.map((unitYear) => unitYear.id)));
      const ranked = rankUnits(views.map((view) => view.score));
      const rows = ranked.flatMap((unit) => views.filter((view) => view.unit.code === unit.unitCode).map((view) => ({ ranked: unit, view })));
      return { year: input.year, divisionCode, rows };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
