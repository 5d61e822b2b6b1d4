/**
 * A project table typed by hand in Excel, the way units make their own: blank rows, spaced labels,
 * amounts and percents as text or as numbers, no hidden 原文 column, level cells left blank under the
 * first (as Word exports them) or truly merged, an Excel date in a 时效 row, a note under the table.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { countBySeverity } from '../finding';
import { fen } from '../money';
import type { Indicator, UnitYear } from '../model';
import { parseTarget } from '../target/parse-target';
import { importTargetsXlsx } from './index';
import { saveWorkbook } from './test-workbooks';

type Row = ReadonlyArray<ExcelJS.CellValue>;

const indicatorRows: Row[] = [
  ['产出指标', '数量指标', '补贴对象人数', '补贴发放人数', '=', 100, '%', '冀财行〔2020〕149号'],
  [null, '质量指标', '补助发放准确率', '', '≥', '95', '%', ''],
  [null, '时效指标', '发放时间', '', '≤', 44561, '', ''],
  [],
  [null, '成本指标', '补贴总成本', '', '≤', 20.32, '万元', ''],
  ['效益指标', '社会效益指标', '促进就业', '', '定性', '成效显著', '', ''],
  [null, null, '带动作用', '', '定性', '明显', '', ''],
  ['满意度指标', '服务对象满意度指标', '满意度', '', '≥', 0.9, '', ''],
  ['注：本表金额单位为万元。'],
];

const rows: Row[] = [
  ['项目支出绩效目标表（2021年度）'],
  [],
  ['预算单位', '203001 中国共产党昌黎县委员会组织部本级', null, null, null, null, '单位：万元'],
  ['项 目 编 码', '130322210TL1EUNN2FE59', null, '项目名称', '2021年选聘高校毕业生到村任职中央补助资金'],
  [],
  ['预算数（万元）', '20.32', '其中：财政资金', 20.32, '其他资金', null],
  ['资金用途', '用于发放补助。'],
  ['资金支出计划（%）', '3月底', '6月底', '10月底', '12月底'],
  [],
  [null, null, '50%', 0.5, 1],
  ['绩效目标', '1.按时发放\n\n2.按标准发放'],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标性质', '指标值', '度量单位', '指标值确定依据'],
  ...indicatorRows,
];

async function handMadeWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  rows.forEach((values, index) => values.forEach((value, column) => (sheet.getCell(index + 1, column + 1).value = value)));
  sheet.getCell('D10').numFmt = '0%';
  sheet.getCell('F20').numFmt = '0%';
  // 效益指标 and its level 2 truly merged over their two rows; the 产出指标 rows are left blank.
  sheet.mergeCells('A18:A19');
  sheet.mergeCells('B18:B19');
  return saveWorkbook(workbook);
}

function indicator(level1: string, level2: string, name: string, raw: string, more: Partial<Indicator> = {}): Indicator {
  return { level1, level2, name, description: '', target: parseTarget(raw).value, basis: '', ...more };
}

const expected: UnitYear = {
  unit: { code: '203001', name: '中国共产党昌黎县委员会组织部本级', divisionCode: '130322' },
  year: 2021,
  moneyUnit: '万元',
  departmentPlan: { overallGoal: '', commitments: [], subGoals: [], measures: [] },
  projects: [
    {
      code: '130322210TL1EUNN2FE59',
      name: '2021年选聘高校毕业生到村任职中央补助资金',
      budget: { total: fen(20_320_000), fiscal: fen(20_320_000), other: fen(0) },
      budgetRaw: { total: '20.32', fiscal: '20.32', other: '' },
      purpose: '用于发放补助。',
      spendingPlan: [
        { checkpoint: '3月底', month: 3, percent: null, raw: '' },
        { checkpoint: '6月底', month: 6, percent: 50, raw: '50%' },
        { checkpoint: '10月底', month: 10, percent: 50, raw: '50.00%' },
        { checkpoint: '12月底', month: 12, percent: 100, raw: '100.00%' },
      ],
      goals: ['1.按时发放', '2.按标准发放'],
      indicators: [
        indicator('产出指标', '数量指标', '补贴对象人数', '100%', { description: '补贴发放人数', basis: '冀财行〔2020〕149号' }),
        indicator('产出指标', '质量指标', '补助发放准确率', '≥95%'),
        indicator('产出指标', '时效指标', '发放时间', '≤2021年12月31日'),
        indicator('产出指标', '成本指标', '补贴总成本', '≤20.32万元'),
        indicator('效益指标', '社会效益指标', '促进就业', '成效显著'),
        indicator('效益指标', '社会效益指标', '带动作用', '明显'),
        indicator('满意度指标', '服务对象满意度指标', '满意度', '≥90%'),
      ],
    },
  ],
};

describe('a project table made by hand in Excel', () => {
  it('reads as the same project', async () => {
    const { unitYear } = await importTargetsXlsx(await handMadeWorkbook());
    expect(unitYear).toStrictEqual(expected);
  });

  it('says what it did with the date, the note and the missing plan, and finds nothing wrong', async () => {
    const { findings } = await importTargetsXlsx(await handMadeWorkbook());
    expect(countBySeverity(findings)).toEqual({ error: 0, warning: 2, info: 1 });
    expect(findings.find((finding) => finding.code === 'xlsx.date-serial')).toMatchObject({ location: { cell: "'Sheet1'!F15", indicator: 3 } });
    expect(findings.find((finding) => finding.code === 'xlsx.date-serial')?.message).toContain('2021年12月31日');
    expect(findings.find((finding) => finding.code === 'xlsx.stray-row')).toMatchObject({ location: { cell: "'Sheet1'!A21" } });
    expect(findings.some((finding) => finding.code === 'xlsx.no-department-plan')).toBe(true);
  });
});
