/**
 * Not-applicable indicators (domain.md §5): their weights are removed and every remaining weight — the
 * applicable indicators' and budget execution's — is multiplied by 100 / (100 − removed), so that the
 * maximum total is 100 again. The scaled weights are brought to hundredths by the largest-remainder
 * rule of apportion.ts, so that they add up to exactly 100.00 and a full score equals the weight shown.
 */
import { apportion } from './apportion';
import { rational, toFractionText } from '../rational';
import type { Rescaling } from './types';
import { formatHundredths, fullMarks, type Hundredths, type WeightSet } from './weights';

export interface EffectiveWeights {
  /** By 1-based indicator position; not-applicable indicators are absent. */
  indicators: Map<number, Hundredths>;
  execution: Hundredths;
  rescaling: Rescaling | null;
}

/**
 * The weights to score against once the indicators at `notApplicable` (1-based positions) are removed.
 * Null when nothing with a weight remains. Assumes a consistent weight set (adding up to 100.00).
 */
export function effectiveWeights(weights: WeightSet, notApplicable: ReadonlySet<number>): EffectiveWeights | null {
  const remaining = weights.indicators.filter((entry) => !notApplicable.has(entry.indicator));
  const removed = weights.indicators.filter((entry) => notApplicable.has(entry.indicator)).reduce((sum, entry) => sum + entry.weight, 0);
  const kept = remaining.reduce((sum, entry) => sum + entry.weight, 0) + weights.execution.weight;
  if (kept === 0) return null;
  if (removed === 0) {
    return { indicators: new Map(remaining.map((entry) => [entry.indicator, entry.weight])), execution: weights.execution.weight, rescaling: null };
  }
  const parts = apportion(fullMarks, [...remaining.map((entry) => rational(entry.weight)), rational(weights.execution.weight)]);
  return {
    indicators: new Map(remaining.map((entry, index) => [entry.indicator, parts[index] ?? 0])),
    execution: parts[remaining.length] ?? 0,
    rescaling: { removed: formatHundredths(removed), factor: toFractionText(rational(fullMarks, fullMarks - removed)) },
  };
}
