import { describe, expect, test } from 'vitest';
import { rowSpansOf } from './indicator-groups';

const row = (level1: string, level2: string) => ({ level1, level2 });

describe('rowSpansOf: merged 一级/二级 cells as in the Word table', () => {
  test('consecutive rows sharing a level merge; covered rows span 0', () => {
    const spans = rowSpansOf([row('产出指标', '数量指标'), row('产出指标', '数量指标'), row('产出指标', '质量指标'), row('效益指标', '社会效益指标'), row('满意度指标', '服务对象满意度指标')]);
    expect(spans).toEqual([
      { level1: 3, level2: 2 },
      { level1: 0, level2: 0 },
      { level1: 0, level2: 1 },
      { level1: 1, level2: 1 },
      { level1: 1, level2: 1 },
    ]);
  });

  test('the same level 2 under a new level 1 starts a new cell; so does a level 1 that comes back', () => {
    const spans = rowSpansOf([row('产出指标', '成本指标'), row('效益指标', '成本指标'), row('产出指标', '成本指标')]);
    expect(spans).toEqual([
      { level1: 1, level2: 1 },
      { level1: 1, level2: 1 },
      { level1: 1, level2: 1 },
    ]);
  });

  test('no rows, no spans', () => {
    expect(rowSpansOf([])).toEqual([]);
  });
});
