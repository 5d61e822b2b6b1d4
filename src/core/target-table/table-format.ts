/**
 * How a format names places: the location of a finding (line and cell), the words of a message and the
 * order of places in the document. The shared readers only ever hand places to their format.
 *
 * The phrasing is how the format's messages put what the readers find. Documents (the text export and
 * Word) name the project, then the place ("第3个项目「干部队伍建设经费」第12行的「预算数」…"); workbooks name
 * the cell ("工作表「项目1」的B4单元格（预算数）…"), each as its users have always read it.
 */
import type { Location } from '../finding';
import { cellKey } from './cell-text';

export interface Phrasing<P> {
  /** The cell of a project a message is about, from the project's label and the place. */
  subject(project: string, place: P): string;
  /** A labelled cell of that subject: "…第12行的「预算数」" or "…B4单元格（预算数）". */
  labelled(subject: string, label: string): string;
  notAPercent(subject: string, checkpoint: string, value: string): string;
  /** What a merged level cell does with the one above: 合并 (documents) or 沿用 (workbooks). */
  mergeVerb: string;
  emptyIndicatorName(subject: string, index: number): string;
  emptyTarget(subject: string, index: number): string;
  unitMissingSuggestion: string | undefined;
  /** A project named at a place, in a finding about several projects: "第2个项目（第181行）", "工作表「项目2」". */
  projectAt(position: number, place: P): string;
  /** An earlier project: "第1个项目", "工作表「项目1」". */
  earlierProject(position: number, place: P): string;
  /** Whom a unit or money unit that differs is compared with, and what holds one unit. */
  unitReference: string;
  moneyUnitReference: string;
  container: string;
}

export interface TableFormat<P> {
  /**
   * The location of a finding at `place` (null: at no one place), from what the readers know of it:
   * project, indicator, field, and in `cell` the cell's label or column header, when it has one.
   * The format also puts the fields in the order its findings have always had.
   */
  locate(place: P | null, location: Location): Location;
  /** The place in the words of a message: "第12行", "表3 第5行 第2列", "第12段", "工作表「项目1」的B4单元格". */
  words(place: P): string;
  /**
   * The place's position in the document; findings are given in this order (0: about the whole file).
   * Consecutive places count one apart (the next line; the next paragraph, row or cell in Word).
   */
  order(place: P): number;
  phrasing: Phrasing<P>;
  /**
   * When an empty 二级指标 cell continues the one above. In documents only when the row's 一级指标 cell is
   * empty too: Word's text export writes merged cells empty, and a Word cell merged on its own already
   * carries the text above, so an empty cell beside a written 一级指标 is a gap. In workbooks whenever the
   * row's 一级指标 is the one above: a 一级指标 merged over rows shows on every row, the 二级指标 beside it
   * left blank.
   */
  level2FromAbove: 'when-level1-empty' | 'within-level1';
}

/** The phrasing of the text export and of Word documents: the project, then the place in `words`. */
export function documentPhrasing<P>(words: (place: P) => string): Phrasing<P> {
  return {
    subject: (project, place) => `${project}${words(place)}`,
    labelled: (subject, label) => `${subject}的「${label}」`,
    notAPercent: (subject, checkpoint, value) => `${subject}「${cellKey(checkpoint)}」的资金支出计划${value}不是百分比。`,
    mergeVerb: '合并',
    emptyIndicatorName: (subject, index) => `${subject}第${index}个指标的「三级指标」为空。`,
    emptyTarget: (subject, index) => `${subject}第${index}个指标的「指标值」为空。`,
    unitMissingSuggestion: undefined,
    projectAt: (position, place) => `第${position}个项目（${words(place)}）`,
    earlierProject: (position) => `第${position}个项目`,
    unitReference: '第一个项目',
    moneyUnitReference: '第一个项目',
    container: '文件',
  };
}
