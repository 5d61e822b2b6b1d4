/**
 * The indicator block of a national-layout table (项目支出绩效目标表 as the finance ministry's template
 * has it): 一级指标 | 二级指标 | 三级指标 | 指标值及单位 | 绩效标准, or with the target split in three
 * columns 指标性质 | 指标值 | 度量单位. Columns are found by their header and matched to the rows by
 * grid column; the rows are then read by the text importer's indicator reader in the seed's column
 * order, so merges, empty cells and target values are judged by the same rules.
 *
 * Mapping: 绩效标准 (and 指标值确定依据) → basis; 指标解释 / 绩效指标描述 → description; a split target is
 * joined back as comparator + value + unit ("≥" "95" "%" → "≥95%"), the comparator written in words
 * (大于等于 …) turned into its sign and 定性 dropped.
 */
import type { Indicator } from '../model';
import { importFinding, quote } from '../import-text/finding-codes';
import { readIndicators, type ColumnMap } from '../import-text/indicators';
import type { ProjectContext } from '../import-text/project-context';
import type { Cell, Row } from '../import-text/tokenize';
import type { BodyRow } from './merged-cells';

type NationalColumn = 'level1' | 'level2' | 'name' | 'description' | 'target' | 'comparator' | 'measureUnit' | 'basis' | 'ignored';

const headerPatterns: ReadonlyArray<readonly [NationalColumn, RegExp]> = [
  ['level1', /^一级指标/],
  ['level2', /^二级指标/],
  ['name', /^三级指标|^指标名称$/],
  ['description', /指标描述|^指标内容$|^指标解释$/],
  ['comparator', /^指标性质|^计算符号|^运算符号/],
  ['measureUnit', /^(?:度量|计量)单位|^单位$/],
  ['basis', /绩效标准|确定依据|^(?:指标)?依据$|^评[（(]?扣[）)]?分标准/],
  ['target', /^(?:年度)?指标值|^目标值/],
  ['ignored', /^(?:权重|分值|指标权重)/],
];

const seedOrder: ColumnMap = { columns: ['level1', 'level2', 'name', 'description', 'target', 'basis'] };
const comparatorWords: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:大于等于|不低于|不少于|≥|>=)$/, '≥'],
  [/^(?:小于等于|不高于|不超过|不多于|≤|<=)$/, '≤'],
  [/^(?:大于|高于|>)$/, '>'],
  [/^(?:小于|低于|<)$/, '<'],
  [/^(?:等于|=|＝)$/, '='],
  [/^(?:定性|—|-|\/)?$/, ''],
];

export interface IndicatorBlock {
  /** Grid column → what the column holds, from the header row. */
  columns: Map<number, NationalColumn>;
  header: { row: BodyRow; read: Row };
}

function columnOf(text: string): NationalColumn | null {
  return headerPatterns.find(([, pattern]) => pattern.test(text.trim()))?.[0] ?? null;
}

/** Maps the header's cells (from the 一级指标 cell on) to columns; reports unknown and missing ones. */
export function readNationalHeader(context: ProjectContext, row: BodyRow, read: Row): IndicatorBlock {
  const columns = new Map<number, NationalColumn>();
  const start = row.cells.findIndex((cell) => /^一级指标/.test(cell.text.trim()));
  row.cells.forEach((cell, index) => {
    if (index < start) return;
    const column = columnOf(cell.text);
    const line = read.cells[index]?.line ?? read.line;
    if (column) columns.set(cell.gridColumn, column);
    else context.findings.push(importFinding('import.unknown-column', { line, project: context.index, cell: cell.text.trim() }, `指标表头${quote(cell.text)}无法识别，该列未导入。`));
  });
  const present = new Set(columns.values());
  const missing = (['level1', 'level2', 'name', 'target'] as const).filter((column) => !present.has(column));
  if (missing.length > 0) {
    const names = { level1: '一级指标', level2: '二级指标', name: '三级指标', target: '指标值' };
    const message = `第${read.line}行的指标表头缺少${missing.map((column) => `「${names[column]}」`).join('、')}列。`;
    context.findings.push(importFinding('import.missing-column', { line: read.line, project: context.index }, message, '请补全指标表头'));
  }
  return { columns, header: { row, read } };
}

function comparatorSign(text: string): string {
  const key = text.replace(/\s+/g, '');
  return comparatorWords.find(([pattern]) => pattern.test(key))?.[1] ?? key;
}

/** One indicator row in the seed's column order; the split target joined into one cell at the 指标值 cell. */
function seedRow(block: IndicatorBlock, row: BodyRow, read: Row): Row {
  const byColumn = new Map<NationalColumn, Cell>();
  row.cells.forEach((cell, index) => {
    const column = block.columns.get(cell.gridColumn);
    const readCell = read.cells[index];
    if (column && readCell && !byColumn.has(column)) byColumn.set(column, readCell);
  });
  const blank = (): Cell => ({ text: '', line: read.line });
  const value = byColumn.get('target') ?? blank();
  const sign = comparatorSign(byColumn.get('comparator')?.text ?? '');
  const target: Cell = { text: `${sign}${value.text.trim()}${(byColumn.get('measureUnit')?.text ?? '').trim()}`, line: value.line };
  const joined = byColumn.has('comparator') || byColumn.has('measureUnit') ? target : value;
  const cells = [byColumn.get('level1'), byColumn.get('level2'), byColumn.get('name'), byColumn.get('description'), joined, byColumn.get('basis')];
  return { cells: cells.map((cell) => cell ?? blank()), line: read.line, lastLine: read.lastLine };
}

/** The indicators of the rows under the header (rows with no text at all are skipped). */
export function readNationalIndicators(context: ProjectContext, block: IndicatorBlock, rows: ReadonlyArray<{ row: BodyRow; read: Row }>): Indicator[] {
  const filled = rows.filter(({ read }) => read.cells.some((cell) => cell.text.trim() !== ''));
  return readIndicators(
    context,
    seedOrder,
    filled.map(({ row, read }) => seedRow(block, row, read)),
  );
}
