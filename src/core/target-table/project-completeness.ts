/**
 * Whether a project table has every row of the layout: a missing row is reported at the place it was
 * expected after; a last project that stops early means the file was cut (truncated).
 */
import { cellKey } from './cell-text';
import { hasKind, quote } from './finding-kinds';
import type { ProjectContext, ProjectSlot } from './project-context';
import { slotNames, slotOrder, type Slot, type SortedRows } from './project-rows';
import { projectLabel, report, wordsAt } from './table-context';

/** A merged row is only looked for under its label row; without the label, one finding is enough. */
const dependsOn: Partial<Record<Slot, Slot>> = { purpose: 'budget', planValues: 'planHeader' };

function endOf<P>(slot: ProjectSlot<P>): P {
  return slot.rows.at(-1)?.endPlace ?? slot.place;
}

/** Where a missing slot was expected after: the end of the nearest present slot before it. */
function expectedAfter<P>(sorted: SortedRows<P>, slot: ProjectSlot<P>, missing: Slot): P {
  const before = slotOrder.slice(0, slotOrder.indexOf(missing)).reverse();
  const previous = before.map((name) => sorted[name]).find((row) => row !== undefined);
  return previous?.endPlace ?? slot.place;
}

function reportTitleOnly<P>(context: ProjectContext<P>, slot: ProjectSlot<P>): void {
  const where = wordsAt(context, slot.place);
  if (context.isLast) {
    const message = `文件在${where}结束，${projectLabel(context)}只有标题，没有表格，文件可能被截断。`;
    report(context, 'truncated', slot.place, {}, message, '请重新完整导出文件后再导入');
    return;
  }
  report(context, 'empty-project', slot.place, {}, `${projectLabel(context)}（${where}）只有标题，下面没有绩效目标表。`, '请补上该项目的表格或删除标题');
}

function reportTruncated<P>(context: ProjectContext<P>, slot: ProjectSlot<P>, missing: readonly Slot[]): void {
  if (hasKind(context.sink, 'truncated')) return;
  const end = endOf(slot);
  const names = missing.length > 0 ? missing.map((name) => `「${slotNames[name]}」`).join('、') + '等行' : '指标行';
  const message = `文件在${wordsAt(context, end)}结束，${projectLabel(context)}的表格不完整，缺少${names}，文件可能被截断。`;
  report(context, 'truncated', end, {}, message, '请重新完整导出文件后再导入');
}

function reportMissingRows<P>(context: ProjectContext<P>, slot: ProjectSlot<P>, sorted: SortedRows<P>, endsEarly: boolean): Slot[] {
  const lastPresent = Math.max(...slotOrder.map((name, index) => (sorted[name] ? index : -1)));
  const tail: Slot[] = [];
  slotOrder.forEach((name, index) => {
    const parent = dependsOn[name];
    if (sorted[name] || (parent && !sorted[parent])) return;
    if (endsEarly && index > lastPresent) {
      tail.push(name);
      return;
    }
    const after = expectedAfter(sorted, slot, name);
    const message = `${projectLabel(context)}缺少「${slotNames[name]}」行：${wordsAt(context, after)}之后应为该行。`;
    report(context, 'missing-row', after, { cell: slotNames[name] }, message, '请按模板补上该行');
  });
  return tail;
}

function checkTitle<P>(context: ProjectContext<P>, slot: ProjectSlot<P>, name: string): void {
  if (!slot.title) {
    const message = `${wordsAt(context, slot.place)}起的表格前没有“N.项目名称绩效目标表”标题，已按第${context.index}个项目导入。`;
    report(context, 'missing-project-title', slot.place, {}, message);
    return;
  }
  const squash = (text: string): string => cellKey(text).replace(/\s+/g, '');
  if (name === '' || slot.title.title === '' || squash(name) === squash(slot.title.title)) return;
  const message = `${wordsAt(context, slot.title.place)}的标题${quote(slot.title.title)}与表中的项目名称${quote(name)}不一致。`;
  report(context, 'title-mismatch', slot.title.place, { cell: '项目名称' }, message, '请统一标题与项目名称');
}

/** Reports missing rows, a truncated end, a table without indicators, and a missing or differing title. */
export function checkCompleteness<P>(context: ProjectContext<P>, slot: ProjectSlot<P>, sorted: SortedRows<P>, name: string): void {
  if (slot.rows.length === 0) {
    reportTitleOnly(context, slot);
    return;
  }
  checkTitle(context, slot, name);
  const endsEarly = context.isLast && sorted.indicators.length === 0;
  const tail = reportMissingRows(context, slot, sorted, endsEarly);
  if (endsEarly) reportTruncated(context, slot, tail);
  else if (sorted.indicators.length === 0) {
    const place = sorted.indicatorHeader?.endPlace ?? endOf(slot);
    const message = `${projectLabel(context)}的表格没有指标行（${wordsAt(context, place)}之后应为指标）。`;
    report(context, 'no-indicators', place, {}, message, '请填写该项目的绩效指标');
  }
}
