/**
 * Target values (values.*): placeholders, numbers without or with unknown units, quantity indicators
 * without a number, deadlines outside the year, and comparators that contradict what is measured.
 */
import type { QuantitativeTarget } from '../../target/target';
import { isCost, type IndicatorEntry, type ReviewContext } from '../context';
import { defineRule, noSettings, noFindings, type RuleFinding } from '../rule';
import { formatQuantity, indicatorLabel, indicatorLocation, quote } from '../wording';

interface Quantified {
  entry: IndicatorEntry;
  target: QuantitativeTarget;
}

function collectQuantitative(context: ReviewContext): Quantified[] {
  const found: Quantified[] = [];
  for (const entry of context.indicators) if (entry.indicator.target.kind === 'quantitative') found.push({ entry, target: entry.indicator.target });
  return found;
}

/** The quantitative indicators, with their target narrowed; collected once per review. */
function quantitative(context: ReviewContext): readonly Quantified[] {
  return context.derive(collectQuantitative);
}

export const placeholderTarget = defineRule({
  id: 'values.placeholder',
  family: 'values',
  title: '指标值只是占位符',
  explanation: '“*”“-”“—”“/”“无”之类的占位符不是目标值，年底无法据此判断是否完成，评分时只能按未设目标处理。',
  defaultSeverity: 'error',
  settings: noSettings,
  check(context) {
    return context.indicators
      .filter((entry) => context.cells.isPlaceholder(entry.indicator.target.raw))
      .map((entry) => ({
        location: indicatorLocation(entry, 'target'),
        message: `${indicatorLabel(entry)}的指标值是占位符${quote(entry.indicator.target.raw)}，不是目标值。`,
        suggestion: '填写可考核的目标值：数值和计量单位（如“≥95%”“20个”），或完成时限，或规则包认可的定性等级。',
      }));
  },
});

export const missingUnit = defineRule({
  id: 'values.missing-unit',
  family: 'values',
  title: '数值没有计量单位',
  explanation: '没有计量单位的数字可以有多种理解（个、人、万元还是百分比），自评时无法与实际完成值比较。',
  defaultSeverity: 'warning',
  settings: noSettings,
  check(context) {
    return quantitative(context)
      .filter(({ target }) => target.measureUnit === '')
      .map(({ entry, target }) => ({
        location: indicatorLocation(entry, 'target'),
        message: `${indicatorLabel(entry)}的指标值${quote(target.raw)}只有数字，没有计量单位。`,
        suggestion: `在数字后写明计量单位，如“${target.valueText}个”“${target.valueText}%”或“${target.valueText}万元”。`,
      }));
  },
});

export const unknownUnit = defineRule({
  id: 'values.unknown-unit',
  family: 'values',
  title: '计量单位不规范',
  explanation: '计量单位要用规范写法，汇总、比较和评分才能识别；错别字（如“百分百”）或生造的单位会让同一类指标无法统计。',
  defaultSeverity: 'warning',
  settings: noSettings,
  check(context) {
    return quantitative(context).flatMap(({ entry, target }): readonly RuleFinding[] => {
      if (target.measureUnit === '') return noFindings;
      const known = context.units.lookup(target.measureUnit);
      if (known && known.spelling !== 'typo') return noFindings;
      const location = indicatorLocation(entry, 'target');
      const head = `${indicatorLabel(entry)}的指标值${quote(target.raw)}中，计量单位${quote(target.measureUnit)}`;
      if (!known) {
        return [{ location, message: `${head}不是“${context.pack.name}”认可的计量单位。`, suggestion: '改用规范的计量单位（如个、人、次、%、万元），确有需要的新单位请管理员加入规则包。' }];
      }
      const spellings = context.units.spellingsOf(known.canonical).slice(0, 2).map((spelling) => `“${spelling}”`).join('或');
      const fixed = target.raw.replace(target.measureUnit, known.canonical);
      return [{ location, message: `${head}不是规范单位，应为${spellings}。`, suggestion: `改为${quote(fixed)}。` }];
    });
  },
});

export const quantityNotQuantitative = defineRule({
  id: 'values.quantity-not-quantitative',
  family: 'values',
  title: '数量指标没有数值',
  explanation: '数量指标衡量提供了多少产品或服务，目标值必须是数字加计量单位；写成文字，年底无法判断是否完成。',
  defaultSeverity: 'error',
  settings: noSettings,
  check(context) {
    return context.indicators
      .filter((entry) => entry.roles.level2 === 'quantity' && entry.indicator.target.kind !== 'quantitative')
      .filter((entry) => !context.cells.isBlank(entry.indicator.target.raw))
      .map((entry) => ({
        location: indicatorLocation(entry, 'target'),
        message: `数量指标${quote(entry.indicator.name)}的指标值${quote(entry.indicator.target.raw)}不是数值。`,
        suggestion: '写成数字加计量单位，如“≥500册”“418个”。',
      }));
  },
});

export const deadlineOutsideYear = defineRule({
  id: 'values.deadline-outside-year',
  family: 'values',
  title: '完成时限不在预算年度内',
  explanation: '年度绩效目标考核的是本预算年度的完成情况；时限落在年度之外，年底自评时无从判断，或说明资金安排与任务不同步。',
  defaultSeverity: 'error',
  settings: noSettings,
  check(context) {
    const year = context.unitYear.year;
    return context.indicators.flatMap((entry): readonly RuleFinding[] => {
      const target = entry.indicator.target;
      if (target.kind !== 'deadline' || Number(target.date.slice(0, 4)) === year) return noFindings;
      return [{
        location: indicatorLocation(entry, 'target'),
        message: `${indicatorLabel(entry)}的完成时限${quote(target.raw)}（${target.date}）不在${year}年度内。`,
        suggestion: `把时限定在${year}年内，如“${year}年12月31日前完成”；跨年度的任务只写本年度应完成的部分。`,
      }];
    });
  },
});

