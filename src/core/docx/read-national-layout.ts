/**
 * Word documents in the national layout (项目支出绩效目标表 of the finance ministry's template): one
 * table per project, labels in the first column (项目名称, 项目编码, 主管部门, 项目资金（万元）with
 * 年度资金总额 / 其中：财政拨款 / 其他资金, 年度绩效目标), then the indicator block. There is no
 * department plan and no spending plan: the plan is left empty with a warning, the spending plan empty.
 * Amounts are read in the money unit the table states (项目资金（元）, 单位：万元), exactly.
 */
import type { Finding } from '../finding';
import { importFinding } from '../import-text/finding-codes';
import type { ParsedProject } from '../import-text/project-table';
import type { ProjectContext } from '../import-text/project-context';
import { checkDistinctCodes, detectYear, divisionOf, resolveMoneyUnit, resolveUnit } from '../import-text/unit-year';
import type { UnitYear } from '../model';
import type { BodyItem } from './document-body';
import { docxFinding } from './finding-codes';
import type { BodyTable } from './merged-cells';
import { readNationalHeader, readNationalIndicators } from './national-indicators';
import { readNationalLabels } from './national-labels';
import type { DocxImportOptions, DocxImportResult } from './read-seed-layout';
import { statedYear } from './stated-year';
import { startBridge, tableBlock, type BridgeWalk } from './text-bridge';
import { translateFindings } from './translate-findings';

const seedLabels = /^(?:预算规模|资金支出计划)/;
const isTable = (item: BodyItem): item is BodyTable => item.kind === 'table';
const firstTexts = (table: BodyTable) => table.rows.map((row) => row.cells.find((cell) => !cell.merged)?.text.trim() ?? '');

/** A table in the national layout: labelled 项目名称 in its first column, with an indicator header, and none of the seed's row labels. */
export function isNationalTable(table: BodyTable): boolean {
  const labels = firstTexts(table);
  const hasHeader = table.rows.some((row) => row.cells.some((cell) => /^一级指标/.test(cell.text.trim())));
  return hasHeader && labels.some((label) => /^项目名称/.test(label)) && !labels.some((label) => seedLabels.test(label));
}

/** Whether the document is in the national layout: it has such tables and none in the seed's layout. */
export function isNationalLayout(body: readonly BodyItem[]): boolean {
  const tables = body.filter(isTable);
  return tables.some(isNationalTable) && !tables.some((table) => firstTexts(table).some((label) => seedLabels.test(label)));
}

function readTable(walk: BridgeWalk, table: BodyTable, context: ProjectContext, moneyHint: string): ParsedProject {
  const read = tableBlock(walk, table);
  const pairs = table.rows.map((row, index) => ({ row, read: read.rows[index] ?? { cells: [], line: read.line, lastLine: read.line } }));
  const headerAt = pairs.findIndex(({ row }) => row.cells.some((cell) => /^一级指标/.test(cell.text.trim())));
  const labels = readNationalLabels(context, pairs.slice(0, headerAt === -1 ? pairs.length : headerAt), moneyHint, table.number);
  const header = pairs[headerAt];
  const indicators = header ? readNationalIndicators(context, readNationalHeader(context, header.row, header.read), pairs.slice(headerAt + 1)) : [];
  const project = { ...labels.project, indicators };
  return { project, unit: labels.unit, moneyUnit: labels.moneyUnit, line: read.line, codeLine: labels.codeLine ?? read.line };
}

/** The text of the paragraphs just before each table (a title, （2021年度）, 单位：元). */
function paragraphsBefore(body: readonly BodyItem[]): Map<BodyTable, string> {
  const before = new Map<BodyTable, string>();
  let texts: string[] = [];
  for (const item of body) {
    if (item.kind === 'paragraph') texts.push(item.text);
    else {
      before.set(item, texts.join('\n'));
      texts = [];
    }
  }
  return before;
}

function emptyPlanFinding(): Finding {
  const message = '文件是全国通用格式的项目支出绩效目标表，没有“部门整体绩效目标”（第一部分），部门整体绩效目标为空。';
  return importFinding('import.no-department-plan', {}, message, '如需部门整体绩效目标，请另行导入单位的绩效目标文件');
}

/** Reads each national-layout table as one project. Never throws. */
export function readNationalLayout(body: readonly BodyItem[], options: DocxImportOptions): DocxImportResult {
  const walk = startBridge();
  const findings: Finding[] = [emptyPlanFinding()];
  const before = paragraphsBefore(body);
  const tables = body.filter(isTable).filter(isNationalTable);
  const parsed = tables.map((table, position) => {
    const context: ProjectContext = { index: position + 1, projectCode: '', name: '', isLast: false, finalRow: null, findings };
    return readTable(walk, table, context, before.get(table) ?? '');
  });
  const projects = parsed.map((entry) => entry.project);
  const unit = { ...resolveUnit(parsed, findings), divisionCode: divisionOf(projects) };
  const moneyUnit = resolveMoneyUnit(parsed, findings);
  checkDistinctCodes(parsed, findings);
  const year = options.year ?? statedYear([...before.values()]) ?? detectYear(projects, [...before.values()]);
  if (year === null) findings.push(importFinding('import.year-unknown', {}, '无法确定年度：标题（如“（2021年度）”）和项目名称中都没有写明年份。', '请在导入时指定年度'));
  const departmentPlan = { overallGoal: '', commitments: [], subGoals: [], measures: [] };
  const unitYear: UnitYear = { unit, year: year ?? 0, moneyUnit, departmentPlan, projects };
  const layout = docxFinding('docx.national-layout', {}, `按全国通用格式读取了${tables.length}张项目支出绩效目标表（每表一个项目）。`);
  return { unitYear, findings: [layout, ...translateFindings(findings, walk.places)] };
}
