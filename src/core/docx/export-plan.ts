/**
 * Part 1 (第一部分 部门整体绩效目标) as Word paragraphs: 一、总体绩效目标 with its text; 二、分项绩效目标
 * with each sub-goal's numbered title and its 绩效目标：/绩效指标： paragraphs; 三、工作保障措施 with one
 * paragraph per measure, its title in bold. Headings are written with the numbering the text importer
 * recognizes, so that Word's own text export of the file reads the same.
 */
import { HeadingLevel, Paragraph } from 'docx';
import type { DepartmentPlan, Measure, SubGoal } from '../model';
import { headingOf } from '../target-table/layout';
import { paragraphsOf, runsOf } from './cell-text';

const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (sub-goals are counted in tens at most). */
export function chineseOrdinal(value: number): string {
  if (value < 10) return digits[value] ?? String(value);
  const tens = Math.floor(value / 10);
  return `${tens === 1 ? '' : (digits[tens] ?? '')}十${digits[value % 10] ?? ''}`;
}

/** The sub-goal's title as written when it carries its （N） numbering, else numbered by its position. */
export function subGoalTitle(subGoal: SubGoal, index: number): string {
  return headingOf(subGoal.title)?.level === 'subsection' ? subGoal.title : `（${chineseOrdinal(index + 1)}）${subGoal.title}`;
}

const body = (text: string): Paragraph[] => paragraphsOf(text, { style: 'BodyText' });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph => new Paragraph({ heading: level, children: runsOf(text) });

function subGoalParagraphs(subGoal: SubGoal, index: number): Paragraph[] {
  return [heading(subGoalTitle(subGoal, index), HeadingLevel.HEADING_3), ...body(`绩效目标：${subGoal.goal}`), ...body(`绩效指标：${subGoal.indicatorText}`)];
}

function measureParagraph(measure: Measure): Paragraph {
  return new Paragraph({ style: 'BodyText', children: [...runsOf(measure.title, { bold: true }), ...runsOf(measure.text)] });
}

/** Part 1, from its part heading to the last measure. */
export function planParagraphs(plan: DepartmentPlan): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: runsOf('第一部分　部门整体绩效目标') }),
    heading('一、总体绩效目标', HeadingLevel.HEADING_2),
    ...body(plan.overallGoal),
    heading('二、分项绩效目标', HeadingLevel.HEADING_2),
    ...plan.subGoals.flatMap(subGoalParagraphs),
    heading('三、工作保障措施', HeadingLevel.HEADING_2),
    ...plan.measures.map(measureParagraph),
  ];
}
