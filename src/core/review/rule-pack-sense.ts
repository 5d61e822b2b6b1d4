/**
 * The cross-field sense of a pack that a schema cannot say: names unique, weights adding up to 100,
 * bands descending, thresholds in order, each spelling of a unit meaning one unit.
 */
import type { Finding } from '../finding';
import { packFinding } from './pack-findings';
import type { RulePack } from './rule-pack';

function duplicatesIn(names: readonly string[]): string[] {
  return [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
}

function checkFramework(pack: RulePack): Finding[] {
  const level1 = pack.framework.level1;
  const level2 = level1.flatMap((entry) => entry.level2.map((child) => child.name));
  return [
    ...duplicatesIn(level1.map((entry) => entry.name)).map((name) => packFinding('rule-pack.inconsistent', ['framework', 'level1'], `一级指标“${name}”出现了不止一次。`)),
    ...duplicatesIn(level2).map((name) => packFinding('rule-pack.inconsistent', ['framework', 'level1'], `二级指标“${name}”出现了不止一次；二级指标名称在整个指标体系中应唯一。`)),
  ];
}

function checkWeights(pack: RulePack): Finding[] {
  const names = new Set(pack.framework.level1.map((entry) => entry.name));
  const unknown = Object.keys(pack.weights.level1).filter((name) => !names.has(name));
  const total = Object.values(pack.weights.level1).reduce((sum, weight) => sum + weight, 0) + pack.weights.execution;
  return [
    ...unknown.map((name) => packFinding('rule-pack.inconsistent', ['weights', 'level1', name], `“${name}”不是指标体系中的一级指标。`)),
    ...(Math.abs(total - 100) > 1e-9 ? [packFinding('rule-pack.inconsistent', ['weights'], `各一级指标权重与预算执行权重之和为${total}，应为100。`)] : []),
  ];
}

function checkBands(pack: RulePack): Finding[] {
  const findings: Finding[] = [];
  pack.gradeBands.forEach((band, index) => {
    const previous = pack.gradeBands[index - 1];
    if (previous && band.min >= previous.min) findings.push(packFinding('rule-pack.inconsistent', ['gradeBands', index, 'min'], `等级应从高到低排列，“${band.grade}”的下限${band.min}不低于“${previous.grade}”的${previous.min}。`));
  });
  const last = pack.gradeBands[pack.gradeBands.length - 1];
  if (last && last.min !== 0) findings.push(packFinding('rule-pack.inconsistent', ['gradeBands', pack.gradeBands.length - 1, 'min'], `最低等级“${last.grade}”的下限应为0。`));
  return findings;
}

function checkThresholds(pack: RulePack): Finding[] {
  const { qualitativeBands } = pack.scoring;
  const { redBelowPercent, yellowBelowPercent } = pack.monitoring;
  return [
    ...(qualitativeBands.partial >= qualitativeBands.achieved ? [packFinding('rule-pack.inconsistent', ['scoring', 'qualitativeBands'], '“部分达成”的下限应低于“达成”的下限。')] : []),
    ...(redBelowPercent > yellowBelowPercent ? [packFinding('rule-pack.inconsistent', ['monitoring'], '红灯阈值不能高于黄灯阈值。')] : []),
    ...(pack.years.to !== null && pack.years.to < pack.years.from ? [packFinding('rule-pack.inconsistent', ['years'], `适用年度的终止年${pack.years.to}早于起始年${pack.years.from}。`)] : []),
  ];
}

function checkUnits(pack: RulePack): Finding[] {
  const spellings = pack.measureUnits.flatMap((unit) => [unit.unit, ...unit.aliases, ...unit.typos]);
  return [
    ...duplicatesIn(spellings).map((spelling) => packFinding('rule-pack.inconsistent', ['measureUnits'], `写法“${spelling}”被用于不止一个计量单位。`)),
    ...pack.measureUnits.flatMap((unit, index) =>
      unit.kind === 'money' && (unit.fen === undefined || !/^10*$/.test(String(unit.fen)))
        ? [packFinding('rule-pack.inconsistent', ['measureUnits', index, 'fen'], `货币单位“${unit.unit}”应写明折合多少分（10的整数次幂，如万元为1000000）。`)]
        : [],
    ),
  ];
}

/** Findings (errors) for data that parses but does not make sense together. */
export function checkPackSense(pack: RulePack): Finding[] {
  return [...checkFramework(pack), ...checkWeights(pack), ...checkBands(pack), ...checkThresholds(pack), ...checkUnits(pack)];
}
