/**
 * The automatic review (智能审核) of a unit's year with the rule pack of its division and year, or a pack the
 * caller names. Pure apart from reading nothing: packs are built in (src/core/review/packs).
 */
import { DomainError } from '../../core/errors';
import type { UnitYear } from '../../core/model';
import { listRulePacks, reviewUnitYear, selectRulePack, type ReviewOptions, type ReviewReport, type RulePack } from '../../core/review';

/** The pack for a unit year: the one named by id, else the most specific for its division and year. */
export function rulePackFor(unitYear: Pick<UnitYear, 'unit' | 'year'>, packId?: string): RulePack {
  const packs = listRulePacks();
  const pack = packId === undefined ? selectRulePack(packs, { divisionCode: unitYear.unit.divisionCode, year: unitYear.year }) : packs.find((p) => p.id === packId);
  if (pack) return pack;
  if (packId !== undefined) throw new DomainError('not_found', `没有名为“${packId}”的规则包。可选：${packs.map((p) => p.id).join('、')}。`);
  throw new DomainError('not_found', `没有适用于区划 ${unitYear.unit.divisionCode ?? '（未知）'}、${unitYear.year} 年度的规则包。`);
}

/** Reviews a unit year with `pack` (default: its own pack). */
export function reviewTargets(unitYear: UnitYear, pack: RulePack = rulePackFor(unitYear), options: ReviewOptions = {}): ReviewReport {
  return reviewUnitYear(unitYear, pack, options);
}
