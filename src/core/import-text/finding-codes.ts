/**
 * The findings of the text importer: one stable code per kind of problem, each with a fixed severity.
 * error = the model would be wrong or incomplete if stored (the caller must not store it);
 * warning = stored as read, but someone should look.
 */
import type { Finding, Location, Severity } from '../finding';

export const importFindingCodes = {
  'import.empty-file': { severity: 'error', meaning: 'the file is empty or holds only whitespace' },
  'import.binary-file': { severity: 'error', meaning: 'the file is not text (a zip, PDF, image, old Word file, random bytes)' },
  'import.invalid-bytes': { severity: 'warning', meaning: 'a few bytes could not be decoded and were replaced by �' },
  'import.no-project-table': { severity: 'error', meaning: 'no project table (Part 2) was found' },
  'import.truncated': { severity: 'error', meaning: 'the document ends inside a project table' },
  'import.empty-project': { severity: 'error', meaning: 'a project title with no table under it' },
  'import.no-indicators': { severity: 'error', meaning: 'a project table without indicator rows' },
  'import.missing-row': { severity: 'error', meaning: 'a row of the project table is missing' },
  'import.duplicate-row': { severity: 'error', meaning: 'a labelled row appears twice in one project table' },
  'import.unexpected-row': { severity: 'warning', meaning: 'a row the layout does not have; not imported' },
  'import.cell-count': { severity: 'error', meaning: 'a row with the wrong number of cells' },
  'import.not-a-number': { severity: 'error', meaning: 'an amount cell that is not a number' },
  'import.not-a-percent': { severity: 'error', meaning: 'a spending-plan cell that is not a percent' },
  'import.bad-checkpoint': { severity: 'error', meaning: 'a spending-plan checkpoint label that is not "N月底"' },
  'import.bad-label': { severity: 'error', meaning: 'a label cell of the budget row that is not 预算数/财政资金/其他资金' },
  'import.missing-column': { severity: 'error', meaning: 'the indicator header lacks a required column' },
  'import.unknown-column': { severity: 'warning', meaning: 'an indicator column the importer does not know; not imported' },
  'import.required-cell-empty': { severity: 'error', meaning: 'a cell that must hold text is empty (项目编码, 项目名称, 三级指标 …)' },
  'import.empty-cell': { severity: 'warning', meaning: 'a cell that should hold text is empty (指标值, 绩效目标)' },
  'import.merged-cell-without-above': { severity: 'error', meaning: 'an empty (merged) 一级/二级指标 cell with nothing above to take' },
  'import.unit-missing': { severity: 'error', meaning: 'the unit cell has no unit code' },
  'import.unit-mismatch': { severity: 'error', meaning: 'a project names another unit than the first project' },
  'import.money-unit': { severity: 'error', meaning: 'the money unit is missing, unknown or differs between projects' },
  'import.duplicate-project-code': { severity: 'error', meaning: 'two projects with the same 项目编码' },
  'import.year-unknown': { severity: 'error', meaning: 'the fiscal year could not be determined' },
  'import.missing-project-title': { severity: 'warning', meaning: 'a project table without its numbered title line' },
  'import.title-mismatch': { severity: 'warning', meaning: 'the project title names another project than the 项目名称 cell' },
  'import.unknown-section': { severity: 'warning', meaning: 'a part or numbered section the layout does not have; not imported' },
  'import.stray-text': { severity: 'warning', meaning: 'text or a table outside any known section; not imported' },
  'import.no-department-plan': { severity: 'warning', meaning: 'the document has no department plan (Part 1)' },
  'import.missing-section': { severity: 'warning', meaning: 'a section of the department plan is missing' },
} as const satisfies Record<string, { severity: Severity; meaning: string }>;

export type ImportFindingCode = keyof typeof importFindingCodes;

/** Builds a finding of the importer; the severity is the code's, so that one code never changes weight. */
export function importFinding(code: ImportFindingCode, location: Location, message: string, suggestion?: string): Finding {
  const finding: Finding = { code, severity: importFindingCodes[code].severity, location, message };
  if (suggestion !== undefined) finding.suggestion = suggestion;
  return finding;
}

/** Quotes a cell's text for a message, shortened so that a long paragraph does not drown the message. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `「${flat.length > 40 ? `${flat.slice(0, 40)}…` : flat}」`;
}
