/**
 * The findings of the shared readers of target tables: one kind per problem with a fixed severity, the
 * same in every format. Each importer gives them under its own prefix (import.missing-row,
 * docx.missing-row, xlsx.not-a-number) and lists those it gives in its catalogue ({@link prefixedKinds}).
 * error = the model would be wrong or incomplete if stored (the caller must not store it);
 * warning = stored as read, but someone should look.
 */
import { makeFinding, type Finding, type Location, type Severity } from '../finding';

export const tableFindingKinds = {
  'no-project-table': { severity: 'error', meaning: 'no project table (Part 2) was found' },
  truncated: { severity: 'error', meaning: 'the document ends inside a project table' },
  'empty-project': { severity: 'error', meaning: 'a project title with no table under it' },
  'no-indicators': { severity: 'error', meaning: 'a project table without indicator rows' },
  'missing-row': { severity: 'error', meaning: 'a row of the project table is missing' },
  'duplicate-row': { severity: 'error', meaning: 'a labelled row appears twice in one project table' },
  'unexpected-row': { severity: 'warning', meaning: 'a row the layout does not have; not imported' },
  'cell-count': { severity: 'error', meaning: 'a row with the wrong number of cells' },
  'not-a-number': { severity: 'error', meaning: 'an amount cell that is not a number' },
  'not-a-percent': { severity: 'error', meaning: 'a spending-plan cell that is not a percent' },
  'bad-checkpoint': { severity: 'error', meaning: 'a spending-plan checkpoint label that is not "N月底"' },
  'bad-label': { severity: 'error', meaning: 'a label cell of the budget row that is not 预算数/财政资金/其他资金' },
  'missing-column': { severity: 'error', meaning: 'the indicator header lacks a required column' },
  'unknown-column': { severity: 'warning', meaning: 'an indicator column the importer does not know; not imported' },
  'required-cell-empty': { severity: 'error', meaning: 'a cell that must hold text is empty (项目编码, 项目名称, 三级指标 …)' },
  'empty-cell': { severity: 'warning', meaning: 'a cell that should hold text is empty (指标值, 资金用途, 绩效目标)' },
  'merged-cell-without-above': { severity: 'error', meaning: 'an empty (merged) 一级/二级指标 cell with nothing above to take' },
  'unit-missing': { severity: 'error', meaning: 'the unit cell (预算单位) has no unit code' },
  'unit-mismatch': { severity: 'error', meaning: 'a project names another unit than the others' },
  'money-unit': { severity: 'error', meaning: 'the money unit is missing, unknown or differs between projects' },
  'duplicate-project-code': { severity: 'error', meaning: 'two projects with the same 项目编码' },
  'year-unknown': { severity: 'error', meaning: 'the fiscal year could not be determined' },
  'missing-project-title': { severity: 'warning', meaning: 'a project table without its numbered title line' },
  'title-mismatch': { severity: 'warning', meaning: 'the project title names another project than the 项目名称 cell' },
  'unknown-section': { severity: 'warning', meaning: 'a part or numbered section the layout does not have; not imported' },
  'stray-text': { severity: 'warning', meaning: 'text or a table outside any known section; not imported' },
  'no-department-plan': { severity: 'warning', meaning: 'the document has no department plan (Part 1, or its sheet)' },
  'missing-section': { severity: 'warning', meaning: 'a section of the department plan is missing' },
} as const satisfies Record<string, { severity: Severity; meaning: string }>;

export type TableFindingKind = keyof typeof tableFindingKinds;

/** Every kind, for an importer that reads the whole document layout. */
// Object.keys types its result as string[]; the keys are those of the object literal above.
export const allTableFindingKinds = Object.keys(tableFindingKinds) as TableFindingKind[];

/** The prefix under which an importer gives the table findings. */
export type FindingPrefix = 'import' | 'docx' | 'xlsx';

export type PrefixedKinds<Prefix extends string, Kind extends TableFindingKind> = {
  readonly [K in Kind as `${Prefix}.${K}`]: (typeof tableFindingKinds)[K];
};

/** The catalogue entries of `kinds` under `prefix` (import.truncated …), with their severity and meaning. */
export function prefixedKinds<Prefix extends FindingPrefix, Kind extends TableFindingKind>(prefix: Prefix, kinds: readonly Kind[]): PrefixedKinds<Prefix, Kind> {
  // Object.fromEntries cannot type keys made from a template; they are made here from the same kinds.
  return Object.fromEntries(kinds.map((kind) => [`${prefix}.${kind}`, tableFindingKinds[kind]])) as PrefixedKinds<Prefix, Kind>;
}

/** A finding with the document order of its place (0: about the whole file), so that findings read in order. */
export interface Located {
  finding: Finding;
  order: number;
}

/** Where the readers' findings go: the importer's prefix and one list for the whole document. */
export interface FindingSink {
  prefix: FindingPrefix;
  located: Located[];
}

/** Builds a table finding under `prefix`; its severity is the kind's, so that one kind never changes weight. */
export function tableFinding(prefix: FindingPrefix, kind: TableFindingKind, location: Location, message: string, suggestion?: string): Finding {
  return makeFinding(`${prefix}.${kind}`, tableFindingKinds[kind].severity, location, message, suggestion);
}

/** Whether the sink already holds a finding of `kind`. */
export function hasKind(sink: FindingSink, kind: TableFindingKind): boolean {
  const code = `${sink.prefix}.${kind}`;
  return sink.located.some((entry) => entry.finding.code === code);
}

/** The findings in document order; findings at one place keep the order they were made in. */
export function inDocumentOrder(located: readonly Located[]): Finding[] {
  return [...located].sort((a, b) => a.order - b.order).map((entry) => entry.finding);
}

/** Quotes a cell's text for a message, shortened so that a long paragraph does not drown the message. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `「${flat.length > 40 ? `${flat.slice(0, 40)}…` : flat}」`;
}
