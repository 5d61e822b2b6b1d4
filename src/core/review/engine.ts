/**
 * The review engine (智能审核): runs the rules a pack enables over one unit's year and returns the
 * findings in a stable order with a summary. Pure: no IO, no clock, no randomness.
 */
import type { Finding, Severity } from '../finding';
import type { UnitYear } from '../model';
import { ruleById } from './catalogue';
import { createReviewContext } from './context';
import type { BoundCheck, ReviewRule, RuleFamily } from './rule';
import { ruleFamilies } from './rule';
import type { RulePack } from './rule-pack';
import { severities } from './rule-pack';

/** A finding of the review: a Finding, plus the rule's family and why the rule matters. */
export interface ReviewFinding extends Finding {
  family: RuleFamily;
  /** The rule's explanation (why it matters), for the reader who asks "why?". */
  explanation: string;
}

export interface ReviewSummary {
  total: number;
  bySeverity: Record<Severity, number>;
  byFamily: Record<RuleFamily, number>;
}

export interface ReviewReport {
  pack: { id: string; name: string };
  unit: { code: string; name: string };
  year: number;
  /** The ids of the rules that ran, in catalogue order. */
  rules: string[];
  findings: ReviewFinding[];
  summary: ReviewSummary;
}

export interface ReviewOptions {
  /** Leave out findings below this severity (info < warning < error). Default: keep all. */
  minSeverity?: Severity;
}

interface CompiledRule {
  rule: ReviewRule;
  severity: Severity;
  check: BoundCheck;
}

const compiledByPack = new WeakMap<RulePack, CompiledRule[]>();

/** The pack's enabled rules bound to their settings; throws on a rule id the catalogue lacks (an unvalidated pack is a bug). */
function compile(pack: RulePack): CompiledRule[] {
  const cached = compiledByPack.get(pack);
  if (cached) return cached;
  const compiled = Object.entries(pack.rules)
    .filter(([, entry]) => entry.enabled !== false)
    .map(([id, entry]) => {
      const rule = ruleById(id);
      if (!rule) throw new Error(`rule pack ${pack.id} enables unknown rule ${id}: validate packs with validateRulePack`);
      return { rule, severity: entry.severity ?? rule.defaultSeverity, check: rule.bind(entry) };
    })
    .sort((a, b) => (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0));
  compiledByPack.set(pack, compiled);
  return compiled;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Reviews one unit's year with a validated pack. Findings are ordered by project (department-plan
 * findings first), then indicator (project-level findings first), then rule id; within one rule, in
 * the order the rule reports them. The summary counts the findings returned.
 */
export function reviewUnitYear(unitYear: UnitYear, pack: RulePack, options: ReviewOptions = {}): ReviewReport {
  const context = createReviewContext(unitYear, pack);
  const floor = severityRank[options.minSeverity ?? 'info'];
  const compiled = compile(pack);
  const findings = compiled
    .filter(({ severity }) => severityRank[severity] <= floor)
    .flatMap(({ rule, severity, check }) =>
      check(context).map((found): ReviewFinding => ({ code: rule.id, severity, ...found, family: rule.family, explanation: rule.explanation })),
    )
    .sort(compareFindings);
  return {
    pack: { id: pack.id, name: pack.name },
    unit: { code: unitYear.unit.code, name: unitYear.unit.name },
    year: unitYear.year,
    rules: compiled.map(({ rule }) => rule.id),
    findings,
    summary: summarize(findings),
  };
}

function compareFindings(a: ReviewFinding, b: ReviewFinding): number {
  return (
    (a.location.project ?? 0) - (b.location.project ?? 0) ||
    (a.location.indicator ?? 0) - (b.location.indicator ?? 0) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

function summarize(findings: readonly ReviewFinding[]): ReviewSummary {
  const bySeverity = Object.fromEntries(severities.map((severity) => [severity, 0])) as Record<Severity, number>;
  const byFamily = Object.fromEntries(ruleFamilies.map((family) => [family, 0])) as Record<RuleFamily, number>;
  for (const finding of findings) {
    bySeverity[finding.severity] += 1;
    byFamily[finding.family] += 1;
  }
  return { total: findings.length, bySeverity, byFamily };
}
