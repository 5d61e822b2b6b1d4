import { describe, expect, it } from 'vitest';
import { buildDepartmentPlan, buildIndicator, buildProject, buildTarget, buildUnitYear } from '../../testing/builders';
import type { Indicator } from '../../model';
import { messagesOf, runRule } from '../testing';
import { descriptionTarget, goalNumbers, planNumbers } from './consistency-numbers';

const count = (name: string, description: string, raw: string, comparator: '≥' | '=' | '>' | '≤', valueText: string, measureUnit: string): Indicator =>
  buildIndicator({
    name,
    description,
    target: buildTarget({ raw, comparator, value: Number(valueText), valueText, measureUnit, direction: comparator === '≥' || comparator === '>' ? 'higher' : comparator === '≤' ? 'lower' : 'exact' }),
  });

const training = [
  count('举办培训班期数', '举办2期村党组织书记培训班', '2期', '=', '2', '期'),
  count('在职科级干部参训期数', '全县660名科级领导干部参加干部教育培训', '8期', '=', '8', '期'),
  count('举办培训班次', '开展人才培训', '>2次', '>', '2', '次'),
  count('参加培训的人数', '新录用选调生和公务员均参加培训', '≤200人', '≤', '200', '人'),
];
const talent = [
  count('命名优秀人才数量', '评选县级优秀人才数量', '≥50名', '≥', '50', '名'),
  count('人才引进数量', '全日制本科学历及以上高校毕业生引进人数', '≥100名', '≥', '100', '名'),
];

function unitWithPlan(commitments: string[], indicatorText = '') {
  return buildUnitYear({
    departmentPlan: buildDepartmentPlan({ commitments, subGoals: indicatorText ? [{ title: '（二）全面增强干部队伍的整体素质。', goal: '', indicatorText }] : [] }),
    projects: [buildProject({ name: '干部教育培训费', indicators: training }), buildProject({ name: '人才队伍建设管理经费', indicators: talent })],
  });
}

describe('consistency.plan-numbers', () => {
  it('reports a promised number the carrying indicator contradicts, once for both places that promise it', () => {
    const promise = '开展8期科级干部培训、2期人才队伍培训、2期党组织书记培训及1次新录用选调生和公务员的培训';
    const findings = runRule(planNumbers, unitWithPlan([promise], `${promise}。`));
    expect(messagesOf(findings)).toEqual(['部门整体绩效目标写“2期人才队伍培训”，项目“干部教育培训费”的指标“举办培训班次”的指标值却是“>2次”。']);
    expect(findings[0]?.location).toMatchObject({ project: 1, indicator: 3, field: 'target' });
    expect(findings[0]?.evidence?.map((evidence) => evidence.location.field)).toEqual(['departmentPlan.commitments[0]', 'departmentPlan.subGoals[0].indicatorText']);
  });

  it('says nothing when the indicators agree, with comparators and other spellings of the unit', () => {
    const unitYear = unitWithPlan(['开展8期科级干部培训、2期党组织书记培训', '评选出50名以上县级优秀人才、引进100名以上全日制本科学历及以上高校毕业生']);
    expect(runRule(planNumbers, unitYear)).toEqual([]);
  });

  it('says nothing about numbers no indicator carries, nor about totals that frame a promise', () => {
    const unitYear = unitWithPlan(['新建党员活动室1个，扶持县域创新创业项目1项', '确保全县436个站点的光猫完好']);
    expect(runRule(planNumbers, unitYear)).toEqual([]);
  });
});

describe('consistency.goal-numbers', () => {
  it('reports a goal number its indicator contradicts', () => {
    const project = buildProject({ name: '人才队伍建设管理经费', goals: ['1.年内评选县级优秀人才40名。'], indicators: talent });
    const findings = runRule(goalNumbers, buildUnitYear({ projects: [project] }));
    expect(messagesOf(findings)).toEqual(['项目“人才队伍建设管理经费”的绩效目标写“年内评选县级优秀人才40名”，指标“命名优秀人才数量”的指标值却是“≥50名”。']);
  });

  it('accepts goals that agree, and scope numbers such as 全县418个村', () => {
    const project = buildProject({
      goals: ['1.评选县级优秀人才50名，引进全日制本科及以上学历高校毕业生100名。', '2.对全县418个村中不达标的村进行修缮。'],
      indicators: [...talent, count('翻新村级活动场所数量', '翻新村级组织活动场所数量', '20个', '=', '20', '个')],
    });
    expect(runRule(goalNumbers, buildUnitYear({ projects: [project] }))).toEqual([]);
  });
});

describe('consistency.description-target', () => {
  it('reports a description amount that differs from the target', () => {
    const indicator = buildIndicator({ level2: '成本指标', name: '补贴资金总额', description: '补助资金不超过12.4万元', target: buildTarget({ raw: '≤14万元', comparator: '≤', value: 14, valueText: '14', measureUnit: '万元', direction: 'lower' }) });
    expect(messagesOf(runRule(descriptionTarget, buildUnitYear({ projects: [buildProject({ indicators: [indicator] })] })))).toEqual(['指标“补贴资金总额”的描述写“不超过12.4万元”，指标值却是“≤14万元”。']);
  });

  it('accepts agreeing numbers and numbers in other units', () => {
    const indicators = [
      buildIndicator({ name: '补贴资金总额', description: '全年支出控制在25万元', target: buildTarget({ raw: '≤25万', comparator: '≤', value: 25, valueText: '25', measureUnit: '万元', direction: 'lower' }) }),
      count('在职科级干部参训期数', '全县660名科级领导干部参加干部教育培训', '8期', '=', '8', '期'),
    ];
    expect(runRule(descriptionTarget, buildUnitYear({ projects: [buildProject({ indicators })] }))).toEqual([]);
  });
});
