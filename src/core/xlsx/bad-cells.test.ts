/**
 * Bad cells in an otherwise good workbook: each is an error at its `'Sheet'!A1` address with a Chinese
 * message, the model is still returned for display, and the errors say "do not store".
 */
import { readFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { hasErrors, type Finding } from '../finding';
import { exportTargetsXlsx, importTargetsXlsx } from './index';
import { headerRowOf, openWorkbook, saveWorkbook, seedUnitYear, seedUrl, sheetNamed } from './test-workbooks';

const seed = seedUnitYear(readFileSync(seedUrl));
const seedBytes = await exportTargetsXlsx(seed);
const [first = '', second = ''] = seed.projects.map((project) => project.name);

async function errorsOf(change: (workbook: ExcelJS.Workbook) => void): Promise<Finding[]> {
  const workbook = await openWorkbook(seedBytes);
  change(workbook);
  const result = await importTargetsXlsx(await saveWorkbook(workbook));
  expect(hasErrors(result.findings)).toBe(true);
  expect(result.findings.every((finding) => /[\u4e00-\u9fff]/.test(finding.message))).toBe(true);
  return result.findings.filter((finding) => finding.severity === 'error');
}

function edit(sheetName: string, address: string, value: ExcelJS.CellValue): (workbook: ExcelJS.Workbook) => void {
  return (workbook) => {
    sheetNamed(workbook, sheetName).getCell(address).value = value;
  };
}

describe('formula errors', () => {
  it('a #DIV/0! amount and a #REF! target are errors at their cells', async () => {
    const errors = await errorsOf((workbook) => {
      const sheet = sheetNamed(workbook, first);
      sheet.getCell('B4').value = { formula: 'B5/0', result: { error: '#DIV/0!' } };
      sheet.getCell(headerRowOf(sheet) + 2, 6).value = { error: '#REF!' };
    });
    expect(errors.map((finding) => [finding.code, finding.location.cell])).toEqual([
      ['xlsx.formula-error', `'${first}'!B4`],
      ['xlsx.formula-error', `'${first}'!F12`],
    ]);
    expect(errors[0]?.message).toContain('#DIV/0!');
  });
});

describe('cells that cannot be read', () => {
  it('an amount that is not a number', async () => {
    const [error] = await errorsOf(edit(first, 'B4', '二十万'));
    expect(error).toMatchObject({ code: 'xlsx.not-a-number', location: { cell: `'${first}'!B4`, project: 1, field: 'budget.total' } });
    expect(error?.message).toContain('二十万');
  });

  it('a spending-plan cell that is not a percent, and a checkpoint that is not a month', async () => {
    const errors = await errorsOf((workbook) => {
      edit(first, 'C7', '一半')(workbook);
      edit(first, 'E6', '第三季度')(workbook);
    });
    expect(errors.map((finding) => [finding.code, finding.location.cell])).toEqual([
      ['xlsx.not-a-percent', `'${first}'!C7`],
      ['xlsx.bad-checkpoint', `'${first}'!E6`],
    ]);
  });

  it('an empty 项目编码 and an empty 三级指标', async () => {
    const errors = await errorsOf((workbook) => {
      edit(first, 'B3', null)(workbook);
      const sheet = sheetNamed(workbook, first);
      sheet.getCell(headerRowOf(sheet) + 1, 3).value = '  ';
    });
    expect(errors.map((finding) => [finding.code, finding.location.cell, finding.location.field])).toEqual([
      ['xlsx.required-cell-empty', `'${first}'!B3`, 'code'],
      ['xlsx.required-cell-empty', `'${first}'!C11`, 'name'],
    ]);
  });

  it('a unit cell without a code, and a sheet of another unit', async () => {
    const errors = await errorsOf((workbook) => {
      edit(first, 'B2', '县委组织部')(workbook);
      edit(second, 'B2', '203002中国共产党昌黎县委员会宣传部')(workbook);
    });
    expect(errors.map((finding) => [finding.code, finding.location.cell])).toEqual([
      ['xlsx.unit-missing', `'${first}'!B2`],
      ['xlsx.unit-mismatch', `'${second}'!B2`],
    ]);
  });

  it('two sheets with one project code', async () => {
    const errors = await errorsOf(edit(second, 'B3', seed.projects[0]?.code ?? ''));
    expect(errors).toMatchObject([{ code: 'xlsx.duplicate-project-code', location: { cell: `'${second}'!B3`, project: 2 } }]);
  });

  it('a money unit that differs between sheets', async () => {
    const errors = await errorsOf(edit(second, 'G2', '单位：元'));
    expect(errors.map((finding) => finding.code)).toContain('xlsx.money-unit');
  });

  it('a level-1 cell left blank at the top of the table', async () => {
    const errors = await errorsOf((workbook) => {
      const sheet = sheetNamed(workbook, first);
      const header = headerRowOf(sheet);
      for (const range of [...(sheet.model.merges ?? [])]) if (range.startsWith(`A${header + 1}:`)) sheet.unMergeCells(range);
      sheet.getCell(header + 1, 1).value = null;
    });
    expect(errors).toMatchObject([{ code: 'xlsx.merged-cell-without-above', location: { cell: `'${first}'!A11`, indicator: 1, field: 'level1' } }]);
  });

  it('an indicator header without its 指标值 column', async () => {
    const errors = await errorsOf((workbook) => {
      const sheet = sheetNamed(workbook, first);
      sheet.getCell(headerRowOf(sheet), 6).value = '备注';
    });
    expect(errors).toMatchObject([{ code: 'xlsx.missing-column', location: { cell: `'${first}'!A10` } }]);
    expect(errors[0]?.message).toContain('指标值');
  });

  it('no sheet with a project table gives no model', async () => {
    const workbook = await openWorkbook(seedBytes);
    for (const sheet of workbook.worksheets.slice(2)) workbook.removeWorksheet(sheet.id);
    const result = await importTargetsXlsx(await saveWorkbook(workbook));
    expect(result.unitYear).toBeNull();
    expect(result.findings.map((finding) => finding.code)).toContain('xlsx.no-project-sheet');
  });
});
