/**
 * What the project sheets of one workbook must share: one unit, one money unit, distinct 项目编码.
 * Each disagreement is an error at the cell of the sheet that breaks it.
 */
import type { Finding } from '../finding';
import { quote } from '../target-table/finding-kinds';
import type { MoneyUnit } from '../money';
import type { Unit } from '../model';
import { xlsxFinding } from './finding-codes';
import type { ProjectSheet } from './import-project-sheet';
import { cellAddress } from './sheet-names';
import type { Grid } from './sheet-grid';

/** The unit most sheets name (the first of them on a tie), so that one mistyped sheet is one finding. */
function commonUnit(sheets: readonly ProjectSheet[]): ProjectSheet['unit'] {
  const counts = new Map<string, { unit: ProjectSheet['unit']; count: number }>();
  for (const { unit } of sheets) {
    if (!unit) continue;
    const key = `${unit.code}\u0000${unit.name}`;
    counts.set(key, { unit: counts.get(key)?.unit ?? unit, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  let best: { unit: ProjectSheet['unit']; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.unit ?? null;
}

function resolveUnit(sheets: readonly ProjectSheet[], grids: readonly Grid[], findings: Finding[]): Omit<Unit, 'divisionCode'> {
  const common = commonUnit(sheets);
  sheets.forEach((sheet, index) => {
    const unit = sheet.unit;
    if (!common || !unit || (unit.code === common.code && unit.name === common.name)) return;
    const name = grids[index]?.name ?? '';
    const message = `工作表「${name}」的预算单位${quote(`${unit.code}${unit.name}`)}与其他项目表的${quote(`${common.code}${common.name}`)}不同；一个工作簿只能导入一个单位。`;
    const location = { cell: cellAddress(name, unit.at.row, unit.at.column), project: index + 1, projectCode: sheet.project.code, field: 'unit' };
    findings.push(xlsxFinding('xlsx.unit-mismatch', location, message, '请把不同单位的项目分开导入'));
  });
  return { code: common?.code ?? '', name: common?.name ?? '' };
}

function resolveMoneyUnit(sheets: readonly ProjectSheet[], grids: readonly Grid[], findings: Finding[]): MoneyUnit {
  const first = sheets.find((sheet) => sheet.moneyUnit !== null)?.moneyUnit;
  sheets.forEach((sheet, index) => {
    if (!first || !sheet.moneyUnit || sheet.moneyUnit === first) return;
    const name = grids[index]?.name ?? '';
    const message = `工作表「${name}」的金额单位是“${sheet.moneyUnit}”，与第一个项目表的“${first}”不同。`;
    findings.push(xlsxFinding('xlsx.money-unit', { cell: cellAddress(name, 1, 1), project: index + 1, projectCode: sheet.project.code }, message, '请统一各表的金额单位'));
  });
  return first ?? '万元';
}

function checkDistinctCodes(sheets: readonly ProjectSheet[], grids: readonly Grid[], findings: Finding[]): void {
  const firstUse = new Map<string, string>();
  sheets.forEach((sheet, index) => {
    const code = sheet.project.code;
    const name = grids[index]?.name ?? '';
    const earlier = firstUse.get(code);
    if (code === '') return;
    if (earlier === undefined) {
      firstUse.set(code, name);
      return;
    }
    const message = `工作表「${name}」的项目编码“${code}”与工作表「${earlier}」重复。`;
    const location = { cell: cellAddress(name, sheet.codeAt.row, sheet.codeAt.column), project: index + 1, projectCode: code, field: 'code' };
    findings.push(xlsxFinding('xlsx.duplicate-project-code', location, message, '请核对项目编码，同一年度内不能重复'));
  });
}

/** The unit and money unit of the workbook (those of its first project sheet), after checking the others agree. */
export function checkAcrossSheets(sheets: readonly ProjectSheet[], grids: readonly Grid[], findings: Finding[]): { unit: Omit<Unit, 'divisionCode'>; moneyUnit: MoneyUnit } {
  const unit = resolveUnit(sheets, grids, findings);
  const moneyUnit = resolveMoneyUnit(sheets, grids, findings);
  checkDistinctCodes(sheets, grids, findings);
  return { unit, moneyUnit };
}
