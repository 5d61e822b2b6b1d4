/**
 * Indicator lights (domain.md §4; thresholds from the rule pack):
 * - quantitative, more is better (≥ >, and = or a range with a positive target): r = progress ÷ (target ×
 *   m/12), banded like spending; progress ≥ over-achievement % of the (upper) target is blue, to be
 *   explained. "= 0" (nothing may happen, e.g. 0 accidents): 0 green, anything else red.
 * - quantitative, less is better (≤ <, cost caps): a cap is spent as the year goes, and early spending is
 *   normal, so being under the pro-rata cap target × m/12 is green, over it but within the year's cap is
 *   yellow (ahead of the pace: watch), over the year's cap is red.
 * - deadlines: achieved green; past the deadline and not achieved red; before it, the unit's own
 *   likelihood decides (确定能 green, 有可能 yellow, 完全不可能 red; none given: not lit).
 * - qualitative: 达成 green, 部分达成 yellow, 未达成 red.
 * A missing, unreadable or wrong-kind value is not lit ("none"); validation reports it.
 */
import type { Indicator } from '../model';
import type { RulePack } from '../review/rule-pack';
import type { CalendarDate } from '../iso-date';
import { compare, divide, fromNumber, isNegative, multiply, parseDecimal, rational, toFixedText, toNumber, toShortText, zero, type Rational } from '../rational';
import type { DeadlineTarget, QuantitativeTarget } from '../target/target';
import { judgeRatio } from './bands';
import { chineseDate, cutOffDate, elapsedShare, elapsedShareText } from './calendar';
import { likelihoodLabels, lightLabels, progressStatusLabels, type IndicatorInputs, type IndicatorReport, type IndicatorRule, type Light, type LightColor, type ProgressStatus } from './types';

type IndicatorLight = Light<IndicatorInputs>;

const quantity = (value: Rational, unit: string): string => `${toShortText(value, 4)}${unit}`;

function light(color: LightColor, reason: string, inputs: IndicatorInputs, ratio: Rational | null = null): IndicatorLight {
  return { color, ratio: ratio && toNumber(ratio), explanation: `${reason} → ${lightLabels[color]}`, inputs };
}

function higher(target: QuantitativeTarget, progress: Rational, date: CalendarDate, monitoring: RulePack['monitoring'], inputs: IndicatorInputs): IndicatorLight {
  const goal = parseDecimal(target.valueText) ?? fromNumber(target.value);
  const top = target.comparator === '~' && target.upper !== null ? fromNumber(target.upper) : goal;
  const unit = target.measureUnit;
  const over = multiply(top, divide(fromNumber(monitoring.overAchievementPercent), rational(100)));
  const done = `完成值 ${quantity(progress, unit)}`;
  if (compare(goal, zero) <= 0) return light('green', `${done}，指标值${target.raw}已达到`, inputs);
  if (compare(progress, over) >= 0) return light('blue', `${done} ≥ 指标值${quantity(top, unit)}的${toShortText(fromNumber(monitoring.overAchievementPercent), 2)}%（${quantity(over, unit)}），超额完成，请说明原因`, inputs, divide(progress, top));
  const due = multiply(goal, elapsedShare(date));
  const ratio = divide(progress, due);
  const judged = judgeRatio(ratio, monitoring);
  return { color: judged.color, ratio: toNumber(ratio), explanation: `${done}，序时目标 ${quantity(goal, unit)} × ${elapsedShareText(date)} = ${quantity(due, unit)}，${judged.comparison}`, inputs };
}

function lower(target: QuantitativeTarget, progress: Rational, date: CalendarDate, inputs: IndicatorInputs): IndicatorLight {
  const cap = parseDecimal(target.valueText) ?? fromNumber(target.value);
  const unit = target.measureUnit;
  const done = `完成值 ${quantity(progress, unit)}`;
  if (compare(progress, cap) > 0) return light('red', `${done} 已超过全年上限 ${quantity(cap, unit)}`, inputs);
  const due = multiply(cap, elapsedShare(date));
  const ratio = compare(due, zero) > 0 ? divide(progress, due) : null;
  const paced = `序时上限 ${quantity(cap, unit)} × ${elapsedShareText(date)} = ${quantity(due, unit)}`;
  if (compare(progress, due) > 0) return light('yellow', `${done} 超过${paced}，未超过全年上限`, inputs, ratio);
  return light('green', `${done} 未超过${paced}`, inputs, ratio);
}