const moneyKind = 'money';

export const costDirection = defineRule({
  id: 'values.cost-direction',
  family: 'values',
  title: '成本指标没有写成上限',
  explanation: '成本指标是“越低越好”的反向指标，目标值是不超过的上限（≤）；只写金额，自评时会被当作必须正好花到的数，节约反而扣分。',
  defaultSeverity: 'warning',
  settings: noSettings,
  check(context) {
    return quantitative(context)
      .filter(({ entry, target }) => isCost(entry) && context.units.lookup(target.measureUnit)?.kind === moneyKind)
      .filter(({ target }) => target.comparator !== '≤' && target.comparator !== '<')
      .map(({ entry, target }) => ({
        location: indicatorLocation(entry, 'target'),
        message: `成本指标${quote(entry.indicator.name)}的指标值${quote(target.raw)}没有写成上限。`,
        suggestion: `改为${quote(formatQuantity('≤', target.valueText, target.measureUnit))}。`,
      }));
  },
});

const increaseWords = /增加|提高|提升|增长|扩大|增强/;
// A rate of change (增长率) or a share is measured by its own direction, whatever verb names it.
const rateWords = /率|比例|比重|幅度|占比/;
// Durations and sizes fall as things improve (提高审批效率: ≤5个工作日); only amounts and counts are checked.
const amountKinds: ReadonlySet<string> = new Set(['count', 'occurrence', 'money', 'percent']);

export const directionConflict = defineRule({
  id: 'values.direction-conflict',
  family: 'values',
  title: '要增加的指标写成了上限',
  explanation: '名称说“增加、提高”的数量、金额或比例，目标应是下限（≥）；写成上限（≤），评分时完成得越多得分反而不增加，多半是把指标性质写反了。',
  defaultSeverity: 'warning',
  settings: noSettings,
  check(context) {
    return quantitative(context)
      .filter(({ entry, target }) => !isCost(entry) && target.direction === 'lower' && increaseWords.test(entry.indicator.name) && !rateWords.test(entry.indicator.name))
      .filter(({ target }) => amountKinds.has(context.units.lookup(target.measureUnit)?.kind ?? ''))
      .map(({ entry, target }) => ({
        location: indicatorLocation(entry, 'target'),
        message: `${indicatorLabel(entry)}要增加，指标值${quote(target.raw)}却是上限。`,
        suggestion: `若要至少达到该数，改为${quote(formatQuantity('≥', target.valueText, target.measureUnit))}；若确实是上限，修改指标名称。`,
      }));
  },
});

const shareWords = /率|比例|比重|占|覆盖/;
const growthWords = /增长|增幅|提高|提升|超额|增加|完成/;

export const rateOver100 = defineRule({
  id: 'values.rate-over-100',
  family: 'values',
  title: '比例超过100%',
  explanation: '部分占全体的比例（完成率、覆盖率、合格率、满意度）最多是100%，超过100%的目标不可能达到，多半是笔误。',
  defaultSeverity: 'error',
  settings: noSettings,
  check(context) {
    return quantitative(context)
      .filter(({ target }) => target.measureUnit === '%' && Math.max(target.value, target.upper ?? 0) > 100)
      .filter(({ entry }) => isShare(entry))
      .map(({ entry, target }) => ({
        location: indicatorLocation(entry, 'target'),
        message: `${indicatorLabel(entry)}是部分占全体的比例，指标值${quote(target.raw)}却超过了100%。`,
        suggestion: '核对数字，比例不超过100%（如“≥95%”“100%”）。',
      }));
  },
});

function isShare(entry: IndicatorEntry): boolean {
  const text = `${entry.indicator.name}${entry.indicator.description}`;
  return (shareWords.test(text) || entry.roles.level1 === 'satisfaction') && !growthWords.test(text);
}

const countName = /(数量|人数|个数|次数|户数|村数|家数|台数|期数|场次|名额)$/;
const rateName = /(率|比例|比重|占比)$/;

export const nameUnitMismatch = defineRule({
  id: 'values.name-unit-mismatch',
  family: 'values',
  title: '指标名称与计量单位不符',
  explanation: '名称是“人数、数量”的指标应以个数为目标，名称是“率、比例”的应以百分比为目标；两者不符，完成值无法与目标比较，也看不出到底考核什么。',
  defaultSeverity: 'warning',
  settings: noSettings,
  check(context) {
    return quantitative(context).flatMap(({ entry, target }): readonly RuleFinding[] => {
      const name = entry.indicator.name.trim();
      const kind = context.units.lookup(target.measureUnit)?.kind;
      const counted = countName.test(name) && kind === 'percent';
      const rated = rateName.test(name) && (kind === 'count' || kind === 'occurrence');
      if (!counted && !rated) return noFindings;
      return [{
        location: indicatorLocation(entry, 'target'),
        message: counted
          ? `${indicatorLabel(entry)}的名称是${countName.exec(name)?.[1] ?? '数量'}，指标值${quote(target.raw)}却是百分比。`
          : `${indicatorLabel(entry)}的名称是比率，指标值${quote(target.raw)}却是个数。`,
        suggestion: counted
          ? '若考核的是人数或个数，指标值写具体数量（如“≥120人”）；若考核的是比例，把名称改为“……覆盖率”或“……比例”。'
          : '若考核的是比例，指标值写百分比；若考核的是个数，把名称改为“……数量”。',
      }];
    });
  },
});
