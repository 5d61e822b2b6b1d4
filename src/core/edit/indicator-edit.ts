/**
 * An indicator typed by a user: its 指标值 read by the same parser as an import (parseTarget), so that an edited
 * target is stored exactly as an imported one would be. What the parser could not read is kept as qualitative
 * and said (never refused): the review then reports it where it matters.
 */
import type { Finding } from '../finding';
import type { Indicator } from '../model';
import { parseTarget } from '../target/parse-target';

export interface IndicatorText {
  level1: string;
  level2: string;
  name: string;
  description: string;
  /** The 指标值 as typed. */
  target: string;
  basis: string;
}

/** The indicator with its parsed target, and the parser's findings located at the indicator's `target` field. */
export function readIndicatorEdit(text: IndicatorText): { indicator: Indicator; targetFindings: Finding[] } {
  const { value: target, findings } = parseTarget(text.target);
  return {
    indicator: { level1: text.level1, level2: text.level2, name: text.name, description: text.description, target, basis: text.basis },
    targetFindings: findings.map((finding) => ({ ...finding, location: { ...finding.location, field: 'target', cell: '指标值' } })),
  };
}
