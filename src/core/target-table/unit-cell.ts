/** The unit cell (预算单位): a unit code, then the unit's name, as every layout writes it; and the fields' names. */
import { quote } from './finding-kinds';
import { report, subjectAt, type TableContext } from './table-context';

export interface UnitCell {
  code: string;
  name: string;
}

/** How messages name the fields of a project table, in every layout. */
export const fieldNames = {
  unit: '预算单位',
  code: '项目编码',
  name: '项目名称',
  total: '预算数',
  fiscal: '财政资金',
  other: '其他资金',
  purpose: '资金用途',
  goals: '绩效目标',
} as const;

/** A unit as a project table names it, and where. */
export type NamedUnit<P> = UnitCell & { place: P };

/** The code's digits, then the name (a separator between them is not part of the name). */
const unitCellPattern = /^(\d+)[\s\-_、.:：]*(.*)$/s;
/**
 * The national layout's 主管部门 cell may bracket the code ([203005]昌黎县交通运输局), which is then at
 * least three digits long; the reference layout's may not, so that a cell such as （2021年度）… is never
 * read as unit 2021 there.
 */
const bracketedUnitCellPattern = /^[[［【(（]?(\d{3,})[\]］】)）]?[\s\-_、.:：]*(.*)$/s;

function unitOf(match: RegExpExecArray | null): UnitCell | null {
  return match ? { code: match[1] ?? '', name: (match[2] ?? '').trim() } : null;
}

/** The unit a unit cell names, or null when the text does not start with a unit code. */
export function parseUnitCell(text: string): UnitCell | null {
  return unitOf(unitCellPattern.exec(text));
}

/** The unit a national-layout 主管部门 cell names ([203005]…, 203005…), or null without a code. */
export function parseBracketedUnitCell(text: string): UnitCell | null {
  return unitOf(bracketedUnitCellPattern.exec(text));
}

/**
 * Reads a unit cell at `place`: `key` is its text as the format compares it, `shown` as written (for the
 * message). Null, with an error finding, when it has no unit code.
 */
export function readUnitCell<P>(context: TableContext<P>, key: string, shown: string, place: P): UnitCell | null {
  const unit = parseUnitCell(key);
  if (unit) return unit;
  const message = `${subjectAt(context, place)}的${fieldNames.unit}${quote(shown)}没有单位编码（应以数字编码开头，如“203001××单位”）。`;
  report(context, 'unit-missing', place, { cell: fieldNames.unit, field: 'unit' }, message, context.format.phrasing.unitMissingSuggestion);
  return null;
}
