/** The built-in rule packs, resolved, and the choice of a pack for a division and a year. */
import { builtInPackSources } from './packs/sources';
import { validateRulePack } from './rule-pack-validation';
import type { RulePack } from './rule-pack';

let builtIn: RulePack[] | null = null;

/** The built-in packs, validated and resolved (ancestors merged in). Throws if one is invalid: a bug caught by the tests. */
export function listRulePacks(): RulePack[] {
  builtIn ??= builtInPackSources.map((source) => {
    const { value, findings } = validateRulePack(source);
    if (!value) throw new Error(`built-in rule pack is invalid: ${findings.map((finding) => finding.message).join('; ')}`);
    return value;
  });
  return builtIn;
}

export interface PackChoice {
  /** 财政区划 of the unit; null when unknown (only national packs apply). */
  divisionCode: string | null;
  year: number;
}

function appliesTo(pack: RulePack, { divisionCode, year }: PackChoice): boolean {
  const inYears = pack.years.from <= year && (pack.years.to === null || year <= pack.years.to);
  return inYears && (pack.region === '' || (divisionCode !== null && divisionCode.startsWith(pack.region)));
}

/**
 * The pack for a unit: among the packs whose region prefixes the division code and whose years contain
 * the year, the one with the longest region (most specific), then the latest first year, then the
 * smallest id. Null when none applies.
 */
export function selectRulePack(packs: readonly RulePack[], choice: PackChoice): RulePack | null {
  const candidates = packs.filter((pack) => appliesTo(pack, choice));
  candidates.sort((a, b) => b.region.length - a.region.length || b.years.from - a.years.from || (a.id < b.id ? -1 : 1));
  return candidates[0] ?? null;
}
