/**
 * 绩效自评: weights, scoring and validation of a project's self-evaluation, and the unit and division
 * summaries. Pure; options come from the rule pack (`pack.scoring`, `pack.weights`, `pack.gradeBands`).
 */
export { defaultWeights, adjustWeight, weightGroupOf, formatHundredths, hundredthsOf, isWeight, fullMarks, type Hundredths, type WeightEntry, type LevelWeight, type IndicatorWeight, type WeightSet, type WeightKey } from './weights';
export { validateWeights } from './weights-validation';
export { validateSelfEvaluation, scoreProject } from './validate';
export { gradeOf } from './project-score';
export { executionRate } from './execution';
export { higherIsBetter, lowerIsBetter, equalsTarget, withinRange, isOverAchieved, type LowerIsBetterFormula } from './formulas';
export { roundScore } from './score-value';
export { summarizeUnit, rankUnits, type BudgetedScore, type UnitScore, type RankedUnit } from './summary';
export { notSplit, mapAmountsBySource, type AmountsBySource, type FundSource } from './sources';
export { selfEvaluationFindingCodes, type SelfEvaluationFindingCode } from './findings';
export { explanationProblem } from '../explanation';
export * from './types';
