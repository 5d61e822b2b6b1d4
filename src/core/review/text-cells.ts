/**
 * Every text cell of a unit's year with where it is and how to name it: the department plan's
 * paragraphs, each project's name, use of funds and goals, and each indicator's cells. For rules that
 * read all text alike (paired marks, citations).
 */
import type { Location } from '../finding';
import type { IndicatorEntry, ReviewContext } from './context';
import { indicatorCells, indicatorLabel, indicatorLocation, planLocation, projectLabel, projectLocation, type IndicatorField } from './wording';

export interface TextCell {
  text: string;
  location: Location;
  /** How a message names the cell: 项目“…”指标“…”的指标值确定依据. */
  label: string;
  /** 0-based project position; null for the department plan. */
  projectIndex: number | null;
  entry: IndicatorEntry | null;
}

function planCells(context: ReviewContext): TextCell[] {
  const plan = context.unitYear.departmentPlan;
  const cell = (text: string, field: string, label: string): TextCell => ({ text, location: planLocation(field, label), label: `部门整体绩效目标的${label}`, projectIndex: null, entry: null });
  return [
    cell(plan.overallGoal, 'overallGoal', '总体绩效目标'),
    ...plan.subGoals.flatMap((subGoal, index) => {
      const title = subGoal.title.replace(/[。.．:：\s]+$/, '');
      return [
        cell(subGoal.title, `subGoals[${index}].title`, `分项绩效目标${title}的标题`),
        cell(subGoal.goal, `subGoals[${index}].goal`, `分项绩效目标${title}·绩效目标`),
        cell(subGoal.indicatorText, `subGoals[${index}].indicatorText`, `分项绩效目标${title}·绩效指标`),
      ];
    }),
    ...plan.measures.map((measure, index) => cell(`${measure.title}${measure.text}`, `measures[${index}]`, `工作保障措施“${measure.title.replace(/[。.．\s]+$/, '')}”`)),
  ];
}

const indicatorTextFields: readonly IndicatorField[] = ['name', 'description', 'target', 'basis'];

function indicatorCell(entry: IndicatorEntry, field: IndicatorField): TextCell {
  const text = field === 'target' ? entry.indicator.target.raw : entry.indicator[field];
  const label = `${projectLabel(entry.project)}${indicatorLabel(entry)}的${indicatorCells[field]}`;
  return { text, location: indicatorLocation(entry, field), label, projectIndex: entry.projectIndex, entry };
}

function projectCells(context: ReviewContext, projectIndex: number): TextCell[] {
  const project = context.unitYear.projects[projectIndex];
  if (!project) return [];
  const cell = (text: string, field: string, cellName: string): TextCell => ({
    text,
    location: projectLocation(project, projectIndex, field, cellName),
    label: `${projectLabel(project)}的${cellName}`,
    projectIndex,
    entry: null,
  });
  return [
    cell(project.name, 'name', '项目名称'),
    cell(project.purpose, 'purpose', '资金用途'),
    ...project.goals.map((goal, index) => cell(goal, `goals[${index}]`, '绩效目标')),
    ...(context.indicatorsByProject[projectIndex] ?? []).flatMap((entry) => indicatorTextFields.map((field) => indicatorCell(entry, field))),
  ];
}

/** All text cells in document order; empty cells are left out. */
export function unitTextCells(context: ReviewContext): TextCell[] {
  return [...planCells(context), ...context.unitYear.projects.flatMap((_, index) => projectCells(context, index))].filter((cell) => cell.text.trim() !== '');
}

/** “…实施办法（试行》”: the words around position `index`, for quoting a detail of a long cell. */
export function excerptAround(text: string, index: number, radius = 12): string {
  const start = Math.max(0, index - radius);
  const end = Math.min(text.length, index + radius + 1);
  return `“${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}”`;
}

/** Groups cells by project and identical text, keeping the first cell's position: one finding per group. */
export function groupByProjectAndText<T extends { cell: TextCell }>(items: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = `${item.cell.projectIndex ?? -1}\u0000${item.cell.text}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}
