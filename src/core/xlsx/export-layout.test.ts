/**
 * What the exported workbook looks like to a person opening it in Excel: number formats, merged level
 * cells, the hidden 原文 column, frozen header rows, column widths that fit Chinese text, print setup.
 * Read back with exceljs from the exported bytes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportTargetsXlsx } from './index';
import { lineWidth } from './sheet-format';
import { cellAddress, columnLetters, uniqueSheetName } from './sheet-names';
import { headerRowOf, openWorkbook, seedUnitYear, seedUrl, sheetNamed } from './test-workbooks';

const seed = seedUnitYear(readFileSync(seedUrl));
const workbook = await openWorkbook(await exportTargetsXlsx(seed));
const firstProject = seed.projects[0];
const sheet = sheetNamed(workbook, firstProject?.name ?? '');
const header = headerRowOf(sheet);

describe('a project sheet', () => {
  it('shows amounts as numbers with two decimals and the plan as fractions formatted as percents', () => {
    expect(sheet.getCell('A4').value).toBe('预算数（万元）');
    expect(sheet.getCell('B4')).toMatchObject({ value: 20.32, numFmt: '0.00' });
    expect(sheet.getCell('G2').value).toBe('单位：万元');
    expect(sheet.getCell('C6').value).toBe('6月底');
    expect(sheet.getCell('C7')).toMatchObject({ value: 0.5, numFmt: '0.00%' });
    expect(sheet.getCell('B7').value).toBeNull();
  });

  it('splits each target over 指标性质, 指标值 and 度量单位, and keeps the written form in hidden column I', () => {
    const headers = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((column) => sheet.getCell(header, column).value);
    expect(headers).toEqual(['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标性质', '指标值', '度量单位', '指标值确定依据', '指标值原文']);
    const row = (offset: number) => [5, 6, 7, 9].map((column) => sheet.getCell(header + offset, column).value);
    expect(row(1)).toEqual(['=', 100, '%', '100百分比']);
    expect(row(3)).toEqual(['=', '2021年12月底完成', '', '2021年12月底完成']);
    expect(row(4)).toEqual(['≤', 20.32, '万元', '≤20.32万元']);
    expect(row(5)).toEqual(['定性', '提高财政资金的使用效率，做到节俭高效', '', '提高财政资金的使用效率，做到节俭高效']);
    expect(sheet.getColumn(9).hidden).toBe(true);
    expect(sheet.getColumn(8).hidden).toBe(false);
  });

  it('merges level 1 over its rows, and level 2 over its rows within one level 1', () => {
    const merges = sheet.model.merges ?? [];
    expect(merges).toContain(`A${header + 1}:A${header + 4}`);
    expect(merges).toContain(`A${header + 5}:A${header + 8}`);
    expect(merges.filter((range) => range.startsWith('B') && Number(/\d+/.exec(range)?.[0]) > header)).toEqual([]);
  });

  it('freezes the rows down to the indicator header and repeats the header on every printed page', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${header}:${header}` });
  });

  it('makes columns wide enough for their Chinese text, and rows tall enough for wrapped text', () => {
    const widest = (column: number, limit: number) => Math.min(limit, Math.max(...(firstProject?.indicators ?? []).map((indicator) => lineWidth([indicator.level1, indicator.level2, indicator.name][column - 1] ?? '') + 2)));
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(widest(1, 16));
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(widest(2, 18));
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(widest(3, 28));
    const columns = [1, 2, 3, 4, 5, 6, 7, 8].map((column) => sheet.getColumn(column).width ?? 0);
    expect(columns.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(200);
    expect(sheet.getCell(`A${header + 1}`).alignment).toMatchObject({ wrapText: true });
    expect(sheet.getRow(5).height).toBeGreaterThanOrEqual(20);
  });
});

describe('the summary sheet', () => {
  const summary = sheetNamed(workbook, '汇总');

  it('lists every project with its money, indicator count and plan, and a totals row', () => {
    const rows = seed.projects.map((_, index) => summary.getRow(4 + index));
    expect(rows.map((row) => row.getCell(2).value)).toEqual(seed.projects.map((project) => project.code));
    expect(rows.map((row) => row.getCell(7).value)).toEqual(seed.projects.map((project) => project.indicators.length));
    expect([7, 8, 9, 10, 11].map((column) => summary.getCell(3, column).value)).toEqual(['指标数', '3月底', '6月底', '10月底', '12月底']);
    const totals = summary.getRow(4 + seed.projects.length);
    expect(totals.getCell(1).value).toBe('合计');
    expect(totals.getCell(4).value).toMatchObject({ formula: 'SUM(D4:D12)', result: 354.72 });
    expect(totals.getCell(7).value).toMatchObject({ result: 103 });
  });

  it('states the unit, the division and the year', () => {
    expect([2, 5, 7].map((column) => summary.getCell(2, column).value)).toEqual(['203001中国共产党昌黎县委员会组织部本级', '130322', 2021]);
  });
});

describe('sheet names', () => {
  it('are at most 31 characters, without []:*?/\\, unique without regard to case', () => {
    const taken = new Set<string>(['汇总']);
    const long = '一'.repeat(40);
    expect(uniqueSheetName(long, taken)).toBe('一'.repeat(31));
    expect(uniqueSheetName(long, taken)).toBe(`${'一'.repeat(28)}(2)`);
    expect(uniqueSheetName('a/b:c[d]*?\\', taken)).toBe('a_b_c_d____');
    expect(uniqueSheetName('汇总', taken)).toBe('汇总(2)');
    expect(uniqueSheetName('Data', taken)).toBe('Data');
    expect(uniqueSheetName('DATA', taken)).toBe('DATA(2)');
    expect(uniqueSheetName("'quoted'", taken)).toBe('quoted');
    expect(uniqueSheetName('History', taken)).toBe('项目');
    expect(uniqueSheetName(`${'一'.repeat(30)}𠀀`, taken)).toBe(`${'一'.repeat(30)}𠀀`);
  });

  it('are quoted in cell addresses', () => {
    expect(cellAddress('项目1', 7, 5)).toBe("'项目1'!E7");
    expect(cellAddress("O'Neil", 1, 28)).toBe("'O''Neil'!AB1");
    expect(columnLetters(26)).toBe('Z');
    expect(columnLetters(16384)).toBe('XFD');
  });
});
