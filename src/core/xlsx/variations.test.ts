/**
 * The exported seed as people change it in Excel before sending it back: sheets renamed, the hidden
 * 原文 columns deleted, amounts restated in 元, merged level cells unmerged, a date typed into a 时效
 * cell, a value edited over its hidden 原文. Each variant is built with exceljs and imported.
 */
import { readFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { countBySeverity, hasErrors } from '../finding';
import type { Indicator, UnitYear } from '../model';
import { exportTargetsXlsx, importTargetsXlsx } from './index';
import { headerRowOf, openWorkbook, saveWorkbook, seedUnitYear, seedUrl, sheetNamed } from './test-workbooks';

const seed = seedUnitYear(readFileSync(seedUrl));
const seedBytes = await exportTargetsXlsx(seed);
const firstName = seed.projects[0]?.name ?? '';

/** The seed's workbook after `change`, imported. */
async function variant(change: (workbook: ExcelJS.Workbook) => void): Promise<Awaited<ReturnType<typeof importTargetsXlsx>>> {
  const workbook = await openWorkbook(seedBytes);
  change(workbook);
  return importTargetsXlsx(await saveWorkbook(workbook));
}

function projectSheets(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return workbook.worksheets.slice(2);
}

/** What a target means, without how it was written. */
function meaning(indicator: Indicator): object {
  const { raw: _raw, ...target } = indicator.target;
  return { ...indicator, target };
}

describe('variants of the exported seed', () => {
  it('finds renamed sheets by what they hold', async () => {
    const result = await variant((workbook) => workbook.worksheets.forEach((sheet, index) => (sheet.name = `Sheet${index + 1}`)));
    expect(result.unitYear).toStrictEqual(seed);
  });

  it('finds the summary and the plan after the project sheets', async () => {
    const workbook = await openWorkbook(seedBytes);
    // exceljs writes sheets by their orderNo, which its type declarations leave out.
    workbook.worksheets.slice(0, 2).forEach((sheet, index) => Object.assign(sheet, { orderNo: 100 + index }));
    const reordered = await openWorkbook(await saveWorkbook(workbook));
    expect(reordered.worksheets.slice(-2).map((sheet) => sheet.name)).toEqual(['汇总', '部门整体绩效目标']);
    expect((await importTargetsXlsx(await saveWorkbook(reordered))).unitYear).toStrictEqual(seed);
  });

  it('rebuilds every written form from the visible cells when the hidden 原文 columns are deleted', async () => {
    const result = await variant((workbook) => projectSheets(workbook).forEach((sheet) => sheet.spliceColumns(9, 7)));
    expect(countBySeverity(result.findings)).toMatchObject({ error: 0, warning: 0 });
    const projects = result.unitYear?.projects ?? [];
    // What is lost is only how a unit wrote a value: "0" is shown (and so read) as "0.00", "100百分比" as "100%".
    expect(projects.map((project) => project.budgetRaw.other)).toEqual(seed.projects.map(() => '0.00'));
    expect(projects.map((project) => project.spendingPlan)).toStrictEqual(seed.projects.map((project) => project.spendingPlan));
    expect(projects.flatMap((project) => project.indicators.map(meaning))).toStrictEqual(seed.projects.flatMap((project) => project.indicators.map(meaning)));
    expect(projects[0]?.indicators[0]?.target.raw).toBe('100%');
    const unchanged = (indicator: Indicator) => indicator.target.kind !== 'quantitative';
    expect(projects.flatMap((project) => project.indicators.filter(unchanged))).toStrictEqual(seed.projects.flatMap((project) => project.indicators.filter(unchanged)));
  });

  it('reads amounts restated in 元 as the same money', async () => {
    const result = await variant((workbook) =>
      projectSheets(workbook).forEach((sheet) => {
        sheet.getCell('G2').value = '单位：元';
        for (const address of ['B4', 'D4', 'F4']) sheet.getCell(address).value = Number(sheet.getCell(address).value) * 10_000;
        sheet.getCell('A4').value = '预算数（元）';
        sheet.getCell('C4').value = '财政资金（元）';
        sheet.getCell('E4').value = '其他资金（元）';
      }),
    );
    expect(result.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
    expect(result.unitYear?.moneyUnit).toBe('元');
    expect(result.unitYear?.projects.map((project) => project.budget)).toStrictEqual(seed.projects.map((project) => project.budget));
    // The hidden 原文 "0" still reads as the amount shown, so it is kept; the others are read as shown.
    expect(result.unitYear?.projects[0]?.budgetRaw).toEqual({ total: '203200.00', fiscal: '203200.00', other: '0' });
  });

  it('takes the level above for level cells unmerged and left blank, as Word exports them', async () => {
    const result = await variant((workbook) =>
      projectSheets(workbook).forEach((sheet) => {
        const header = headerRowOf(sheet);
        for (const range of [...(sheet.model.merges ?? [])]) {
          if (!/^[AB]\d+:/.test(range) || Number(/\d+/.exec(range)?.[0]) <= header) continue;
          sheet.unMergeCells(range);
          const [top = 0, bottom = 0] = range.split(':').map((address) => Number(/\d+/.exec(address)?.[0]));
          for (let row = top + 1; row <= bottom; row += 1) sheet.getCell(`${range[0] ?? 'A'}${row}`).value = null;
        }
      }),
    );
    expect(result.unitYear).toStrictEqual(seed);
  });

  it('reads a date typed into a 时效 cell as that date', async () => {
    const result = await variant((workbook) => {
      const sheet = sheetNamed(workbook, firstName);
      const row = headerRowOf(sheet) + 3;
      sheet.getCell(row, 6).value = new Date(Date.UTC(2021, 10, 30));
      sheet.getCell(row, 5).value = '≤';
    });
    const target = result.unitYear?.projects[0]?.indicators[2]?.target;
    expect(target).toMatchObject({ kind: 'deadline', date: '2021-11-30', comparator: '≤' });
    const codes = result.findings.filter((finding) => finding.location.projectCode === seed.projects[0]?.code).map((finding) => finding.code);
    expect(codes.sort()).toEqual(['xlsx.date-serial', 'xlsx.raw-mismatch']);
  });

  it('reads a value edited in Excel over its hidden 原文, and says so', async () => {
    const result = await variant((workbook) => {
      const sheet = sheetNamed(workbook, firstName);
      sheet.getCell(headerRowOf(sheet) + 1, 6).value = 98;
    });
    expect(result.unitYear?.projects[0]?.indicators[0]?.target).toMatchObject({ raw: '98%', value: 98, measureUnit: '%' });
    const mismatch = result.findings.find((finding) => finding.code === 'xlsx.raw-mismatch');
    expect(mismatch).toMatchObject({ severity: 'warning', location: { cell: `'${firstName}'!F11`, project: 1, indicator: 1 } });
    expect(hasErrors(result.findings)).toBe(false);
  });
});

describe('an extra column', () => {
  it('is left out with a warning, the rest reads the same', async () => {
    const result = await variant((workbook) => {
      const sheet = sheetNamed(workbook, firstName);
      sheet.getCell(headerRowOf(sheet), 10).value = '分值';
      sheet.getCell(headerRowOf(sheet) + 1, 10).value = 10;
    });
    expect(result.unitYear).toStrictEqual(seed);
    expect(result.findings.filter((finding) => finding.severity === 'warning')).toMatchObject([{ code: 'xlsx.unknown-column', location: { cell: `'${firstName}'!J10` } }]);
  });
});

describe('what the summary sheet carries', () => {
  it('is the year and the division; without it they are inferred from the projects', async () => {
    const result = await variant((workbook) => workbook.removeWorksheet(sheetNamed(workbook, '汇总').id));
    const expected: UnitYear = seed;
    expect(result.unitYear).toStrictEqual(expected);
  });
});
