/**
 * The measure units of a rule pack, indexed by every spelling: canonical, alias (understood silently)
 * and typo (reported). Lets rules say which unit a spelling means, what kind it is, and how to turn a
 * money amount into exact fen.
 */
import type { MeasureUnit, MeasureUnitKind } from './rule-pack';

export type Spelling = 'canonical' | 'alias' | 'typo';

export interface UnitLookup {
  /** The canonical spelling, e.g. "%" for 百分比 and 百分百. */
  canonical: string;
  kind: MeasureUnitKind;
  spelling: Spelling;
  /** Money units only: fen per unit (a power of ten). */
  fen: number | undefined;
}

export interface MeasureUnitIndex {
  lookup(spelling: string): UnitLookup | undefined;
  /** The spellings users may write of a canonical unit ("%", "百分比"), for suggestions. */
  spellingsOf(canonical: string): string[];
  /** The spellings that begin with `character`, longest first: for finding units after numbers in free text. */
  spellingsStartingWith(character: string): readonly string[];
}

/**
 * Indexes the pack's units. A composite unit (元/人, 次/年) is known when both sides are; its kind is
 * "other" so that it never mixes with plain amounts.
 */
export function indexMeasureUnits(units: readonly MeasureUnit[]): MeasureUnitIndex {
  const bySpelling = new Map<string, UnitLookup>();
  const spellings = new Map<string, string[]>();
  for (const unit of units) {
    const entry = (spelling: Spelling): UnitLookup => ({ canonical: unit.unit, kind: unit.kind, spelling, fen: unit.fen });
    bySpelling.set(unit.unit, entry('canonical'));
    for (const alias of unit.aliases) bySpelling.set(alias, entry('alias'));
    for (const typo of unit.typos) bySpelling.set(typo, entry('typo'));
    spellings.set(unit.unit, [unit.unit, ...unit.aliases]);
  }
  const lookup = (spelling: string): UnitLookup | undefined => bySpelling.get(spelling) ?? lookupComposite(spelling, bySpelling);
  const allSpellings = [...bySpelling.keys()].sort((a, b) => b.length - a.length);
  const byFirstCharacter = new Map<string, string[]>();
  for (const spelling of allSpellings) {
    const first = spelling[0] as string;
    byFirstCharacter.set(first, [...(byFirstCharacter.get(first) ?? []), spelling]);
  }
  return {
    lookup,
    spellingsOf: (canonical) => spellings.get(canonical) ?? [canonical],
    spellingsStartingWith: (character) => byFirstCharacter.get(character) ?? [],
  };
}

function lookupComposite(spelling: string, bySpelling: ReadonlyMap<string, UnitLookup>): UnitLookup | undefined {
  const parts = spelling.split('/');
  if (parts.length !== 2) return undefined;
  const [top, bottom] = parts.map((part) => bySpelling.get(part));
  if (!top || !bottom) return undefined;
  const isTypo = top.spelling === 'typo' || bottom.spelling === 'typo';
  return { canonical: `${top.canonical}/${bottom.canonical}`, kind: 'other', spelling: isTypo ? 'typo' : 'canonical', fen: undefined };
}

/** Whether amounts in units of these two kinds can be compared number to number. */
export function areComparable(a: UnitLookup, b: UnitLookup): boolean {
  if (a.kind !== b.kind) return false;
  // Counts of things (个, 台, 家) and of occurrences (期, 次, 场) compare across spellings; the others
  // only within one unit (1年 is not 1月), except money, which converts exactly.
  if (a.kind === 'count' || a.kind === 'occurrence' || a.kind === 'percent') return true;
  if (a.kind === 'money') return a.fen !== undefined && b.fen !== undefined;
  return a.canonical === b.canonical;
}

/** The value in a common scale for comparison: money in fen (as a float, for ordering only), else as is. */
export function scaledValue(value: number, unit: UnitLookup): number {
  return unit.kind === 'money' && unit.fen !== undefined ? value * unit.fen : value;
}
