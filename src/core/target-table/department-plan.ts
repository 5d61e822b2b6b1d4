/**
 * Part 1 (第一部分 部门整体绩效目标) → DepartmentPlan. The numbered sections are found by their
 * numbering pattern (一、 …, （一）…) and told apart by a keyword of their title (总体 / 分项 /
 * 保障措施), never by the seed's exact wording.
 */
import type { DepartmentPlan, Measure, SubGoal } from '../model';
import { quote } from './finding-kinds';
import type { HeadingBlock, LayoutBlock } from './layout';
import { report, wordsAt, type TableContext } from './table-context';

type Section = 'overall' | 'subGoals' | 'measures';

const sectionNames: Record<Section, string> = { overall: '总体绩效目标', subGoals: '分项绩效目标', measures: '工作保障措施' };
const sectionKeywords: ReadonlyArray<readonly [Section, RegExp]> = [
  ['overall', /总体/],
  ['subGoals', /分项/],
  ['measures', /保障|措施/],
];
const goalLabel = /^绩效目标\s*[:：]\s*/;
const indicatorLabel = /^绩效指标\s*[:：]\s*/;
const commitmentsMarker = /具体体现在[如以]下(?:几个)?方面\s*[:：]/;

interface PlanState<P> {
  document: TableContext<P>;
  plan: DepartmentPlan;
  overall: string[];
  section: Section | 'unknown' | null;
  /** The field of the current sub-goal that a paragraph without a label continues. */
  subGoalField: 'goal' | 'indicatorText';
  seen: Set<Section>;
}

/** The commitments the overall goal lists after 具体体现在如下方面：, split on ；, the final 。 dropped. */
export function commitmentsOf(overallGoal: string): string[] {
  const marker = commitmentsMarker.exec(overallGoal);
  if (!marker) return [];
  const rest = overallGoal.slice(marker.index + marker[0].length).split('\n')[0] ?? '';
  return rest
    .replace(/[。.\s]+$/, '')
    .split(/[；;]/)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
}

/** A measure paragraph "Title。text": the title is the first sentence with its 。. */
export function measureOf(text: string): Measure {
  const end = text.indexOf('。');
  return end === -1 ? { title: text, text: '' } : { title: text.slice(0, end + 1), text: text.slice(end + 1) };
}

function enterSection<P>(state: PlanState<P>, heading: HeadingBlock<P>): void {
  const section = sectionKeywords.find(([, pattern]) => pattern.test(heading.title))?.[0];
  state.section = section ?? 'unknown';
  if (section) {
    state.seen.add(section);
    return;
  }
  const message = `${wordsAt(state.document, heading.place)}的${quote(heading.text)}不是部门整体绩效目标应有的部分（总体绩效目标、分项绩效目标、工作保障措施），其内容未导入。`;
  report(state.document, 'unknown-section', heading.place, {}, message, '请核对标题或删除该部分');
}

function stray<P>(state: PlanState<P>, place: P, text: string): void {
  const message = `${wordsAt(state.document, place)}的文字${quote(text)}不属于任何已知部分，未导入。`;
  report(state.document, 'stray-text', place, {}, message, '请把它放到相应的标题下或删除');
}

function addToSubGoal<P>(state: PlanState<P>, text: string, place: P): void {
  const subGoal = state.plan.subGoals.at(-1);
  if (!subGoal) return stray(state, place, text);
  const field = goalLabel.test(text) ? 'goal' : indicatorLabel.test(text) ? 'indicatorText' : state.subGoalField;
  const value = text.replace(field === 'goal' ? goalLabel : indicatorLabel, '');
  subGoal[field] = subGoal[field] === '' ? value : `${subGoal[field]}\n\n${value}`;
  state.subGoalField = field;
}

function addText<P>(state: PlanState<P>, text: string, place: P): void {
  if (state.section === 'overall') state.overall.push(text);
  else if (state.section === 'subGoals') addToSubGoal(state, text, place);
  else if (state.section === 'measures') state.plan.measures.push(measureOf(text));
  else if (state.section === null) stray(state, place, text);
}

function addSubsection<P>(state: PlanState<P>, heading: HeadingBlock<P>): void {
  if (state.section !== 'subGoals') return addText(state, heading.text, heading.place);
  const subGoal: SubGoal = { title: heading.text, goal: '', indicatorText: '' };
  state.plan.subGoals.push(subGoal);
  state.subGoalField = 'goal';
}

function reportGaps<P>(state: PlanState<P>, place: P | null): void {
  for (const section of ['overall', 'subGoals', 'measures'] as const) {
    if (state.seen.has(section)) continue;
    const message = `部门整体绩效目标缺少“${sectionNames[section]}”部分。`;
    report(state.document, 'missing-section', place, {}, message, `请补上“${sectionNames[section]}”`);
  }
}

/**
 * Reads the blocks of Part 1 (headings and paragraphs; the caller routes tables elsewhere); findings go
 * to the document's sink. `partPlace` is where the 第一部分 heading is, or null when the document has none.
 */
export function readDepartmentPlan<P>(document: TableContext<P>, blocks: readonly LayoutBlock<P>[], partPlace: P | null): DepartmentPlan {
  const plan: DepartmentPlan = { overallGoal: '', commitments: [], subGoals: [], measures: [] };
  const state: PlanState<P> = { document, plan, overall: [], section: null, subGoalField: 'goal', seen: new Set() };
  for (const block of blocks) {
    if (block.kind === 'paragraph') addText(state, block.text, block.place);
    else if (block.kind === 'heading' && block.level === 'section') enterSection(state, block);
    else if (block.kind === 'heading' && block.level === 'subsection') addSubsection(state, block);
  }
  plan.overallGoal = state.overall.join('\n\n');
  plan.commitments = commitmentsOf(plan.overallGoal);
  if (partPlace === null && state.seen.size === 0) {
    const message = '文件中没有“部门整体绩效目标”（第一部分），只导入了项目绩效目标表。';
    report(document, 'no-department-plan', null, {}, message, '如需导入部门整体绩效目标，请在文件开头补上第一部分');
  } else reportGaps(state, partPlace ?? blocks[0]?.place ?? null);
  return plan;
}
