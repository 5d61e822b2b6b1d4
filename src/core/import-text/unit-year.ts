/**
 * What the projects of one document must share, checked across them: the unit, the money unit and
 * distinct project codes; and what is inferred from all of them: the division and the fiscal year.
 */
import type { Finding } from '../finding';
import type { MoneyUnit } from '../money';
import type { Project, Unit } from '../model';
import { importFinding, quote } from './finding-codes';
import type { ParsedProject } from './project-table';

const yearPattern = /((?:19|20)\d{2})\s*年/g;
const divisionPattern = /^\d{6}/;

/** The unit the first project names; a project naming another is an error at its line. */
export function resolveUnit(parsed: readonly ParsedProject[], findings: Finding[]): Omit<Unit, 'divisionCode'> {
  const first = parsed.find((entry) => entry.unit !== null)?.unit;
  for (const [position, entry] of parsed.entries()) {
    const unit = entry.unit;
    if (!first || !unit || (unit.code === first.code && unit.name === first.name)) continue;
    const message = `第${position + 1}个项目（第${unit.line}行）的预算单位${quote(`${unit.code}${unit.name}`)}与第一个项目的${quote(`${first.code}${first.name}`)}不同；一个文件只能导入一个单位。`;
    const location = { line: unit.line, project: position + 1, projectCode: entry.project.code, cell: '预算单位', field: 'unit' };
    findings.push(importFinding('import.unit-mismatch', location, message, '请把不同单位的项目分开导入'));
  }
  return { code: first?.code ?? '', name: first?.name ?? '' };
}

/** The money unit of the first project that states one (万元 when none does: the missing row is reported). */
export function resolveMoneyUnit(parsed: readonly ParsedProject[], findings: Finding[]): MoneyUnit {
  const first = parsed.find((entry) => entry.moneyUnit !== null)?.moneyUnit;
  for (const [position, entry] of parsed.entries()) {
    const stated = entry.moneyUnit;
    if (!first || !stated || stated.unit === first.unit) continue;
    const message = `第${position + 1}个项目（第${stated.line}行）的金额单位是“${stated.unit}”，与第一个项目的“${first.unit}”不同。`;
    const location = { line: stated.line, project: position + 1, projectCode: entry.project.code, cell: '单位' };
    findings.push(importFinding('import.money-unit', location, message, '请统一各表的金额单位'));
  }
  return first?.unit ?? '万元';
}

/** Each 项目编码 once; the second use is the error. */
export function checkDistinctCodes(parsed: readonly ParsedProject[], findings: Finding[]): void {
  const firstUse = new Map<string, number>();
  for (const [position, entry] of parsed.entries()) {
    const code = entry.project.code;
    if (code === '') continue;
    const earlier = firstUse.get(code);
    if (earlier === undefined) {
      firstUse.set(code, position + 1);
      continue;
    }
    const message = `第${position + 1}个项目（第${entry.codeLine}行）的项目编码“${code}”与第${earlier}个项目重复。`;
    const location = { line: entry.codeLine, project: position + 1, projectCode: code, cell: '项目编码', field: 'code' };
    findings.push(importFinding('import.duplicate-project-code', location, message, '请核对项目编码，同一年度内不能重复'));
  }
}

/** The first six digits of the project codes when they all share them (130322 in the seed), else null. */
export function divisionOf(projects: readonly Project[]): string | null {
  const prefixes = new Set(projects.map((project) => divisionPattern.exec(project.code)?.[0] ?? ''));
  const [only] = prefixes;
  return prefixes.size === 1 && only !== undefined && only !== '' ? only : null;
}

function countYears(counts: Map<number, number>, text: string): void {
  for (const match of text.matchAll(yearPattern)) {
    const year = Number(match[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
}

/**
 * The year the document names most often in project names, project titles and deadline targets;
 * on a tie the later year. Null when none names a year.
 */
export function detectYear(projects: readonly Project[], titles: readonly string[]): number | null {
  const counts = new Map<number, number>();
  for (const title of titles) countYears(counts, title);
  for (const project of projects) {
    countYears(counts, project.name);
    for (const indicator of project.indicators) {
      if (indicator.target.kind === 'deadline') countYears(counts, `${indicator.target.date.slice(0, 4)}年`);
    }
  }
  let best: [number, number] | null = null;
  for (const [year, count] of counts) {
    if (!best || count > best[1] || (count === best[1] && year > best[0])) best = [year, count];
  }
  return best?.[0] ?? null;
}
