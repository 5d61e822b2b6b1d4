/**
 * The spending light: r = (spent ÷ budget) ÷ scheduled share at the cut-off (schedule.ts), banded by the
 * pack (bands.ts). Amounts are exact fen; the ratio is compared exactly.
 */
import { formatAmount, zeroFen, type Fen } from '../money';
import type { Project } from '../model';
import type { RulePack } from '../review/rule-pack';
import { divide, isZero, multiply, rational, toFixedText, toNumber, type Rational } from '../rational';
import { executionRate } from '../self-evaluation/execution';
import { judgeRatio } from './bands';
import { chineseDate, cutOffDate } from './calendar';
import { scheduledShare } from './schedule';
import { lightLabels, type Light, type SpendingInputs } from './types';

const percentText = (share: Rational): string => toFixedText(multiply(share, rational(100)), 2);

/**
 * 执行率 as a percent with two decimals, half-up ("35.00"): spent ÷ budget exactly, a negative amount spent
 * counting as 0 (executionRate); null when the budget is 0.
 */
export function executionPercent(spent: Fen, budget: Fen): string | null {
  const rate = executionRate(budget, spent);
  return rate && percentText(rate);
}

/**
 * The spending light of `project` at `cutOff` (ISO date) given the amount spent to date (null: not
 * reported). Not lit ("none") when not reported, when the budget is 0, or when the plan asks for no
 * spending yet and none was made; green when it asks for none but some was made.
 */
export function spendingLight(project: Project, spent: Fen | null, cutOff: string, monitoring: RulePack['monitoring']): Light<SpendingInputs> {
  const date = cutOffDate(cutOff);
  const schedule = scheduledShare(project.spendingPlan, date);
  const budget = project.budget.total;
  const execution = executionRate(budget, spent ?? zeroFen);
  const inputs: SpendingInputs = {
    budget,
    spent: spent ?? zeroFen,
    cutOff,
    executionPercent: execution && percentText(execution),
    scheduledPercent: percentText(schedule.share),
    schedule: schedule.source,
    scheduleWorking: schedule.working,
  };
  const none = (explanation: string): Light<SpendingInputs> => ({ color: 'none', ratio: null, explanation: `${explanation} → ${lightLabels.none}`, inputs });
  if (spent === null) return none(`截至${chineseDate(date)}未填报执行数`);
  if (!execution) return none('预算数为0，不计算支出进度');
  const executed = `执行率 ${inputs.executionPercent}%（已支出${formatAmount(spent, '万元')}万元 ÷ 预算${formatAmount(budget, '万元')}万元）`;
  const scheduled = `序时进度 ${inputs.scheduledPercent}%（${schedule.working}）`;
  if (isZero(schedule.share)) {
    if (isZero(execution)) return none(`${executed}，${scheduled}，计划尚未要求支出`);
    return { color: 'green', ratio: null, explanation: `${executed}，${scheduled}，计划尚未要求支出而已开始支出 → ${lightLabels.green}`, inputs };
  }
  const ratio = divide(execution, schedule.share);
  const judged = judgeRatio(ratio, monitoring);
  return { color: judged.color, ratio: toNumber(ratio), explanation: `${executed}，${scheduled}，${judged.comparison}`, inputs };
}
