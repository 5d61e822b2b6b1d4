/**
 * What the projects of one document must share, checked across them: the unit, the money unit and
 * distinct project codes; and what is inferred from all of them: the division and the fiscal year.
 * Each disagreement is an error at the place (the cell) of the project that breaks it.
 */
import type { MoneyUnit } from '../money';
import type { Project, Unit } from '../model';
import { quote } from './finding-kinds';
import { report, type TableContext } from './table-context';
import type { NamedUnit, UnitCell } from './unit-cell';

/** A money unit as a project table states it, and where. */
export interface StatedMoneyUnit<P> {
  unit: MoneyUnit;
  place: P;
}

/**
 * A project read, with what the checks across projects need: the unit it names, the money unit it
 * states and where its 项目编码 is (each null when the table lacks it).
 */
export interface ProjectFacts<P> {
  project: Project;
  unit: NamedUnit<P> | null;
  moneyUnit: StatedMoneyUnit<P> | null;
  codePlace: P;
}

const yearPattern = /((?:19|20)\d{2})\s*年/g;
const fiscalYearPattern = /((?:19|20)\d{2})\s*年度/;
const divisionPattern = /^\d{6}/;

const sameUnit = (a: UnitCell, b: UnitCell): boolean => a.code === b.code && a.name === b.name;

/** The unit of the first project that names one: the text and Word documents hold the others to it. */
export function firstUnit<P>(projects: readonly ProjectFacts<P>[]): UnitCell | null {
  return projects.find((entry) => entry.unit !== null)?.unit ?? null;
}

/** The unit most projects name (the first of them on a tie), so that one mistyped sheet is one finding. */
export function mostCommonUnit<P>(projects: readonly ProjectFacts<P>[]): UnitCell | null {
  const counts = new Map<string, { unit: UnitCell; count: number }>();
  for (const { unit } of projects) {
    if (!unit) continue;
    const key = `${unit.code}\u0000${unit.name}`;
    counts.set(key, { unit: counts.get(key)?.unit ?? unit, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  let best: { unit: UnitCell; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.unit ?? null;
}

/** Each project naming another unit than `reference` is an error at its unit cell; returns the reference. */
export function checkUnits<P>(document: TableContext<P>, projects: readonly ProjectFacts<P>[], reference: UnitCell | null): Omit<Unit, 'divisionCode'> {
  const phrasing = document.format.phrasing;
  for (const [position, entry] of projects.entries()) {
    const unit = entry.unit;
    if (!reference || !unit || sameUnit(unit, reference)) continue;
    const who = phrasing.projectAt(position + 1, unit.place);
    const message = `${who}的预算单位${quote(`${unit.code}${unit.name}`)}与${phrasing.unitReference}的${quote(`${reference.code}${reference.name}`)}不同；一个${phrasing.container}只能导入一个单位。`;
    const detail = { project: position + 1, projectCode: entry.project.code, cell: '预算单位', field: 'unit' };
    report(document, 'unit-mismatch', unit.place, detail, message, '请把不同单位的项目分开导入');
  }
  return { code: reference?.code ?? '', name: reference?.name ?? '' };
}

/** The money unit of the first project that states one (万元 when none does: the gap is reported where it is). */
export function resolveMoneyUnit<P>(document: TableContext<P>, projects: readonly ProjectFacts<P>[]): MoneyUnit {
  const phrasing = document.format.phrasing;
  const first = projects.find((entry) => entry.moneyUnit !== null)?.moneyUnit;
  for (const [position, entry] of projects.entries()) {
    const stated = entry.moneyUnit;
    if (!first || !stated || stated.unit === first.unit) continue;
    const message = `${phrasing.projectAt(position + 1, stated.place)}的金额单位是“${stated.unit}”，与${phrasing.moneyUnitReference}的“${first.unit}”不同。`;
    const detail = { project: position + 1, projectCode: entry.project.code, cell: '单位' };
    report(document, 'money-unit', stated.place, detail, message, '请统一各表的金额单位');
  }
  return first?.unit ?? '万元';
}

/** Each 项目编码 once; the second use is the error. */
export function checkDistinctCodes<P>(document: TableContext<P>, projects: readonly ProjectFacts<P>[]): void {
  const phrasing = document.format.phrasing;
  const firstUse = new Map<string, { position: number; place: P }>();
  for (const [position, entry] of projects.entries()) {
    const code = entry.project.code;
    if (code === '') continue;
    const earlier = firstUse.get(code);
    if (earlier === undefined) {
      firstUse.set(code, { position: position + 1, place: entry.codePlace });
      continue;
    }
    const message = `${phrasing.projectAt(position + 1, entry.codePlace)}的项目编码“${code}”与${phrasing.earlierProject(earlier.position, earlier.place)}重复。`;
    const detail = { project: position + 1, projectCode: code, cell: '项目编码', field: 'code' };
    report(document, 'duplicate-project-code', entry.codePlace, detail, message, '请核对项目编码，同一年度内不能重复');
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
 * The year the document names most often in project names, titles and deadline targets; on a tie the
 * later year. Null when none names a year.
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

/**
 * The fiscal year a document states in its title ("…2021年度预算绩效目标", "（2021年度）"): the first
 * "NNNN年度" in the texts, or null. It comes before the years the tables mention (a project name may
 * well name another year).
 */
export function statedYear(texts: readonly string[]): number | null {
  for (const text of texts) {
    const match = fiscalYearPattern.exec(text);
    if (match) return Number(match[1]);
  }
  return null;
}
