/**
 * Word documents in the national layout (项目支出绩效目标表 of the finance ministry's template): one
 * table per project, labels in the first column (项目名称, 项目编码, 主管部门, 项目资金（万元）with
 * 年度资金总额 / 其中：财政拨款 / 其他资金, 年度绩效目标), then the indicator block. There is no
 * department plan and no spending plan: the plan is left empty with a warning, the spending plan empty.
 * Amounts are read in the money unit the table states (项目资金（元）, 单位：万元), exactly.
 */
import type { UnitYear } from '../model';
import { inDocumentOrder, type FindingSink } from '../target-table/finding-kinds';
import { opensIndicatorHeader } from '../target-table/indicator-columns';
import type { ProjectContext } from '../target-table/project-context';
import { documentContext, report, type TableContext } from '../target-table/table-context';
import { checkDistinctCodes, checkUnits, detectYear, divisionOf, firstUnit, resolveMoneyUnit, statedYear, type ProjectFacts } from '../target-table/unit-year';
import type { BodyItem } from './document-body';
import { docxFinding } from './finding-codes';
import type { BodyTable } from './merged-cells';
import { readNationalHeader, readNationalIndicators } from './national-indicators';
import { readNationalLabels, type NationalRow } from './national-labels';
import type { DocxImportOptions, DocxImportResult } from './read-seed-layout';
import { nationalFormat, startWalk, tableBlock, type NationalPlace, type WordWalk } from './word-places';

const seedLabels = /^(?:预算规模|资金支出计划)/;
const isTable = (item: BodyItem): item is BodyTable => item.kind === 'table';
const firstTexts = (table: BodyTable) => table.rows.map((row) => row.cells.find((cell) => !cell.merged)?.text.trim() ?? '');

/** A table in the national layout: labelled 项目名称 in its first column, with an indicator header, and none of the seed's row labels. */
export function isNationalTable(table: BodyTable): boolean {
  const labels = firstTexts(table);
  const hasHeader = table.rows.some((row) => row.cells.some((cell) => opensIndicatorHeader(cell.text)));
  return hasHeader && labels.some((label) => /^项目名称/.test(label)) && !labels.some((label) => seedLabels.test(label));
}

/** Whether the document is in the national layout: it has such tables and none in the seed's layout. */
export function isNationalLayout(body: readonly BodyItem[]): boolean {
  const tables = body.filter(isTable);
  return tables.some(isNationalTable) && !tables.some((table) => firstTexts(table).some((label) => seedLabels.test(label)));
}

function readTable(walk: WordWalk, table: BodyTable, context: ProjectContext<NationalPlace>, moneyHint: string): ProjectFacts<NationalPlace> {
  const read = tableBlock(walk, table);
  const pairs: NationalRow[] = table.rows.map((row, index) => ({ row, read: read.rows[index] ?? { cells: [], place: read.place, endPlace: read.place } }));
  const headerAt = pairs.findIndex(({ row }) => row.cells.some((cell) => opensIndicatorHeader(cell.text)));
  const labels = readNationalLabels(context, pairs.slice(0, headerAt === -1 ? pairs.length : headerAt), moneyHint, table.number);
  const header = pairs[headerAt];
  const indicators = header ? readNationalIndicators(context, readNationalHeader(context, header.row, header.read), pairs.slice(headerAt + 1)) : [];
  const project = { ...labels.project, indicators };
  return { project, unit: labels.unit, moneyUnit: labels.moneyUnit, codePlace: labels.codePlace ?? read.place };
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

function reportEmptyPlan(document: TableContext<NationalPlace>): void {
  const message = '文件是全国通用格式的项目支出绩效目标表，没有“部门整体绩效目标”（第一部分），部门整体绩效目标为空。';
  report(document, 'no-department-plan', null, {}, message, '如需部门整体绩效目标，请另行导入单位的绩效目标文件');
}

/** Reads each national-layout table as one project. Never throws. */
export function readNationalLayout(body: readonly BodyItem[], options: DocxImportOptions): DocxImportResult {
  const walk = startWalk();
  const sink: FindingSink = { prefix: 'docx', located: [] };
  const document = documentContext(nationalFormat, sink);
  reportEmptyPlan(document);
  const before = paragraphsBefore(body);
  const tables = body.filter(isTable).filter(isNationalTable);
  const parsed = tables.map((table, position) => {
    const context: ProjectContext<NationalPlace> = { ...document, index: position + 1, isLast: false, finalRow: null };
    return readTable(walk, table, context, before.get(table) ?? '');
  });
  const projects = parsed.map((entry) => entry.project);
  const unit = { ...checkUnits(document, parsed, firstUnit(parsed)), divisionCode: divisionOf(projects) };
  const moneyUnit = resolveMoneyUnit(document, parsed);
  checkDistinctCodes(document, parsed);
  const year = options.year ?? statedYear([...before.values()]) ?? detectYear(projects, [...before.values()]);
  if (year === null) report(document, 'year-unknown', null, {}, '无法确定年度：标题（如“（2021年度）”）和项目名称中都没有写明年份。', '请在导入时指定年度');
  const departmentPlan = { overallGoal: '', commitments: [], subGoals: [], measures: [] };
  const unitYear: UnitYear = { unit, year: year ?? 0, moneyUnit, departmentPlan, projects };
  const layout = docxFinding('docx.national-layout', {}, `按全国通用格式读取了${tables.length}张项目支出绩效目标表（每表一个项目）。`);
  return { unitYear, findings: [layout, ...inDocumentOrder(sink.located)] };
}
