/**
 * Whether a weight set can be scored against: every weight a whole number of hundredths in 0–100, every
 * indicator weighted once under the level it belongs to, each level adding up (level 3 → level 2 →
 * level 1), the whole adding up to exactly 100.00, and every weight changed from the default carrying a
 * reason.
 */
import type { Finding, Location } from '../finding';
import type { Project } from '../model';
import type { RulePack } from '../review/rule-pack';
import { explanationProblem } from '../explanation';
import { indicatorAt, projectAt, selfEvaluationFinding } from './findings';
import { defaultWeights, formatHundredths, fullMarks, isWeight, weightGroupOf, type LevelWeight, type WeightEntry, type WeightSet } from './weights';

const levelName = (level1: string, level2: string | null): string => (level2 === null ? `“${level1}”` : `“${level1}·${level2}”`);
const sumOf = (entries: readonly WeightEntry[]): number => entries.reduce((sum, entry) => sum + entry.weight, 0);

function levelAt(project: Project, weights: WeightSet, entry: LevelWeight): Location {
  return projectAt(project.code, `weights.levels[${weights.levels.indexOf(entry)}]`, '分值');
}

function checkValues(project: Project, weights: WeightSet): Finding[] {
  const invalid = (location: Location, label: string, weight: number) =>
    selfEvaluationFinding('self-evaluation.weights-invalid', location, `${label}的分值${weight / 100}不是0到100之间、最多两位小数的数。`, '分值填0到100之间的数，最多两位小数。');
  return [
    ...(isWeight(weights.execution.weight) ? [] : [invalid(projectAt(project.code, 'weights.execution', '分值'), '预算执行', weights.execution.weight)]),
    ...weights.levels.filter((entry) => !isWeight(entry.weight)).map((entry) => invalid(levelAt(project, weights, entry), levelName(entry.level1, entry.level2), entry.weight)),
    ...weights.indicators.filter((entry) => !isWeight(entry.weight)).map((entry) => invalid(indicatorAt(project.code, entry.indicator, 'weights', '分值'), `第${entry.indicator}个指标`, entry.weight)),
  ];
}

function checkCoverage(project: Project, weights: WeightSet, pack: RulePack): Finding[] {
  const findings: Finding[] = [];
  const mismatch = (indicator: number, message: string) =>
    findings.push(selfEvaluationFinding('self-evaluation.weights-mismatch', indicatorAt(project.code, indicator, 'weights', '分值'), message, '请按项目的指标重新生成分值表。'));
  project.indicators.forEach((indicator, index) => {
    const rows = weights.indicators.filter((entry) => entry.indicator === index + 1);
    const [row] = rows;
    if (rows.length !== 1) {
      mismatch(index + 1, `指标“${indicator.name}”在分值表中出现${rows.length}次，应恰好出现1次。`);
      return;
    }
    const level1 = weightGroupOf(indicator, pack) ?? indicator.level1;
    if (row && (row.level1 !== level1 || row.level2 !== indicator.level2)) {
      mismatch(index + 1, `分值表把指标“${indicator.name}”记在${levelName(row.level1, row.level2)}下，该指标属于${levelName(level1, indicator.level2)}。`);
    }
  });
  for (const entry of weights.indicators) {
    if (entry.indicator < 1 || entry.indicator > project.indicators.length) mismatch(entry.indicator, `分值表中的第${entry.indicator}个指标在项目“${project.name}”中不存在（共${project.indicators.length}个指标）。`);
  }
  return findings;
}

function levelSumFinding(project: Project, weights: WeightSet, node: LevelWeight | undefined, label: string, childLabel: string, sum: number): Finding[] {
  if (!node) {
    const message = `分值表缺少${label}的分值，其下${childLabel}分值之和为${formatHundredths(sum)}。`;
    return [selfEvaluationFinding('self-evaluation.weights-level-sum', projectAt(project.code, 'weights.levels', '分值'), message, `补上${label}的分值。`)];
  }
  if (node.weight === sum) return [];
  const message = `${label}下各${childLabel}分值之和为${formatHundredths(sum)}，与${label}的分值${formatHundredths(node.weight)}不一致。`;
  return [selfEvaluationFinding('self-evaluation.weights-level-sum', levelAt(project, weights, node), message, `调整分值，使${childLabel}分值之和等于${label}的分值。`)];
}

