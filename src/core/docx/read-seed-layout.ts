/**
 * A Word document in the reference layout (Part 1 and numbered project tables, as a unit's original
 * file and exportTargetsDocx write it), read with the text importer's readers over the bridge: the
 * same rules, findings and model as for the text export of the same document.
 */
import type { Finding } from '../finding';
import type { MoneyUnit } from '../money';
import type { UnitYear } from '../model';
import { readDepartmentPlan } from '../import-text/department-plan';
import { splitDocument } from '../import-text/document';
import { importFinding, quote } from '../import-text/finding-codes';
import type { ProjectSlot } from '../import-text/project-context';
import { readProjectTable, type ParsedProject } from '../import-text/project-table';
import { checkDistinctCodes, detectYear, divisionOf, resolveMoneyUnit, resolveUnit } from '../import-text/unit-year';
import type { BodyItem } from './document-body';
import { docxFinding } from './finding-codes';
import { statedYear } from './stated-year';
import { bridgeBody } from './text-bridge';
import { translateFindings } from './translate-findings';

export interface DocxImportOptions {
  /** Overrides the fiscal year the document names. */
  year?: number;
}

export interface DocxImportResult {
  /** null only when nothing usable was read. */
  unitYear: UnitYear | null;
  /** Every problem, located by table, row and cell (or paragraph); any error means "do not store". */
  findings: Finding[];
}

function readProjects(slots: readonly ProjectSlot[], findings: Finding[]): ParsedProject[] {
  let moneyUnit: MoneyUnit = '万元';
  return slots.map((slot, position) => {
    const context = { index: slot.index, projectCode: '', name: slot.title?.title ?? '', isLast: position === slots.length - 1, finalRow: slot.rows.at(-1) ?? null, findings };
    const project = readProjectTable(context, slot, moneyUnit);
    moneyUnit = project.moneyUnit?.unit ?? moneyUnit;
    return project;
  });
}

/** The year of options, else the one the cover states (…2021年度…), else the one the document names most. */
function resolveYear(parsed: readonly ParsedProject[], cover: readonly string[], titles: readonly string[], options: DocxImportOptions, findings: Finding[]): number {
  const projects = parsed.map((entry) => entry.project);
  const year = options.year ?? statedYear(cover) ?? detectYear(projects, titles);
  if (year !== null) return year;
  findings.push(importFinding('import.year-unknown', {}, '无法确定年度：标题、项目名称和时效指标中都没有写明年份（如“2021年”）。', '请在导入时指定年度'));
  return 0;
}

function coverFinding(cover: readonly string[]): Finding[] {
  if (cover.length === 0) return [];
  const message = `第一个标题之前的${cover.length}段文字（${quote(cover[0] ?? '')}等）是封面或说明，未导入。`;
  return [docxFinding('docx.cover-text', {}, message)];
}

/** Reads the body in the reference layout. Never throws; unitYear is null when there is no project table. */
export function readSeedLayout(body: readonly BodyItem[], options: DocxImportOptions): DocxImportResult {
  const bridge = bridgeBody(body);
  const parts = splitDocument(bridge.blocks);
  const plan = readDepartmentPlan(parts.planBlocks, parts.planLine);
  const findings: Finding[] = [...parts.findings, ...plan.findings];
  const parsed = readProjects(parts.slots, findings);
  const coverText = coverFinding(bridge.cover);
  if (!parts.slots.some((slot) => slot.rows.length > 0)) {
    const message = '文件中没有找到项目绩效目标表：正文里没有表格，或表格不是“项目支出绩效目标表”。';
    findings.push(importFinding('import.no-project-table', {}, message, '请确认这是单位的绩效目标 Word 文件'));
    return { unitYear: null, findings: [...coverText, ...translateFindings(findings, bridge.places)] };
  }
  const projects = parsed.map((entry) => entry.project);
  const unit = { ...resolveUnit(parsed, findings), divisionCode: divisionOf(projects) };
  const moneyUnit = resolveMoneyUnit(parsed, findings);
  checkDistinctCodes(parsed, findings);
  const cover = [...bridge.titles, ...bridge.cover];
  const year = resolveYear(parsed, cover, [...cover, ...parts.slots.map((slot) => slot.title?.text ?? '')], options, findings);
  const unitYear: UnitYear = { unit, year, moneyUnit, departmentPlan: plan.value, projects };
  return { unitYear, findings: [...coverText, ...translateFindings(findings, bridge.places)] };
}
