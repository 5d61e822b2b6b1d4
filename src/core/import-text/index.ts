/**
 * The importer for the text export of a Word target document (domain.md §7), and its inverse.
 *
 * `importTextExport` reads the bytes of a whole file into a UnitYear and findings; `emitTextExport`
 * writes a UnitYear back in the same layout. Finding codes and their severities: finding-codes.ts.
 * The layout rules (what a row, a cell, a continuation line and a heading are): tokenize.ts.
 */
import type { Finding } from '../finding';
import type { MoneyUnit } from '../money';
import type { UnitYear } from '../model';
import { decodeText, type TextEncodingName } from './decode';
import { readDepartmentPlan } from './department-plan';
import { splitDocument } from './document';
import { importFinding } from './finding-codes';
import type { ProjectSlot } from './project-context';
import { readProjectTable, type ParsedProject } from './project-table';
import { countLines, tokenize } from './tokenize';
import { checkDistinctCodes, detectYear, divisionOf, resolveMoneyUnit, resolveUnit } from './unit-year';

export type { TextEncodingName } from './decode';
export { emitTextExport } from './emit';
export { importFindingCodes, type ImportFindingCode } from './finding-codes';
export { tokenize, type Block, type Cell, type Row } from './tokenize';

export interface TextImportOptions {
  /** Overrides the fiscal year the document names. */
  year?: number;
}

export interface TextImportResult {
  /** null only when nothing usable was read (empty, binary, no table at all). */
  unitYear: UnitYear | null;
  /** Every problem, located; any error means "do not store". */
  findings: Finding[];
  encoding: TextEncodingName | null;
  lineCount: number;
}

function readProjects(slots: readonly ProjectSlot[]): { parsed: ParsedProject[]; findings: Finding[] } {
  const findings: Finding[] = [];
  let moneyUnit: MoneyUnit = '万元';
  const parsed = slots.map((slot, position) => {
    const isLast = position === slots.length - 1;
    const context = { index: slot.index, projectCode: '', name: slot.title?.title ?? '', isLast, finalRow: slot.rows.at(-1) ?? null, findings };
    const project = readProjectTable(context, slot, moneyUnit);
    moneyUnit = project.moneyUnit?.unit ?? moneyUnit;
    return project;
  });
  return { parsed, findings };
}

function resolveYear(parsed: readonly ParsedProject[], slots: readonly ProjectSlot[], options: TextImportOptions, findings: Finding[]): number {
  if (options.year !== undefined) return options.year;
  const titles = slots.map((slot) => slot.title?.text ?? '');
  const year = detectYear(
    parsed.map((entry) => entry.project),
    titles,
  );
  if (year !== null) return year;
  const message = '无法确定年度：项目名称、标题和时效指标中都没有写明年份（如“2021年”）。';
  findings.push(importFinding('import.year-unknown', {}, message, '请在导入时指定年度'));
  return 0;
}

/** Findings in document order; those about the whole file first. */
function byLine(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0));
}

/**
 * Bytes in (a whole file), model + findings out. Never throws on any input. No IO.
 * The model is returned even when there are errors (for display); a caller must not store it then.
 * The year is `options.year`, else the one the document names most often (0 with an error when none).
 */
export function importTextExport(bytes: Uint8Array, options: TextImportOptions = {}): TextImportResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { unitYear: null, findings: decoded.findings, encoding: decoded.encoding, lineCount: 0 };
  const lineCount = countLines(decoded.text);
  const parts = splitDocument(tokenize(decoded.text));
  const plan = readDepartmentPlan(parts.planBlocks, parts.planLine);
  const { parsed, findings: projectFindings } = readProjects(parts.slots);
  const findings = [...decoded.findings, ...parts.findings, ...plan.findings, ...projectFindings];
  if (!parts.slots.some((slot) => slot.rows.length > 0)) {
    const message = '文件中没有找到项目绩效目标表（第二部分）：没有以制表符开头的表格行。';
    findings.push(importFinding('import.no-project-table', {}, message, '请确认文件是从 Word 绩效目标表另存的文本'));
    return { unitYear: null, findings: byLine(findings), encoding: decoded.encoding, lineCount };
  }
  const projects = parsed.map((entry) => entry.project);
  const unit = { ...resolveUnit(parsed, findings), divisionCode: divisionOf(projects) };
  const moneyUnit = resolveMoneyUnit(parsed, findings);
  checkDistinctCodes(parsed, findings);
  const year = resolveYear(parsed, parts.slots, options, findings);
  const unitYear: UnitYear = { unit, year, moneyUnit, departmentPlan: plan.value, projects };
  return { unitYear, findings: byLine(findings), encoding: decoded.encoding, lineCount };
}

