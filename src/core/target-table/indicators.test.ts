/**
 * One indicator row read by the shared reader, with the places of the text export (lines): merged
 * levels as each kind of format shows them, and where the findings go.
 */
import { describe, expect, it } from 'vitest';
import { textFormat } from '../import-text/text-places';
import type { Finding } from '../finding';
import type { FindingSink } from './finding-kinds';
import { readIndicatorRow, type IndicatorCells, type Levels } from './indicators';
import type { TableFormat } from './table-format';
import type { TableContext } from './table-context';

function contextOf(format: TableFormat<number>): TableContext<number> {
  const sink: FindingSink = { prefix: 'import', located: [] };
  return { format, sink, index: 2, projectCode: 'P2', name: '基层组织建设经费' };
}

function cells(line: number, texts: readonly [string, string, string, string]): IndicatorCells<number> {
  const [level1, level2, name, target] = texts;
  const at = (text: string, column: number) => ({ text, place: line * 10 + column });
  return { level1: at(level1, 1), level2: at(level2, 2), name: at(name, 3), target: at(target, 5) };
}

function findingsOf(context: TableContext<number>): Finding[] {
  return context.sink.located.map((entry) => entry.finding);
}

const above: Levels = { level1: '产出指标', level2: '数量指标' };
const workbookLike: TableFormat<number> = { ...textFormat, level2FromAbove: 'within-level1' };

describe('readIndicatorRow', () => {
  it('takes both levels from above when both cells are empty (merged)', () => {
    const context = contextOf(textFormat);
    expect(readIndicatorRow(context, cells(7, ['', '', '补贴人数', '418人']), above, 2, 70)).toMatchObject({ level1: '产出指标', level2: '数量指标', name: '补贴人数' });
    expect(findingsOf(context)).toEqual([]);
  });

  it('in a document, an empty 二级指标 beside a written 一级指标 is a gap', () => {
    const context = contextOf(textFormat);
    const indicator = readIndicatorRow(context, cells(7, ['产出指标', '', '补贴人数', '418人']), above, 2, 70);
    expect(indicator.level2).toBe('');
    expect(findingsOf(context)).toEqual([
      expect.objectContaining({ code: 'import.merged-cell-without-above', location: { line: 72, project: 2, indicator: 2, cell: '二级指标', field: 'level2', projectCode: 'P2' } }),
    ]);
    expect(findingsOf(context)[0]?.message).toBe('第2个项目「基层组织建设经费」第72行的「二级指标」为空，上方没有可以合并的二级指标。');
  });

  it('in a workbook, it continues the one above within the same 一级指标, never across', () => {
    const context = contextOf(workbookLike);
    expect(readIndicatorRow(context, cells(7, ['产出指标', '', '补贴人数', '418人']), above, 2, 70).level2).toBe('数量指标');
    expect(readIndicatorRow(context, cells(8, ['效益指标', '', '就业', '明显']), above, 3, 80).level2).toBe('');
    expect(findingsOf(context).map((finding) => finding.location.line)).toEqual([82]);
  });

  it('places the target parser’s findings at the target cell', () => {
    const context = contextOf(textFormat);
    readIndicatorRow(context, cells(9, ['', '', '下发时间', '考核结果确定后3个月内下发']), above, 4, 90);
    expect(findingsOf(context)).toEqual([
      expect.objectContaining({ code: 'target.unreadable', location: { line: 95, project: 2, indicator: 4, cell: '指标值', field: 'target', projectCode: 'P2' } }),
    ]);
  });

  it('reports an empty 三级指标 as an error and an empty target as a warning', () => {
    const context = contextOf(textFormat);
    readIndicatorRow(context, cells(9, ['', '', '', '  ']), above, 4, 90);
    expect(findingsOf(context).map((finding) => [finding.code, finding.severity, finding.location.line, finding.location.cell])).toEqual([
      ['import.required-cell-empty', 'error', 93, '三级指标'],
      ['import.empty-cell', 'warning', 95, '指标值'],
    ]);
  });
});
