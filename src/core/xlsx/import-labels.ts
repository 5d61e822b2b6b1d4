/**
 * The labelled fields of a project sheet's header block, found by their label text wherever they sit
 * (a moved row, an inserted column or blank rows change nothing). Only the top-left cell of a merged
 * range counts as a label. Labels are compared without spaces and with full-width forms folded, so
 * "项 目 编 码" and "预算数(万元)" are recognized.
 */
import type { MoneyUnit } from '../money';
import { labelKey } from '../target-table/cell-text';
import { isMaster, rowNumbers, valueAt, type Grid } from './sheet-grid';

export type LabelKey = 'unit' | 'code' | 'name' | 'total' | 'fiscal' | 'other' | 'purpose' | 'goals';

export interface CellRef {
  row: number;
  column: number;
}

export interface SheetLabels {
  /** The first cell of each label. */
  found: Partial<Record<LabelKey, CellRef>>;
  /** Every 资金支出计划 label (one per pair of rows). */
  planRows: CellRef[];
  /** Money units the sheet states: "单位：万元" cells and budget labels such as 预算数（元）. */
  moneyUnits: Array<{ unit: MoneyUnit; at: CellRef }>;
  /** The row of the indicator table's header (一级指标 …), null when there is none. */
  headerRow: number | null;
}

const moneySuffix = String.raw`(?:\((万元|元)\))?`;
const labelPatterns: ReadonlyArray<readonly [LabelKey, RegExp]> = [
  ['unit', /^(?:预算单位(?:名称)?|单位名称)$/],
  ['code', /^项目(?:编码|代码)$/],
  ['name', /^项目名称$/],
  ['total', new RegExp(`^(?:预算数|预算金额|年度预算数|资金总额|年度资金总额)${moneySuffix}$`)],
  ['fiscal', new RegExp(`^(?:其中:?)?财政(?:资金|拨款)${moneySuffix}$`)],
  ['other', new RegExp(`^其他资金${moneySuffix}$`)],
  ['purpose', /^(?:预算规模及)?资金用途$/],
  ['goals', /^(?:项目)?(?:年度|总体)?(?:绩效)?目标$/],
];
const moneyUnitCell = /^(?:金额)?单位:(万元|元)$/;
const planLabel = /^资金支出计划/;
export const headerLabel = /^一级指标$/;

function isMoneyUnit(text: string | undefined): text is MoneyUnit {
  return text === '万元' || text === '元';
}

function classify(labels: SheetLabels, key: string, at: CellRef): void {
  const stated = moneyUnitCell.exec(key)?.[1];
  if (isMoneyUnit(stated)) labels.moneyUnits.push({ unit: stated, at });
  if (planLabel.test(key)) {
    labels.planRows.push(at);
    return;
  }
  for (const [label, pattern] of labelPatterns) {
    const match = pattern.exec(key);
    if (!match) continue;
    labels.found[label] ??= at;
    if (isMoneyUnit(match[1])) labels.moneyUnits.push({ unit: match[1], at });
    return;
  }
}

/** The row holding the indicator header (a 一级指标 label), or null. */
export function findHeaderRow(grid: Grid): number | null {
  for (const row of rowNumbers(grid)) {
    for (const [column, cell] of grid.rows.get(row) ?? []) {
      if (cell.value.kind === 'text' && isMaster(grid, row, column) && headerLabel.test(labelKey(cell.value.text))) return row;
    }
  }
  return null;
}

/** Finds the labels of the header block: every row above the indicator header (all rows without one). */
export function findLabels(grid: Grid): SheetLabels {
  const headerRow = findHeaderRow(grid);
  const labels: SheetLabels = { found: {}, planRows: [], moneyUnits: [], headerRow };
  for (const row of rowNumbers(grid)) {
    if (headerRow !== null && row >= headerRow) break;
    for (const column of [...(grid.rows.get(row)?.keys() ?? [])].sort((a, b) => a - b)) {
      const value = valueAt(grid, row, column);
      if (value.kind === 'text' && isMaster(grid, row, column)) classify(labels, labelKey(value.text), { row, column });
    }
  }
  return labels;
}
