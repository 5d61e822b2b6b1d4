/**
 * What the readers of one table share: the format that names places, the sink findings go to, and the
 * project the table holds (for the location of findings and for messages).
 */
import type { Finding, Location } from '../finding';
import { quote, tableFinding, type FindingSink, type TableFindingKind } from './finding-kinds';
import type { TableFormat } from './table-format';

export interface TableContext<P> {
  format: TableFormat<P>;
  sink: FindingSink;
  /** 1-based position of the project in the document; 0 for what belongs to no one project. */
  index: number;
  /** Filled in as soon as the 项目编码 cell is read. */
  projectCode: string;
  /** The 项目名称 (or the title) once known, for messages. */
  name: string;
}

/** Where in the table a finding points, besides the place: the cell's name, the indicator, the model field. */
export type LocationDetail = Omit<Location, 'line'>;

/** A context for what belongs to the whole document (no project), with the document's format and sink. */
export function documentContext<P>(format: TableFormat<P>, sink: FindingSink): TableContext<P> {
  return { format, sink, index: 0, projectCode: '', name: '' };
}

/** "第3个项目「干部队伍建设经费」", the way messages name a project. */
export function projectLabel(context: TableContext<unknown>): string {
  return context.name === '' ? `第${context.index}个项目` : `第${context.index}个项目${quote(context.name)}`;
}

/** The cell at `place` as this format's messages name it ("第3个项目「…」第12行", "工作表「项目1」的E7单元格"). */
export function subjectAt<P>(context: TableContext<P>, place: P): string {
  return context.format.phrasing.subject(projectLabel(context), place);
}

/** The place in the words of a message ("第12行", "表3 第5行"). */
export function wordsAt<P>(context: TableContext<P>, place: P): string {
  return context.format.words(place);
}

/** The location of a finding at `place` (null: no one place), with the context's project (when it holds one) and its code (once read). */
export function locate<P>(context: TableContext<P>, place: P | null, detail: LocationDetail): Location {
  const location: Location = { ...detail };
  if (context.index > 0) location.project = context.index;
  if (context.projectCode !== '') location.projectCode = context.projectCode;
  return context.format.locate(place, location);
}

function orderOf<P>(context: TableContext<P>, place: P | null): number {
  return place === null ? 0 : context.format.order(place);
}

/** Adds a finding at `place` (see {@link locate}); its severity is the kind's. */
export function report<P>(context: TableContext<P>, kind: TableFindingKind, place: P | null, detail: LocationDetail, message: string, suggestion?: string): void {
  const finding = tableFinding(context.sink.prefix, kind, locate(context, place, detail), message, suggestion);
  context.sink.located.push({ finding, order: orderOf(context, place) });
}

/** Adds findings made elsewhere (the target parser's, or the format's own) at `place`; their own location fields win. */
export function placeFindings<P>(context: TableContext<P>, findings: readonly Finding[], place: P | null, detail: LocationDetail): void {
  if (findings.length === 0) return;
  const location = locate(context, place, detail);
  const order = orderOf(context, place);
  for (const finding of findings) context.sink.located.push({ finding: { ...finding, location: { ...location, ...finding.location } }, order });
}
