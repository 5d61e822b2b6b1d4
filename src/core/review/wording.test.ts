import { describe, expect, it } from 'vitest';
import { columnNames } from '../target-table/indicator-columns';
import { indicatorCells } from './wording';

describe('indicatorCells', () => {
  it('names the cells of an indicator row in table order as the importers name their columns', () => {
    expect(Object.entries(indicatorCells)).toEqual([
      ['level1', '一级指标'],
      ['level2', '二级指标'],
      ['name', '三级指标'],
      ['description', '绩效指标描述'],
      ['target', '指标值'],
      ['basis', '指标值确定依据'],
    ]);
    for (const [field, name] of Object.entries(indicatorCells)) expect(columnNames).toHaveProperty(field, name);
  });
});
