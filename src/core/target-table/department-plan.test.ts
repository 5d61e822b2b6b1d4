import { describe, expect, it } from 'vitest';
import { layoutBlocks, textFormat } from '../import-text/text-places';
import { tokenize } from '../import-text/tokenize';
import { commitmentsOf, measureOf, readDepartmentPlan } from './department-plan';
import type { FindingSink } from './finding-kinds';
import { documentContext } from './table-context';

/** Part 1 of a text export, placed by line as the text importer places it; findings in the order made. */
function planOf(text: string, partLine: number | null = 1) {
  const sink: FindingSink = { prefix: 'import', located: [] };
  const value = readDepartmentPlan(documentContext(textFormat, sink), layoutBlocks(tokenize(text)), partLine);
  return { value, findings: sink.located.map((entry) => entry.finding) };
}

describe('commitmentsOf', () => {
  it('splits the clauses after the marker on ； and drops the final 。', () => {
    expect(commitmentsOf('总目标。具体体现在如下方面：开展8期培训；评选50名人才；翻新20个场所。')).toEqual(['开展8期培训', '评选50名人才', '翻新20个场所']);
  });

  it('accepts 以下方面, a half-width colon and semicolons, and stops at the paragraph end', () => {
    expect(commitmentsOf('具体体现在以下方面:甲; 乙.\n\n另一段；不算')).toEqual(['甲', '乙']);
  });

  it('has none without the marker', () => {
    expect(commitmentsOf('完成年度各项工作任务。')).toEqual([]);
  });
});

describe('measureOf', () => {
  it('takes the first sentence with its 。 as the title', () => {
    expect(measureOf('完善制度建设。制定制度。落实制度。')).toEqual({ title: '完善制度建设。', text: '制定制度。落实制度。' });
  });

  it('keeps a paragraph without 。 whole as the title', () => {
    expect(measureOf('加强内部监督')).toEqual({ title: '加强内部监督', text: '' });
  });
});

describe('readDepartmentPlan', () => {
  it('tells the sections apart by their title, whatever their number', () => {
    const text = ['三、工作保障措施', '加强领导。成立小组。', '', '一、总体目标', '完成任务。', ''].join('\n');
    const { value, findings } = planOf(text);
    expect(value.overallGoal).toBe('完成任务。');
    expect(value.measures).toEqual([{ title: '加强领导。', text: '成立小组。' }]);
    expect(findings).toEqual([expect.objectContaining({ code: 'import.missing-section', severity: 'warning', message: expect.stringContaining('分项绩效目标') })]);
  });

  it('adds a paragraph without a label to the field above it', () => {
    const text = ['二、分项绩效目标', '（一）加强培训。', '', '绩效目标：开展培训。', '', '培训覆盖全县。', '', '绩效指标：8期。', ''].join('\n');
    expect(planOf(text).value.subGoals).toEqual([{ title: '（一）加强培训。', goal: '开展培训。\n\n培训覆盖全县。', indicatorText: '8期。' }]);
  });

  it('reads measures written as numbered headings', () => {
    const text = ['三、工作保障措施', '（一）加强组织领导。成立领导小组。', '', '（二）强化监督。定期检查。', ''].join('\n');
    expect(planOf(text).value.measures).toEqual([
      { title: '（一）加强组织领导。', text: '成立领导小组。' },
      { title: '（二）强化监督。', text: '定期检查。' },
    ]);
  });

  it('warns about text before any section', () => {
    const { findings } = planOf(['昌黎县委组织部2021年部门预算', '', '一、总体绩效目标', '完成任务。'].join('\n'));
    expect(findings.map((finding) => [finding.code, finding.location.line])).toContainEqual(['import.stray-text', 1]);
  });

  it('warns once when the document has no department plan at all', () => {
    const { value, findings } = planOf('', null);
    expect(value).toEqual({ overallGoal: '', commitments: [], subGoals: [], measures: [] });
    expect(findings).toEqual([expect.objectContaining({ code: 'import.no-department-plan', severity: 'warning' })]);
  });
});
