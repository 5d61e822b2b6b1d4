/**
 * Word files in the national layout (项目支出绩效目标表 of the finance ministry's template), built with
 * the docx library as a county finance bureau's template would be filled in: a title, （2021年度）,
 * one table with the labels in the first column, 项目资金 merged down three rows, and the indicator
 * block with 绩效指标 merged down all its rows and 一级指标 merged down each group. Two variants:
 * amounts in 元 with 指标值及单位 + 绩效标准, and amounts in 万元 (stated above the table) with the
 * target split into 指标性质 | 指标值 | 度量单位. Used by tests only.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { buildTable, type CellSpec, type RowSpec } from './table-grid';

interface NationalIndicator {
  level1: string;
  level2: string;
  name: string;
  /** 指标值及单位, or [指标性质, 指标值, 度量单位] when split. */
  target: string | readonly [string, string, string];
  standard: string;
}

export const nationalIndicators: readonly NationalIndicator[] = [
  { level1: '产出指标', level2: '数量指标', name: '养护里程', target: ['≥', '120', '公里'], standard: '计划标准' },
  { level1: '产出指标', level2: '数量指标', name: '养护桥梁', target: ['=', '6', '座'], standard: '计划标准' },
  { level1: '产出指标', level2: '质量指标', name: '路况优良率', target: ['大于等于', '85', '%'], standard: '行业标准' },
  { level1: '产出指标', level2: '时效指标', name: '养护任务完成时间', target: ['定性', '2021年11月30日前', ''], standard: '计划标准' },
  { level1: '产出指标', level2: '成本指标', name: '每公里养护成本', target: ['≤', '10416.67', '元'], standard: '历史标准' },
  { level1: '效益指标', level2: '社会效益指标', name: '群众出行条件', target: ['定性', '明显改善', ''], standard: '其他标准' },
  { level1: '效益指标', level2: '可持续影响指标', name: '公路使用寿命延长', target: ['≥', '3', '年'], standard: '行业标准' },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '沿线群众满意度', target: ['≥', '90', '%'], standard: '计划标准' },
];

/** The target as one cell (指标值及单位): comparator, value and unit written together. */
export function joinedTarget(indicator: NationalIndicator): string {
  if (typeof indicator.target === 'string') return indicator.target;
  const [comparator, value, unit] = indicator.target;
  return `${comparator === '定性' ? '' : comparator === '大于等于' ? '≥' : comparator}${value}${unit}`;
}

export interface NationalVariant {
  moneyUnit: '元' | '万元';
  split: boolean;
}

const label = (text: string, width: number, merge?: 'restart' | 'continue'): CellSpec => ({ text, width, align: 'center', ...(merge ? { merge } : {}) });

function labelRows(variant: NationalVariant, widths: readonly number[], rest: number): RowSpec[] {
  const [first = 0] = widths;
  const amounts = variant.moneyUnit === '元' ? ['1,250,000.00', '1,250,000.00', '0.00'] : ['125.00', '125.00', '0'];
  const money = variant.moneyUnit === '元' ? '项目资金（元）' : '项目资金';
  const pair = (name: string, value: string): RowSpec => ({ cells: [label(name, first), { text: value, width: rest }] });
  const half = Math.floor(rest / 2);
  return [
    pair('项目名称', '2021年农村公路养护工程'),
    pair('项目编码', '13032221100000000012'),
    { cells: [label('主管部门及代码', first), { text: '[203005]昌黎县交通运输局', width: half - 1200 }, label('实施单位', 1200), { text: '昌黎县公路管理站', width: rest - half }] },
    { cells: [label(money, first, 'restart'), label('年度资金总额', 2000), { text: amounts[0] ?? '', width: rest - 2000 }] },
    { cells: [label('', first, 'continue'), label('其中：财政拨款', 2000), { text: amounts[1] ?? '', width: rest - 2000 }] },
    { cells: [label('', first, 'continue'), label('其他资金', 2000), { text: amounts[2] ?? '', width: rest - 2000 }] },
    pair('年度绩效目标', '目标1：完成全县农村公路养护里程120公里，养护桥梁6座。\n\n目标2：路况优良率达到85%以上，群众出行条件明显改善。'),
  ];
}

function indicatorRow(indicator: NationalIndicator, index: number, variant: NationalVariant, widths: readonly number[]): RowSpec {
  const [first = 0, second = 0, third = 0, fourth = 0] = widths;
  const above = nationalIndicators[index - 1];
  const below = nationalIndicators[index + 1];
  const level1Merge = above?.level1 === indicator.level1 ? 'continue' : below?.level1 === indicator.level1 ? 'restart' : undefined;
  const targets = variant.split && typeof indicator.target !== 'string' ? [...indicator.target] : [joinedTarget(indicator)];
  const targetWidths = widths.slice(4, 4 + targets.length);
  return {
    cells: [
      label('', first, 'continue'),
      label(level1Merge === 'continue' ? '' : indicator.level1, second, level1Merge),
      label(indicator.level2, third),
      { text: indicator.name, width: fourth },
      ...targets.map((text, position) => label(text, targetWidths[position] ?? 0)),
      { text: indicator.standard, width: widths.at(-1) ?? 0 },
    ],
  };
}

function tableRows(variant: NationalVariant): RowSpec[] {
  const widths = variant.split ? [1300, 1000, 1300, 1800, 800, 1200, 800, 644] : [1300, 1100, 1400, 2100, 1600, 1444];
  const rest = widths.slice(1).reduce((sum, width) => sum + width, 0);
  const header = variant.split ? ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '绩效标准'] : ['一级指标', '二级指标', '三级指标', '指标值及单位', '绩效标准'];
  return [
    ...labelRows(variant, widths, rest),
    { cells: [label('绩效指标', widths[0] ?? 0, 'restart'), ...header.map((text, index) => ({ ...label(text, widths[index + 1] ?? 0), bold: true }))] },
    ...nationalIndicators.map((indicator, index) => indicatorRow(indicator, index, variant, widths)),
  ];
}

/** A national-layout .docx of one project (2021年农村公路养护工程, 125 万元) in the given variant. */
export function nationalDocx(variant: NationalVariant): Promise<Uint8Array> {
  const centered = (text: string, size: number) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size, font: { eastAsia: '方正小标宋简体' } })] });
  const children = [centered('项目支出绩效目标表', 36), centered('（2021年度）', 28)];
  if (variant.moneyUnit === '万元') children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('单位：万元')] }));
  // The cells use the paragraph style TableText (table-grid.ts); a style a document uses must be defined in it.
  const styles = { paragraphStyles: [{ id: 'TableText', name: 'Table Text', basedOn: 'Normal', run: { size: 21, font: { eastAsia: '仿宋_GB2312' } } }] };
  const document = new Document({ styles, sections: [{ children: [...children, buildTable(tableRows(variant))] }] });
  return Packer.pack(document, 'uint8array');
}
