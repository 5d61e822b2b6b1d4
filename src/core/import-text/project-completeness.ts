/**
 * Whether a project table has every row of the layout: a missing row is reported with the line it
 * was expected after; a last project that stops early means the file was cut (truncated).
 */
import { quote } from './finding-codes';
import { cellKey, locate, projectLabel, report, type ProjectContext, type ProjectSlot } from './project-context';
import { slotNames, slotOrder, type Slot, type SortedRows } from './project-rows';

/** A merged row is only looked for under its label row; without the label, one finding is enough. */
const dependsOn: Partial<Record<Slot, Slot>> = { purpose: 'budget', planValues: 'planHeader' };

function startLine(slot: ProjectSlot): number {
  return slot.title?.line ?? slot.rows[0]?.line ?? 0;
}

function lastLineOf(slot: ProjectSlot): number {
  return slot.rows.at(-1)?.lastLine ?? startLine(slot);
}

/** The line a missing slot was expected after: the end of the nearest present slot before it. */
function expectedAfter(sorted: SortedRows, slot: ProjectSlot, missing: Slot): number {
  const before = slotOrder.slice(0, slotOrder.indexOf(missing)).reverse();
  const previous = before.map((name) => sorted[name]).find((row) => row !== undefined);
  return previous?.lastLine ?? startLine(slot);
}

function reportTitleOnly(context: ProjectContext, slot: ProjectSlot): void {
  const line = startLine(slot);
  if (context.isLast) {
    const message = `文件在第${line}行结束，${projectLabel(context)}只有标题，没有表格，文件可能被截断。`;
    report(context, 'import.truncated', locate(context, line), message, '请重新完整导出文件后再导入');
    return;
  }
  report(context, 'import.empty-project', locate(context, line), `${projectLabel(context)}（第${line}行）只有标题，下面没有绩效目标表。`, '请补上该项目的表格或删除标题');
}

function reportTruncated(context: ProjectContext, slot: ProjectSlot, missing: readonly Slot[]): void {
  if (context.findings.some((finding) => finding.code === 'import.truncated')) return;
  const line = lastLineOf(slot);
  const names = missing.length > 0 ? missing.map((name) => `「${slotNames[name]}」`).join('、') + '等行' : '指标行';
  const message = `文件在第${line}行结束，${projectLabel(context)}的表格不完整，缺少${names}，文件可能被截断。`;
  report(context, 'import.truncated', locate(context, line), message, '请重新完整导出文件后再导入');
}

function reportMissingRows(context: ProjectContext, slot: ProjectSlot, sorted: SortedRows, endsEarly: boolean): Slot[] {
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
    const message = `${projectLabel(context)}缺少「${slotNames[name]}」行：第${after}行之后应为该行。`;
    report(context, 'import.missing-row', locate(context, after, { cell: slotNames[name] }), message, '请按模板补上该行');
  });
  return tail;
}

function checkTitle(context: ProjectContext, slot: ProjectSlot, name: string): void {
  const firstLine = slot.rows[0]?.line ?? 0;
  if (!slot.title) {
    const message = `第${firstLine}行起的表格前没有“N.项目名称绩效目标表”标题，已按第${context.index}个项目导入。`;
    report(context, 'import.missing-project-title', locate(context, firstLine), message);
    return;
  }
  const squash = (text: string): string => cellKey(text).replace(/\s+/g, '');
  if (name === '' || slot.title.title === '' || squash(name) === squash(slot.title.title)) return;
  const message = `第${slot.title.line}行的标题${quote(slot.title.title)}与表中的项目名称${quote(name)}不一致。`;
  report(context, 'import.title-mismatch', locate(context, slot.title.line, { cell: '项目名称' }), message, '请统一标题与项目名称');
}

/** Reports missing rows, a truncated end, a table without indicators, and a missing or differing title. */
export function checkCompleteness(context: ProjectContext, slot: ProjectSlot, sorted: SortedRows, name: string): void {
  if (slot.rows.length === 0) {
    reportTitleOnly(context, slot);
    return;
  }
  checkTitle(context, slot, name);
  const endsEarly = context.isLast && sorted.indicators.length === 0;
  const tail = reportMissingRows(context, slot, sorted, endsEarly);
  if (endsEarly) reportTruncated(context, slot, tail);
  else if (sorted.indicators.length === 0) {
    const line = sorted.indicatorHeader?.lastLine ?? lastLineOf(slot);
    report(context, 'import.no-indicators', locate(context, line), `${projectLabel(context)}的表格没有指标行（第${line}行之后应为指标）。`, '请填写该项目的绩效指标');
  }
}
