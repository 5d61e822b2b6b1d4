/**
 * Every text cell of a unit's year with where it is and how to name it: the department plan's
 * paragraphs, each project's name, use of funds and goals, and each indicator's cells. For rules that
 * read all text alike (paired marks, citations). Cells are plain records; their location and label are
 * built only for the few cells a finding names.
 */
import type { Location } from '../finding';
import type { Project } from '../model';
import type { IndicatorEntry, ReviewContext } from './context';
import { pairedMarkClass } from './text/brackets';
import { citeMarkClass, endsLikeRegulation } from './text/citations';
import { indicatorCells, indicatorLabel, indicatorLocation, planLocation, projectLabel, projectLocation, type IndicatorField } from './wording';

export type TextCell =
  | { kind: 'plan'; text: string; field: string; name: string; projectIndex: null; entry: null }
  | { kind: 'project'; text: string; field: string; name: string; project: Project; projectIndex: number; entry: null }
  | { kind: 'indicator'; text: string; field: IndicatorField; projectIndex: number; entry: IndicatorEntry };

/** Where a cell is, as a finding's location. */
export function cellLocation(cell: TextCell): Location {
  if (cell.kind === 'plan') return planLocation(cell.field, cell.name);
  if (cell.kind === 'project') return projectLocation(cell.project, cell.projectIndex, cell.field, cell.name);
  return indicatorLocation(cell.entry, cell.field);
}

/** How a message names a cell: 项目“…”指标“…”的指标值确定依据. */
export function cellLabel(cell: TextCell): string {
  if (cell.kind === 'plan') return `部门整体绩效目标的${cell.name}`;
  if (cell.kind === 'project') return `${projectLabel(cell.project)}的${cell.name}`;
  return `${projectLabel(cell.entry.project)}${indicatorLabel(cell.entry)}的${indicatorCells[cell.field]}`;
}

const trimTitle = (title: string): string => title.replace(/[。.．:：\s]+$/, '');

function planCells(context: ReviewContext): TextCell[] {
  const plan = context.unitYear.departmentPlan;
  const cells: TextCell[] = [{ kind: 'plan', text: plan.overallGoal, field: 'overallGoal', name: '总体绩效目标', projectIndex: null, entry: null }];
  plan.subGoals.forEach((subGoal, index) => {
    const title = trimTitle(subGoal.title);
    cells.push(
      { kind: 'plan', text: subGoal.title, field: `subGoals[${index}].title`, name: `分项绩效目标${title}的标题`, projectIndex: null, entry: null },
      { kind: 'plan', text: subGoal.goal, field: `subGoals[${index}].goal`, name: `分项绩效目标${title}·绩效目标`, projectIndex: null, entry: null },
      { kind: 'plan', text: subGoal.indicatorText, field: `subGoals[${index}].indicatorText`, name: `分项绩效目标${title}·绩效指标`, projectIndex: null, entry: null },
    );
  });
  plan.measures.forEach((measure, index) => {
    cells.push({ kind: 'plan', text: `${measure.title}${measure.text}`, field: `measures[${index}]`, name: `工作保障措施“${trimTitle(measure.title)}”`, projectIndex: null, entry: null });
  });
  return cells;
}

const indicatorFields = ['name', 'description', 'target', 'basis'] as const;

/** The project's cells that pass `keep`, in document order; a cell record is made only for those. */
function projectCells(context: ReviewContext, project: Project, projectIndex: number, keep: (text: string) => boolean): TextCell[] {
  const cells: TextCell[] = [];
  const own = (text: string, field: string, name: string): void => {
    if (keep(text)) cells.push({ kind: 'project', text, field, name, project, projectIndex, entry: null });
  };
  own(project.name, 'name', '项目名称');
  own(project.purpose, 'purpose', '资金用途');
  project.goals.forEach((goal, index) => own(goal, `goals[${index}]`, '绩效目标'));
  for (const entry of context.indicatorsByProject[projectIndex] ?? []) {
    for (const field of indicatorFields) {
      const text = field === 'target' ? entry.indicator.target.raw : entry.indicator[field];
      if (keep(text)) cells.push({ kind: 'indicator', text, field, projectIndex, entry });
    }
  }
  return cells;
}

// The rules that read all text look for paired marks and citations: other cells are never made.
const worthReading = new RegExp(`${pairedMarkClass}|${citeMarkClass}`);
const mayMatter = (text: string): boolean => worthReading.test(text) || endsLikeRegulation(text);

function collectTextCells(context: ReviewContext): TextCell[] {
  const plan = planCells(context).filter((cell) => mayMatter(cell.text));
  return [...plan, ...context.unitYear.projects.flatMap((project, index) => projectCells(context, project, index, mayMatter))];
}

/**
 * The text cells that have paired marks or may cite a document, in document order; collected once per
 * review. (Other cells cannot concern the rules that read all text.)
 */
export function markedTextCells(context: ReviewContext): readonly TextCell[] {
  return context.derive(collectTextCells);
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
