/** Find a stored unit year by the unit's code or (part of its) name, and the year (default: the latest). */
import { DomainError } from '../core/errors';
import type { UnitYear } from '../core/model';
import { listUnitYears, loadUnitYear, type UnitYearSummary } from '../db';
import type { Deps } from './deps';

export interface ShowUnitYearInput {
  /** A unit code (203001) or a part of its name (组织部). */
  unit: string;
  year?: number;
}

export async function showUnitYear(deps: Deps, input: ShowUnitYearInput): Promise<UnitYear> {
  const summary = pickUnitYear(await listUnitYears(deps.db), input);
  const unitYear = await loadUnitYear(deps.db, summary.unitCode, summary.year);
  if (!unitYear) throw notFound(input);
  return unitYear;
}

/** Resolves the unit argument against what is stored: exact code first, then a unique name match. */
export function pickUnitYear(summaries: UnitYearSummary[], input: ShowUnitYearInput): UnitYearSummary {
  const query = input.unit.trim();
  const byCode = summaries.filter((s) => s.unitCode === query);
  const candidates = byCode.length > 0 ? byCode : summaries.filter((s) => s.unitName.includes(query));
  const units = new Set(candidates.map((s) => s.unitCode));
  if (units.size > 1) {
    const names = [...units].map((code) => `${code} ${candidates.find((s) => s.unitCode === code)?.unitName}`);
    throw new DomainError('validation_failed', `“${query}”对应多个单位：${names.join('；')}。请用单位编码指定。`);
  }
  const years = candidates.filter((s) => input.year === undefined || s.year === input.year);
  const latest = years.sort((a, b) => b.year - a.year)[0];
  if (!latest) throw notFound(input);
  return latest;
}

function notFound(input: ShowUnitYearInput): DomainError {
  const year = input.year === undefined ? '' : ` ${input.year} 年度`;
  return new DomainError('not_found', `没有找到单位“${input.unit}”${year}的绩效目标。`);
}
