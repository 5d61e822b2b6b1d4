/**
 * The indicator table of a project sheet: the header row names the columns (found by their text, so
 * any order and extra columns read the same), each further row is one level-3 indicator. Level 1 and
 * level 2 merged over several rows read on every row; a blank level-1 cell takes the one above, and
 * a blank level-2 cell takes the one above within the same level 1. Blank rows are skipped; a note
 * under the table (注：…) is reported and skipped.
 */
import type { Indicator } from '../model';
import { isBlank, labelKey } from './cell-text';
import { indicatorHeaders, type IndicatorColumn } from './layout';
import { readTarget, type ColumnMap } from './import-target';
import { cellLabel, quoted, report, textAt, type SheetContext } from './sheet-context';
import { isMaster, rowNumbers, valueAt } from './sheet-grid';

/** Checked in this order: 指标值原文 and 指标值确定依据 before 指标值. */
const columnPatterns: ReadonlyArray<readonly [IndicatorColumn, RegExp]> = [
  ['level1', /^一级指标$/],
  ['level2', /^二级指标$/],
  ['name', /^三级指标|^指标名称$/],
  ['description', /指标描述|^指标内容$|^指标解释$/],
  ['raw', /原文$/],
  ['basis', /确定依据|^(?:指标)?依据$|^评价标准$/],
  ['nature', /^指标性质|^计算符号$|^符号$/],
  ['measureUnit', /^(?:度量|计量)单位$|^单位$/],
  ['value', /^(?:年度)?指标值|^目标值$/],
];
const requiredColumns: readonly IndicatorColumn[] = ['level1', 'level2', 'name', 'value'];
const noteRow = /^(?:注|说明|备注|填表|审核|联系|单位负责人)/;

/** The columns of the header row; a missing required column is an error at the header. */
export function readColumnMap(context: SheetContext, headerRow: number): ColumnMap {
  const map: ColumnMap = {};
  for (const column of [...(context.grid.rows.get(headerRow)?.keys() ?? [])].sort((a, b) => a - b)) {
    if (!isMaster(context.grid, headerRow, column)) continue;
    const key = labelKey(textAt(context, headerRow, column));
    const found = columnPatterns.find(([field, pattern]) => map[field] === undefined && pattern.test(key));
    if (found) map[found[0]] = column;
    else if (key !== '') {
      report(context, 'xlsx.unknown-column', { row: headerRow, column }, `${cellLabel(context, headerRow, column)}的指标表头${quoted(context, headerRow, column)}无法识别，该列未导入。`);
    }
  }
  const missing = requiredColumns.filter((column) => map[column] === undefined);
  if (missing.length > 0) {
    const names = missing.map((column) => `「${indicatorHeaders[column]}」`).join('、');
    report(context, 'xlsx.missing-column', { row: headerRow, column: 1 }, `工作表「${context.grid.name}」第${headerRow}行的指标表头缺少${names}列。`, '请按导出的模板补全指标表头');
  }
  return map;
}

interface Levels {
  level1: string | null;
  level2: string | null;
}

function level(context: SheetContext, row: number, column: number | undefined, inherited: string | null, index: number, field: 'level1' | 'level2'): string {
  if (column === undefined) return '';
  const text = textAt(context, row, column);
  if (text.trim() !== '') return text;
  if (inherited !== null) return inherited;
  const name = indicatorHeaders[field];
  report(context, 'xlsx.merged-cell-without-above', { row, column, more: { indicator: index, field } }, `${cellLabel(context, row, column)}（${name}）为空，上方没有可以沿用的${name}。`, `请填写${name}`);
  return '';
}

function readIndicator(context: SheetContext, map: ColumnMap, row: number, above: Levels, index: number): Indicator {
  const level1 = level(context, row, map.level1, above.level1, index, 'level1');
  const level2 = level(context, row, map.level2, level1 === above.level1 ? above.level2 : null, index, 'level2');
  const at = (column: number | undefined) => (column === undefined ? '' : textAt(context, row, column));
  const name = at(map.name);
  if (name.trim() === '' && map.name !== undefined) {
    report(context, 'xlsx.required-cell-empty', { row, column: map.name, more: { indicator: index, field: 'name' } }, `${cellLabel(context, row, map.name)}（三级指标）为空。`, '请填写指标名称');
  }
  const target = readTarget(context, map, row, level2, index);
  if (target.raw.trim() === '' && map.value !== undefined && valueAt(context.grid, row, map.value).kind !== 'error') {
    report(context, 'xlsx.empty-cell', { row, column: map.value, more: { indicator: index, field: 'target' } }, `${cellLabel(context, row, map.value)}（第${index}个指标的指标值）为空。`, '请填写指标值');
  }
  return { level1, level2, name, description: at(map.description), target, basis: at(map.basis) };
}

/** The mapped cells of a row that show something. */
function filledColumns(context: SheetContext, map: ColumnMap, row: number): number[] {
  return Object.values(map).filter((column) => isMaster(context.grid, row, column) && !isBlank(valueAt(context.grid, row, column)));
}

/** Reads the indicator rows under `headerRow`. */
export function readIndicators(context: SheetContext, map: ColumnMap, headerRow: number): Indicator[] {
  const indicators: Indicator[] = [];
  let above: Levels = { level1: null, level2: null };
  for (const row of rowNumbers(context.grid)) {
    if (row <= headerRow) continue;
    const filled = filledColumns(context, map, row);
    if (filled.length === 0) continue;
    const first = filled[0] ?? 1;
    if (filled.length === 1 && noteRow.test(labelKey(textAt(context, row, first)))) {
      report(context, 'xlsx.stray-row', { row, column: first }, `${cellLabel(context, row, first)}的${quoted(context, row, first)}是表下的说明，不是指标，未导入。`);
      continue;
    }
    const indicator = readIndicator(context, map, row, above, indicators.length + 1);
    above = { level1: indicator.level1, level2: indicator.level2 };
    indicators.push(indicator);
  }
  return indicators;
}
