/**
 * The findings of the Excel importer: one stable code per kind of problem, each with a fixed severity
 * (error = do not store; warning = stored as read, someone should look; info = what the importer did).
 * Locations name the cell as a spreadsheet address: `'项目1'!E7`. Besides its own, the importer gives the
 * findings of the shared table readers (src/core/target-table) under `xlsx.`.
 */
import { makeFinding, type Finding, type Location, type Severity } from '../finding';
import { prefixedKinds, type TableFindingKind } from '../target-table/finding-kinds';

export const xlsxOwnFindingCodes = {
  'xlsx.too-large': { severity: 'error', meaning: 'the file, or what it unpacks to, exceeds the size limits' },
  'xlsx.not-a-zip': { severity: 'error', meaning: 'the file is not an .xlsx workbook (not a zip container)' },
  'xlsx.old-format': { severity: 'error', meaning: 'an Excel 97-2003 (.xls) or other OLE compound file' },
  'xlsx.encrypted': { severity: 'error', meaning: 'a password-protected (encrypted) workbook' },
  'xlsx.damaged': { severity: 'error', meaning: 'the zip container or its XML cannot be read' },
  'xlsx.not-a-workbook': { severity: 'error', meaning: 'a zip without xl/workbook.xml (e.g. a .docx)' },
  'xlsx.no-project-sheet': { severity: 'error', meaning: 'no sheet holds a project table (no 项目编码 label)' },
  'xlsx.formula-error': { severity: 'error', meaning: 'a cell holding a formula error (#REF!, #DIV/0! …)' },
  'xlsx.missing-label': { severity: 'error', meaning: 'a project sheet lacks a labelled field (项目名称, 预算数 …)' },
  'xlsx.missing-plan-values': { severity: 'error', meaning: 'a spending-plan header row without its row of percents' },
  'xlsx.no-indicator-header': { severity: 'error', meaning: 'a project sheet without the 一级指标 … header row' },
  'xlsx.raw-mismatch': { severity: 'warning', meaning: 'the hidden 原文 cell disagrees with the visible cells; the visible cells were read' },
  'xlsx.date-serial': { severity: 'info', meaning: 'an Excel date (serial number or date cell) read as a written date' },
  'xlsx.stray-row': { severity: 'warning', meaning: 'a note row under the indicator table; not imported' },
  'xlsx.unknown-sheet': { severity: 'warning', meaning: 'a non-empty sheet that is neither a project, summary nor plan sheet; not imported' },
} as const satisfies Record<string, { severity: Severity; meaning: string }>;

export type XlsxOwnFindingCode = keyof typeof xlsxOwnFindingCodes;

/** The kinds of the shared table readers the Excel importer gives (as xlsx.not-a-number …). */
const tableKinds = [
  'required-cell-empty',
  'empty-cell',
  'not-a-number',
  'not-a-percent',
  'bad-checkpoint',
  'unit-missing',
  'unit-mismatch',
  'money-unit',
  'duplicate-project-code',
  'year-unknown',
  'missing-column',
  'unknown-column',
  'no-indicators',
  'merged-cell-without-above',
  'missing-section',
  'no-department-plan',
] as const satisfies readonly TableFindingKind[];

/** Every code the Excel importer gives, with its severity and meaning; target.* codes pass through. */
export const xlsxFindingCodes = { ...xlsxOwnFindingCodes, ...prefixedKinds('xlsx', tableKinds) };

export type XlsxFindingCode = keyof typeof xlsxFindingCodes;

/** Builds a finding of the Excel importer's own; the severity is the code's, so one code never changes weight. */
export function xlsxFinding(code: XlsxOwnFindingCode, location: Location, message: string, suggestion?: string): Finding {
  return makeFinding(code, xlsxOwnFindingCodes[code].severity, location, message, suggestion);
}
