/**
 * The department plan sheet → DepartmentPlan. Its three sections are found by their titles (…总体绩效
 * 目标, …分项绩效目标, …保障措施) in any column; a section runs to the next one. Header rows (分项目标 |
 * 绩效目标 | 绩效指标, 措施 | 内容) and blank rows are skipped. The commitments are the clauses the
 * overall goal lists, as every importer reads them (target-table/department-plan.ts).
 */
import { commitmentsOf } from '../target-table/department-plan';
import type { DepartmentPlan, Measure, SubGoal } from '../model';
import { labelKey } from '../target-table/cell-text';
import { report } from '../target-table/table-context';
import { planLabels } from './export-plan-sheet';
import { placeOf, textAt, type SheetContext } from './sheet-context';
import { isMaster, rowNumbers, valueAt } from './sheet-grid';

type Section = 'overall' | 'subGoals' | 'measures';

interface SectionAt {
  section: Section;
  row: number;
  column: number;
  /** The row where the next section starts (or one past the sheet). */
  end: number;
}

const sectionPatterns: ReadonlyArray<readonly [Section, RegExp]> = [
  ['overall', /总体绩效目标$/],
  ['subGoals', /分项绩效目标$/],
  ['measures', /保障措施$/],
];
const headerCells = new Set<string>([planLabels.subGoal, planLabels.goal, planLabels.indicatorText, planLabels.measure, planLabels.measureText]);

function findSections(context: SheetContext): SectionAt[] {
  const found: SectionAt[] = [];
  for (const row of rowNumbers(context.grid)) {
    for (const column of context.grid.rows.get(row)?.keys() ?? []) {
      const value = valueAt(context.grid, row, column);
      if (value.kind !== 'text' || !isMaster(context.grid, row, column)) continue;
      const section = sectionPatterns.find(([, pattern]) => pattern.test(labelKey(value.text)))?.[0];
      if (section && !found.some((entry) => entry.section === section)) found.push({ section, row, column, end: 0 });
    }
  }
  found.sort((a, b) => a.row - b.row);
  found.forEach((entry, index) => (entry.end = found[index + 1]?.row ?? context.grid.rowCount + 1));
  return found;
}

/** The texts of a row from `column` on (`width` cells), or null for a blank or header row. */
function rowTexts(context: SheetContext, row: number, column: number, width: number): string[] | null {
  const texts = Array.from({ length: width }, (_, offset) => textAt(context, row, column + offset));
  if (texts.every((text) => text.trim() === '')) return null;
  return texts.every((text) => text.trim() === '' || headerCells.has(labelKey(text))) ? null : texts;
}

function rowsOf(context: SheetContext, at: SectionAt, width: number): string[][] {
  const rows: string[][] = [];
  for (let row = at.row + 1; row < at.end; row += 1) {
    const texts = rowTexts(context, row, at.column, width);
    if (texts) rows.push(texts);
  }
  return rows;
}

/** Reads the department plan sheet. Never throws; a missing section is a warning and stays empty. */
export function readPlanSheet(context: SheetContext): DepartmentPlan {
  const sections = findSections(context);
  const at = (section: Section) => sections.find((entry) => entry.section === section);
  for (const [section, pattern] of sectionPatterns) {
    if (at(section)) continue;
    const name = pattern.source.replace('$', '');
    report(context, 'missing-section', placeOf(context, 1, 1), {}, `工作表「${context.grid.name}」缺少“${name}”部分。`, `请补上“${name}”`);
  }
  const overall = at('overall');
  const overallGoal = overall ? rowsOf(context, overall, 1).map(([text = '']) => text).join('\n\n') : '';
  const subGoalsAt = at('subGoals');
  const subGoals: SubGoal[] = subGoalsAt ? rowsOf(context, subGoalsAt, 3).map(([title = '', goal = '', indicatorText = '']) => ({ title, goal, indicatorText })) : [];
  const measuresAt = at('measures');
  const measures: Measure[] = measuresAt ? rowsOf(context, measuresAt, 2).map(([title = '', text = '']) => ({ title, text })) : [];
  return { overallGoal, commitments: commitmentsOf(overallGoal), subGoals, measures };
}
