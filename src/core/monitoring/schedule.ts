/**
 * 序时进度: the share of the year's budget a project planned to have spent by the cut-off. Its own
 * cumulative spending plan is interpolated linearly, day by day, between the committed checkpoints,
 * starting from 0 % on 1 January; a blank checkpoint is no commitment and is skipped; when December is
 * blank the year ends at 100 %. A plan that commits nothing usable (no checkpoint, a percent outside
 * 0–100, or a decreasing plan) falls back to m/12 (calendar.ts).
 */
import type { SpendingCheckpoint } from '../model';
import type { CalendarDate } from '../iso-date';
import { add, compare, divide, fromNumber, multiply, one, rational, subtract, toShortText, zero, type Rational } from '../rational';
import { dayOfYear, daysInYear, elapsedShare, elapsedShareText, endOfMonth } from './calendar';
import type { ScheduleSource } from './types';

export interface ScheduledShare {
  /** 0–1, exact. */
  share: Rational;
  source: ScheduleSource;
  /** How it was found, in Chinese, e.g. "7月31日在6月底（50%）与10月底（75%）之间按日插值". */
  working: string;
}

interface Point {
  day: number;
  share: Rational;
  label: string;
}

/** The committed checkpoints as points, or why the plan cannot be used. */
function planPoints(plan: readonly SpendingCheckpoint[], year: number): Point[] | string {
  const committed = plan.filter((checkpoint) => checkpoint.percent !== null && Number.isInteger(checkpoint.month) && checkpoint.month >= 1 && checkpoint.month <= 12);
  if (committed.length === 0) return '资金支出计划没有填写任何节点';
  const outside = committed.find((checkpoint) => (checkpoint.percent ?? 0) < 0 || (checkpoint.percent ?? 0) > 100 || !Number.isFinite(checkpoint.percent));
  if (outside) return `资金支出计划“${outside.checkpoint}”的${outside.raw}不在0%—100%之间`;
  const sorted = [...committed].sort((a, b) => a.month - b.month);
  const points = sorted.map((checkpoint) => ({ day: endOfMonth(year, checkpoint.month), share: divide(fromNumber(checkpoint.percent ?? 0), rational(100)), label: `${checkpoint.month}月底（${toShortText(fromNumber(checkpoint.percent ?? 0), 2)}%）` }));
  const falling = points.findIndex((point, index) => index > 0 && compare(point.share, points[index - 1]?.share ?? zero) < 0);
  if (falling !== -1) return `资金支出计划的累计比例在${points[falling]?.label}下降`;
  const last = sorted[sorted.length - 1];
  const yearEnd = last?.month === 12 ? [] : [{ day: daysInYear(year), share: one, label: '12月底（计划未填，按100%）' }];
  return [{ day: 0, share: zero, label: '1月1日（0%）' }, ...points, ...yearEnd];
}

function interpolate(points: readonly Point[], day: number, when: string): ScheduledShare {
  const nextIndex = points.findIndex((point) => point.day >= day);
  const next = points[nextIndex];
  const previous = points[nextIndex - 1];
  // The points run from day 0 to the year's last day, and a cut-off is a day of the year: always inside.
  if (!next || !previous) throw new Error(`day ${day} outside the spending plan`);
  const fraction = rational(day - previous.day, next.day - previous.day);
  const share = add(previous.share, multiply(subtract(next.share, previous.share), fraction));
  return { share, source: 'plan', working: `${when}在${previous.label}与${next.label}之间按日插值` };
}

/** The scheduled share at the end of `cutOff` by `plan` (see the module comment). */
export function scheduledShare(plan: readonly SpendingCheckpoint[], cutOff: CalendarDate): ScheduledShare {
  const when = `${cutOff.month}月${cutOff.day}日`;
  const points = planPoints(plan, cutOff.year);
  if (typeof points === 'string') {
    return { share: elapsedShare(cutOff), source: 'months', working: `${points}，序时进度按时间计算：${elapsedShareText(cutOff)}` };
  }
  return interpolate(points, dayOfYear(cutOff), when);
}
