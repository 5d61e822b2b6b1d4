/**
 * 智能审核: the public API of the review engine. Rules are pure functions over a unit's year; rule packs
 * (JSON, validated) choose and tune them per region and year.
 */
export { listRules } from './catalogue';
export { reviewUnitYear, type ReviewFinding, type ReviewOptions, type ReviewReport, type ReviewSummary } from './engine';
export { ruleFamilies, type RuleFamily, type RuleInfo } from './rule';
export { rulePackSchema, type Level1, type Level2, type MeasureUnit, type RulePack } from './rule-pack';
export { validateRulePack, type ValidateOptions } from './rule-pack-validation';
export { listRulePacks, selectRulePack, type PackChoice } from './rule-packs';
