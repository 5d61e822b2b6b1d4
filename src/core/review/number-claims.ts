/**
 * Numbers as claims: "≥50名", "2期", "≤20.32万元" are sets of acceptable values. Two statements agree
 * when some value satisfies both (≥1500元 and ≤3000元 agree; 2期 and >2次 do not). Values in
 * comparable units only (count with count, money converted to fen).
 */
import type { Comparator, QuantitativeTarget } from '../target/target';
import type { IndicatorEntry, ReviewContext } from './context';
import { areComparable, scaledValue, type UnitLookup } from './measure-units';
import type { NumberMention } from './text/number-mentions';
import { bigramsOfNormalized, normalizeForComparison, type ShingleSet } from './text/shingles';

export interface Claim {
  comparator: Comparator;
  value: number;
  upper: number | null;
  unit: UnitLookup;
}

interface Interval {
  low: number;
  lowOpen: boolean;
  high: number;
  highOpen: boolean;
}

function intervalOf(claim: Claim): Interval {
  const value = scaledValue(claim.value, claim.unit);
  const upper = claim.upper === null ? value : scaledValue(claim.upper, claim.unit);
  switch (claim.comparator) {
    case '≥': return { low: value, lowOpen: false, high: Infinity, highOpen: true };
    case '>': return { low: value, lowOpen: true, high: Infinity, highOpen: true };
    case '≤': return { low: -Infinity, lowOpen: true, high: value, highOpen: false };
    case '<': return { low: -Infinity, lowOpen: true, high: value, highOpen: true };
    case '~': return { low: value, lowOpen: false, high: upper, highOpen: false };
    default: return { low: value, lowOpen: false, high: value, highOpen: false };
  }
}

const sideOf = (comparator: Comparator): 'floor' | 'cap' | 'point' =>
  comparator === '≥' || comparator === '>' ? 'floor' : comparator === '≤' || comparator === '<' ? 'cap' : 'point';

/**
 * Whether two statements of one quantity agree. Two floors (≥50, 50名以上) or two caps (≤12.4万元,
 * 不超过12.4万元) agree when they name the same number, strict or not; otherwise they agree when some
 * value satisfies both (2期 and >2次 do not; ≥1500元 and ≤3000元 do).
 */
export function claimsAgree(a: Claim, b: Claim): boolean {
  const side = sideOf(a.comparator);
  if (side !== 'point' && side === sideOf(b.comparator)) return scaledValue(a.value, a.unit) === scaledValue(b.value, b.unit);
  return intervalsMeet(a, b);
}

function intervalsMeet(a: Claim, b: Claim): boolean {
  const x = intervalOf(a);
  const y = intervalOf(b);
  const low = Math.max(x.low, y.low);
  const high = Math.min(x.high, y.high);
  if (low < high) return true;
  if (low > high) return false;
  const lowOpen = (x.low === low && x.lowOpen) || (y.low === low && y.lowOpen);
  const highOpen = (x.high === high && x.highOpen) || (y.high === high && y.highOpen);
  return !lowOpen && !highOpen;
}

/** The claim a number in free text makes ("50名以上" → ≥50 名). */
export function claimOfMention(mention: NumberMention): Claim {
  return { comparator: mention.comparator, value: mention.value, upper: null, unit: mention.unit };
}

/** The claim of a quantitative target whose unit the pack knows, else null. */
export function claimOfTarget(context: ReviewContext, target: QuantitativeTarget): Claim | null {
  const unit = context.units.lookup(target.measureUnit);
  return unit ? { comparator: target.comparator, value: target.value, upper: target.upper, unit } : null;
}

/** Whether two claims are in units that compare (个 with 台, 万元 with 元; not 人 with %). */
export function comparable(a: Claim, b: Claim): boolean {
  return areComparable(a.unit, b.unit);
}

export interface Subject {
  words: ShingleSet;
  /** The last bigram: Chinese noun phrases end with their head (人才队伍“培训”), what is counted. */
  head: number | undefined;
}

/**
 * The words that say what a mention counts: the words after its unit (8期“科级干部培训”) when there
 * are some, else the words before it (“通过安居工程解决住房的比例”超过90%), without trailing
 * function words (及, 和, 的 …).
 */
export function subjectOf(mention: NumberMention): Subject {
  const trim = (text: string): string => normalizeForComparison(text).replace(/[的了等及和与或并]+$/, '');
  const after = trim(mention.after);
  const phrase = after.length >= 2 ? after : trim(mention.before);
  return { words: bigramsOfNormalized(phrase), head: phrase.length >= 2 ? bigramsOfNormalized(phrase.slice(-2))[0] : undefined };
}

/** The quantitative indicators among `entries` with a claim in units comparable to `claim`. */
export function comparableTargets(context: ReviewContext, entries: readonly IndicatorEntry[], claim: Claim): Array<{ entry: IndicatorEntry; claim: Claim }> {
  return entries.flatMap((entry) => {
    const target = entry.indicator.target;
    if (target.kind !== 'quantitative') return [];
    const other = claimOfTarget(context, target);
    return other && comparable(claim, other) ? [{ entry, claim: other }] : [];
  });
}
