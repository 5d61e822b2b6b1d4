/**
 * The layout of the workbook Jixiao writes and reads (docs/open-data.md, "Excel"): sheet titles,
 * field labels and the columns of a project sheet's indicator table. Shared by exporter and importer
 * so that the two cannot drift apart.
 */

export const summarySheetName = '汇总';
export const planSheetName = '部门整体绩效目标';

/** Columns of the indicator table, 1-based. Columns A–H are visible; I holds 指标值原文 and is hidden. */
export const indicatorColumns = {
  level1: 1,
  level2: 2,
  name: 3,
  description: 4,
  nature: 5,
  value: 6,
  measureUnit: 7,
  basis: 8,
  raw: 9,
} as const;

export type IndicatorColumn = keyof typeof indicatorColumns;

/** The columns in sheet order. */
export const indicatorColumnOrder: readonly IndicatorColumn[] = ['level1', 'level2', 'name', 'description', 'nature', 'value', 'measureUnit', 'basis', 'raw'];

export const indicatorHeaders: Record<IndicatorColumn, string> = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  description: '绩效指标描述',
  nature: '指标性质',
  value: '指标值',
  measureUnit: '度量单位',
  basis: '指标值确定依据',
  raw: '指标值原文',
};

/** The visible width of a project sheet (A–H); the hidden 原文 cells start right after it. */
export const visibleColumns = 8;
/** First column of the hidden 原文 cells (I): budget raws in the budget row, percent raws in plan rows. */
export const rawColumn = indicatorColumns.raw;

/** Checkpoints per spending-plan row pair (B–H); more checkpoints continue on a further row pair. */
export const checkpointsPerRow = visibleColumns - 1;

export const labels = {
  unit: '预算单位',
  code: '项目编码',
  name: '项目名称',
  purpose: '资金用途',
  plan: '资金支出计划（%）',
  goals: '绩效目标',
} as const;

/** The budget labels carry the money unit: 预算数（万元）. */
export function budgetLabel(field: 'total' | 'fiscal' | 'other', moneyUnit: string): string {
  const name = { total: '预算数', fiscal: '财政资金', other: '其他资金' }[field];
  return `${name}（${moneyUnit}）`;
}

/** 指标性质 of targets that are not a comparison: a range, and words (qualitative). */
export const rangeNature = '区间';
export const qualitativeNature = '定性';