function zeroTarget(target: QuantitativeTarget, progress: Rational, inputs: IndicatorInputs): IndicatorLight {
  const done = `完成值 ${quantity(progress, target.measureUnit)}`;
  return compare(progress, zero) <= 0 ? light('green', `指标值为0，${done}`, inputs) : light('red', `指标值为0，${done} > 0`, inputs);
}

function quantitative(target: QuantitativeTarget, report: IndicatorReport, date: CalendarDate, monitoring: RulePack['monitoring'], inputs: IndicatorInputs): IndicatorLight {
  const progress = report.progress?.kind === 'number' ? parseDecimal(report.progress.value) : null;
  if (progress === null || isNegative(progress)) return light('none', '执行情况应填不小于0的数值', { ...inputs, rule: 'not-judged' });
  const shown = { ...inputs, progress: quantity(progress, target.measureUnit) };
  if (target.direction === 'lower') return lower(target, progress, date, { ...shown, rule: 'lower' });
  const isZeroTarget = target.comparator === '=' && compare(parseDecimal(target.valueText) ?? fromNumber(target.value), zero) === 0;
  if (isZeroTarget) return zeroTarget(target, progress, { ...shown, rule: 'zero' });
  return higher(target, progress, date, monitoring, { ...shown, rule: target.comparator === '~' ? 'range' : 'higher' });
}

function deadline(target: DeadlineTarget, status: ProgressStatus, report: IndicatorReport, cutOff: string, date: CalendarDate, inputs: IndicatorInputs): IndicatorLight {
  const state = `执行情况：${progressStatusLabels[status]}`;
  if (status === 'achieved') return light('green', state, inputs);
  if (cutOff > target.date) return light('red', `已过完成时限${target.date}，${state}`, inputs);
  const before = `${chineseDate(date)}未到完成时限${target.date}，${state}`;
  if (report.likelihood === null) return light('none', `${before}，未填写完成目标可能性`, inputs);
  const color = ({ certain: 'green', possible: 'yellow', impossible: 'red' } as const)[report.likelihood];
  return light(color, `${before}，完成目标可能性：${likelihoodLabels[report.likelihood]}`, inputs);
}

const qualitativeColors: Readonly<Record<ProgressStatus, LightColor>> = { achieved: 'green', partial: 'yellow', 'not-achieved': 'red' };

/**
 * The light of the indicator at `position` (1-based) of a project, from its report row (undefined: not
 * reported) at `cutOff` (ISO date). See the module comment for the rules.
 */
export function indicatorLight(indicator: Indicator, position: number, report: IndicatorReport | undefined, cutOff: string, monitoring: RulePack['monitoring']): IndicatorLight {
  const date = cutOffDate(cutOff);
  const target = indicator.target;
  const rule: IndicatorRule = target.kind === 'quantitative' ? 'higher' : target.kind;
  const inputs: IndicatorInputs = { indicator: position, target: target.raw, progress: null, elapsedPercent: toFixedText(multiply(elapsedShare(date), rational(100)), 2), rule };
  if (!report?.progress) return light('none', `截至${chineseDate(date)}未填报执行情况`, { ...inputs, rule: 'not-judged' });
  if (target.kind === 'quantitative') return quantitative(target, report, date, monitoring, inputs);
  if (report.progress.kind !== 'status') return light('none', '执行情况应填“达成”“部分达成”或“未达成”', { ...inputs, rule: 'not-judged' });
  const status = report.progress.status;
  const shown = { ...inputs, progress: progressStatusLabels[status] };
  if (target.kind === 'deadline') return deadline(target, status, report, cutOff, date, shown);
  return light(qualitativeColors[status], `执行情况：${progressStatusLabels[status]}`, shown);
}
