import { describe, expect, it } from 'vitest';
import { columnOf, missingColumns, opensIndicatorHeader, seedColumns, type IndicatorColumn } from './indicator-columns';

const reference = new Set<IndicatorColumn>(seedColumns);
const workbook = new Set<IndicatorColumn>([...seedColumns, 'nature', 'measureUnit', 'raw']);
const national = new Set<IndicatorColumn>([...seedColumns, 'nature', 'measureUnit', 'ignored']);

describe('columnOf: one table of header spellings for every layout', () => {
  it.each([
    ['一级指标', 'level1'],
    ['二 级 指 标', 'level2'],
    ['指标名称', 'name'],
    ['绩效指标描述', 'description'],
    ['指标值确定依据', 'basis'],
    ['绩效标准', 'basis'],
    ['评（扣）分标准', 'basis'],
    ['年度指标值', 'target'],
    ['指标值及单位', 'target'],
  ] as const)('reads %j as %s', (header, column) => {
    expect(columnOf(header, reference)).toBe(column);
  });

  it('knows only the columns of the layout: 指标值原文 is a workbook column, 分值 a national one', () => {
    expect(columnOf('指标值原文', workbook)).toBe('raw');
    expect(columnOf('指标值原文', reference)).toBe('target');
    expect(columnOf('度量单位', workbook)).toBe('measureUnit');
    expect(columnOf('度量单位', reference)).toBeNull();
    expect(columnOf('分值', national)).toBe('ignored');
    expect(columnOf('分值', workbook)).toBeNull();
  });

  it('gives a column once when asked to, so that a second 一级指标 is unknown', () => {
    expect(columnOf('一级指标', reference, new Set(['level1']))).toBeNull();
    expect(columnOf('指标值', national, new Set())).toBe('target');
  });

  it('names the missing required columns in order', () => {
    expect(missingColumns(new Set<IndicatorColumn>(['level1', 'name']))).toEqual({ columns: ['level2', 'target'], names: '「二级指标」、「指标值」' });
    expect(missingColumns(new Set<IndicatorColumn>(seedColumns)).columns).toEqual([]);
  });

  it('tells the cell that opens the indicator header', () => {
    expect(opensIndicatorHeader(' 一级指标 ')).toBe(true);
    expect(opensIndicatorHeader('产出指标')).toBe(false);
  });
});
