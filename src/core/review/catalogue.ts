/** The rule catalogue: every review rule Jixiao knows, for the engine, pack validation and `jixiao rules`. */
import type { ReviewRule, RuleInfo } from './rule';
import * as consistencyCross from './rules/consistency-cross';
import * as consistencyNumbers from './rules/consistency-numbers';
import * as consistencyText from './rules/consistency-text';
import * as money from './rules/money';
import * as qualityBasis from './rules/quality-basis';
import * as qualityBoilerplate from './rules/quality-boilerplate';
import * as qualityIndicators from './rules/quality-indicators';
import * as qualityRelevance from './rules/quality-relevance';
import * as spendingPlan from './rules/spending-plan';
import * as structure from './rules/structure';
import * as values from './rules/values';

const modules = [
  structure,
  values,
  money,
  spendingPlan,
  consistencyNumbers,
  consistencyText,
  consistencyCross,
  qualityBoilerplate,
  qualityIndicators,
  qualityRelevance,
  qualityBasis,
];

/** Every rule, ordered by id. */
export const allRules: readonly ReviewRule[] = modules
  .flatMap((module) => Object.values(module).filter(isRule))
  .sort((a, b) => (a.id < b.id ? -1 : 1));

function isRule(value: unknown): value is ReviewRule {
  return typeof value === 'object' && value !== null && 'id' in value && 'bind' in value && 'entrySchema' in value;
}

const byId = new Map(allRules.map((rule) => [rule.id, rule]));

/** The rule of that id, or undefined: pack validation reports unknown ids, the engine refuses them. */
export function ruleById(id: string): ReviewRule | undefined {
  return byId.get(id);
}

/** The catalogue as `jixiao rules` prints it: id, family, title, explanation, default severity, settings. */
export function listRules(): RuleInfo[] {
  return allRules.map(({ id, family, title, explanation, defaultSeverity, settingNames }) => ({ id, family, title, explanation, defaultSeverity, settingNames }));
}
