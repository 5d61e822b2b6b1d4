/**
 * The findings of the Excel importer: one stable code per kind of problem, each with a fixed severity
 * (error = do not store; warning = stored as read, someone should look; info = what the importer did).
 * Locations name the cell as a spreadsheet address: `'项目1'!E7`.
 */
import type { Finding, Location, Severity } from '../finding';

export const xlsxFindingCodes = {
  'xlsx.too-large': { severity: 'error', meaning: 'the file, or what it unpacks to, exceeds the size limits' },
  'xlsx.not-a-zip': { severity: 'error', meaning: 'the file is not an .xlsx workbook (not a zip container)' },
  'xlsx.old-format': { severity: 'error', meaning: 'an Excel 97-2003 (.xls) or other OLE compound file' },
  'xlsx.encrypted': { severity: 'error', meaning: 'a password-protected (encrypted) workbook' },
  'xlsx.damaged': { severity: 'error', meaning: 'the zip container or its XML cannot be read' },
  'xlsx.not-a-workbook': { severity: 'error', meaning: 'a zip without xl/workbook.xml (e.g. a .docx)' },
  'xlsx.no-project-sheet': { severity: 'error', meaning: 'no sheet holds a project table (no 项目编码 label)' },
  'xlsx.formula-error': { severity: 'error', meaning: 'a cell holding a formula error (#REF!, #DIV/0! …)' },
  'xlsx.missing-label': { severity: 'error', meaning: 'a project sheet lacks a labelled field (项目名称, 预算数 …)' },
  'xlsx.required-cell-empty': { severity: 'error', meaning: 'a cell that must hold text is empty (项目编码, 项目名称, 三级指标)' },
  'xlsx.empty-cell': { severity: 'warning', meaning: 'a cell that should hold text is empty (指标值, 资金用途, 绩效目标)' },
  'xlsx.not-a-number': { severity: 'error', meaning: 'an amount cell that is not a number' },
  'xlsx.not-a-percent': { severity: 'error', meaning: 'a spending-plan cell that is not a percent' },
  'xlsx.bad-checkpoint': { severity: 'error', meaning: 'a spending-plan checkpoint label that is not "N月底"' },
  'xlsx.missing-plan-values': { severity: 'error', meaning: 'a spending-plan header row without its row of percents' },
  'xlsx.unit-missing': { severity: 'error', meaning: 'the 预算单位 cell has no unit code' },
  'xlsx.unit-mismatch': { severity: 'error', meaning: 'a project sheet names another unit than the first one' },
  'xlsx.money-unit': { severity: 'error', meaning: 'the money unit is missing, unknown or differs between sheets' },
  'xlsx.duplicate-project-code': { severity: 'error', meaning: 'two project sheets with the same 项目编码' },
  'xlsx.year-unknown': { severity: 'error', meaning: 'the fiscal year could not be determined' },
  'xlsx.no-indicator-header': { severity: 'error', meaning: 'a project sheet without the 一级指标 … header row' },
  'xlsx.missing-column': { severity: 'error', meaning: 'the indicator header lacks a required column' },
  'xlsx.no-indicators': { severity: 'error', meaning: 'a project sheet without indicator rows' },
  'xlsx.merged-cell-without-above': { severity: 'error', meaning: 'an empty 一级/二级指标 cell with nothing above to take' },
  'xlsx.raw-mismatch': { severity: 'warning', meaning: 'the hidden 原文 cell disagrees with the visible cells; the visible cells were read' },
  'xlsx.date-serial': { severity: 'info', meaning: 'an Excel date (serial number or date cell) read as a written date' },
  'xlsx.stray-row': { severity: 'warning', meaning: 'a note row under the indicator table; not imported' },
  'xlsx.unknown-sheet': { severity: 'warning', meaning: 'a non-empty sheet that is neither a project, summary nor plan sheet; not imported' },
  'xlsx.missing-section': { severity: 'warning', meaning: 'the department plan sheet lacks 总体绩效目标, 分项绩效目标 or 工作保障措施' },
  'xlsx.unknown-column': { severity: 'warning', meaning: 'an indicator column the importer does not know; not imported' },
  'xlsx.no-department-plan': { severity: 'warning', meaning: 'the workbook has no 部门整体绩效目标 sheet' },
} as const satisfies Record<string, { severity: Severity; meaning: string }>;

export type XlsxFindingCode = keyof typeof xlsxFindingCodes;

/** Builds a finding of the Excel importer; the severity is the code's, so one code never changes weight. */
export function xlsxFinding(code: XlsxFindingCode, location: Location, message: string, suggestion?: string): Finding {
  const finding: Finding = { code, severity: xlsxFindingCodes[code].severity, location, message };
  if (suggestion !== undefined) finding.suggestion = suggestion;
  return finding;
}