function checkLevelSums(project: Project, weights: WeightSet): Finding[] {
  const level2Keys = new Map<string, [string, string]>();
  for (const { level1, level2 } of [...weights.levels, ...weights.indicators]) if (level2 !== null) level2Keys.set(JSON.stringify([level1, level2]), [level1, level2]);
  const level1Names = new Set([...weights.levels.map((entry) => entry.level1), ...weights.indicators.map((entry) => entry.level1)]);
  const nodeOf = (level1: string, level2: string | null) => weights.levels.find((entry) => entry.level1 === level1 && entry.level2 === level2);
  const duplicates = weights.levels.filter((entry, index) => weights.levels.findIndex((other) => other.level1 === entry.level1 && other.level2 === entry.level2) !== index);
  return [
    ...duplicates.map((entry) => selfEvaluationFinding('self-evaluation.weights-mismatch', levelAt(project, weights, entry), `分值表中${levelName(entry.level1, entry.level2)}出现了不止一次。`, '删去重复的一行。')),
    ...[...level2Keys.values()].flatMap(([level1, level2]) => {
      const children = weights.indicators.filter((entry) => entry.level1 === level1 && entry.level2 === level2);
      return levelSumFinding(project, weights, nodeOf(level1, level2), `二级指标${levelName(level1, level2)}`, '三级指标', sumOf(children));
    }),
    ...[...level1Names].flatMap((level1) => {
      const children = weights.levels.filter((entry) => entry.level1 === level1 && entry.level2 !== null);
      return levelSumFinding(project, weights, nodeOf(level1, null), `一级指标${levelName(level1, null)}`, '二级指标', sumOf(children));
    }),
  ];
}

function checkTotal(project: Project, weights: WeightSet): Finding[] {
  const level1 = weights.levels.filter((entry) => entry.level2 === null);
  const total = sumOf(level1) + weights.execution.weight;
  if (total === fullMarks) return [];
  const parts = level1.map((entry) => `${entry.level1}${formatHundredths(entry.weight)}`).join('、');
  const message = `各一级指标分值（${parts || '无'}）与预算执行分值${formatHundredths(weights.execution.weight)}之和为${formatHundredths(total)}，应为100.00。`;
  return [selfEvaluationFinding('self-evaluation.weights-total', projectAt(project.code, 'weights', '分值'), message, '调整一级指标或预算执行的分值，使总分为100分。')];
}

function checkReasons(project: Project, weights: WeightSet, pack: RulePack): Finding[] {
  const defaults = defaultWeights(project, pack).value;
  const needsReason = (entry: WeightEntry, original: WeightEntry | undefined) => entry.weight !== original?.weight && explanationProblem(entry.reason ?? '') !== null;
  const finding = (location: Location, label: string, entry: WeightEntry, original: WeightEntry | undefined) => {
    const was = original ? `由默认的${formatHundredths(original.weight)}改为${formatHundredths(entry.weight)}` : `设为${formatHundredths(entry.weight)}（不是默认分值）`;
    return selfEvaluationFinding('self-evaluation.weights-reason', location, `${label}的分值${was}，没有说明调整理由。`, '写明调整分值的理由，如该指标在本项目中的重要程度。');
  };
  const findings: Finding[] = [];
  if (needsReason(weights.execution, defaults.execution)) findings.push(finding(projectAt(project.code, 'weights.execution', '分值'), '预算执行', weights.execution, defaults.execution));
  for (const entry of weights.levels) {
    const original = defaults.levels.find((other) => other.level1 === entry.level1 && other.level2 === entry.level2);
    if (needsReason(entry, original)) findings.push(finding(levelAt(project, weights, entry), levelName(entry.level1, entry.level2), entry, original));
  }
  for (const entry of weights.indicators) {
    const original = defaults.indicators.find((other) => other.indicator === entry.indicator);
    const name = project.indicators[entry.indicator - 1]?.name ?? `第${entry.indicator}个指标`;
    if (needsReason(entry, original)) findings.push(finding(indicatorAt(project.code, entry.indicator, 'weights', '分值'), `指标“${name}”`, entry, original));
  }
  return findings;
}

/**
 * Findings (errors, located at the weight concerned) for a weight set that cannot be scored against
 * `project`: see the module comment. Empty when the set is consistent.
 */
export function validateWeights(project: Project, weights: WeightSet, pack: RulePack): Finding[] {
  return [...checkValues(project, weights), ...checkCoverage(project, weights, pack), ...checkLevelSums(project, weights), ...checkTotal(project, weights), ...checkReasons(project, weights, pack)];
}
