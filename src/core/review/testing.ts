/**
 * Test helpers of the review engine: run one rule over a unit's year with the national pack's settings
 * (or overrides), the way the engine would. Used by tests only.
 */
import type { UnitYear } from '../model';
import { createReviewContext } from './context';
import type { ReviewRule, RuleFinding } from './rule';
import type { RulePack } from './rule-pack';
import { listRulePacks } from './rule-packs';

export function builtInPack(id: string): RulePack {
  const pack = listRulePacks().find((candidate) => candidate.id === id);
  if (!pack) throw new Error(`no built-in pack ${id}`);
  return pack;
}

/** The findings of `rule` on `unitYear`, with the settings of `packId` merged with `settings`. */
export function runRule(rule: ReviewRule, unitYear: UnitYear, settings: Record<string, unknown> = {}, packId = 'national-2020'): RuleFinding[] {
  const pack = builtInPack(packId);
  const check = rule.bind({ ...pack.rules[rule.id], ...settings });
  return check(createReviewContext(unitYear, pack));
}

/** The messages only, for compact assertions. */
export function messagesOf(findings: readonly RuleFinding[]): string[] {
  return findings.map((finding) => finding.message);
}
