import { describe, expect, it } from 'vitest';
import { buildDepartmentPlan, buildIndicator, buildProject, buildUnitYear } from '../../testing/builders';
import { messagesOf, runRule } from '../testing';
import { citationNames, citationYears, unpairedMarks } from './consistency-text';

describe('consistency.unpaired-marks', () => {
  it('reports an unclosed bracket inside a title, once per project for a repeated cell, with the other cells as evidence', () => {
    const basis = '《昌黎县关于鼓励和支持人才创新创业的实施办法（试行》';
    const project = buildProject({ indicators: [buildIndicator({ basis }), buildIndicator({ name: '人才引进数量', basis })] });
    const findings = runRule(unpairedMarks, buildUnitYear({ projects: [project] }));
    expect(messagesOf(findings)).toEqual([
      '项目“干部培训经费”指标“培训人数”的指标值确定依据“…持人才创新创业的实施办法（试行》”中的左括号「（」没有对应的右括号「）」。',
    ]);
    expect(findings[0]?.suggestion).toBe('补上右括号「）」。');
    expect(findings[0]?.evidence?.map((evidence) => evidence.location.indicator)).toEqual([2]);
  });

  it('reports an unclosed quote in the department plan', () => {
    const plan = buildDepartmentPlan({ subGoals: [{ title: '（六）扎实推进基层组织建设。', goal: '圆满完成村“两委确换届工作。', indicatorText: '' }] });
    const findings = runRule(unpairedMarks, buildUnitYear({ departmentPlan: plan }));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.location).toEqual({ field: 'departmentPlan.subGoals[0].goal', cell: '分项绩效目标（六）扎实推进基层组织建设·绩效目标' });
  });

  it('accepts paired marks, including a full-width opener closed half-width', () => {
    const project = buildProject({ purpose: '用于“五送”活动（送党旗、送党刊）。', indicators: [buildIndicator({ basis: '昌黎县人才开发专项资金的请示（昌人才[2005]1号)' })] });
    expect(runRule(unpairedMarks, buildUnitYear({ projects: [project] }))).toEqual([]);
  });
});

describe('consistency.citation-years', () => {
  const plan = (years: string) => `《干部教育培训工作条例》《${years}年全市干部教育培训规划》`;

  it('reports the spellings that differ from the most cited one, once per project', () => {
    const indicators = ['2018-2022', '2018-2022', '2018-2021', '2018-2025'].map((years, index) => buildIndicator({ name: `指标${index + 1}`, basis: plan(years) }));
    const findings = runRule(citationYears, buildUnitYear({ projects: [buildProject({ indicators })] }));
    expect(messagesOf(findings)).toEqual([
      '同一文件在本单位文件中有3种写法：《2018-2022年全市干部教育培训规划》（2处）、《2018-2021年全市干部教育培训规划》（1处）、《2018-2025年全市干部教育培训规划》（1处）。项目“干部培训经费”指标“指标3”的指标值确定依据写作《2018-2021年全市干部教育培训规划》，本项目另有1处写法与多数不同。',
    ]);
    expect(findings[0]?.location.indicator).toBe(3);
    expect(findings[0]?.evidence).toHaveLength(3);
  });

  it('accepts one spelling, and different documents of different years', () => {
    const indicators = [buildIndicator({ basis: plan('2018-2022') }), buildIndicator({ name: '其他', basis: '《2020年全市非公企业党建工作重点任务》《2021年全市非公企业党建工作要点》' })];
    expect(runRule(citationYears, buildUnitYear({ projects: [buildProject({ indicators })] }))).toEqual([]);
  });
});

describe('consistency.citation-names', () => {
  it('reports a shortened name of a document cited in full elsewhere', () => {
    const project = buildProject({
      goals: ['档案室及档案设备符合《干部人事档案工作条例》规定的达标标准。'],
      indicators: [buildIndicator({ basis: '干部档案工作条例' }), buildIndicator({ name: '档案保管', basis: '干部档案工作条例' })],
    });
    const findings = runRule(citationNames, buildUnitYear({ projects: [project] }));
    expect(messagesOf(findings)).toEqual(['项目“干部培训经费”指标“培训人数”的指标值确定依据引用的“干部档案工作条例”与本单位其他地方引用的《干部人事档案工作条例》疑为同一文件，名称不一致。']);
    expect(findings[0]?.evidence).toHaveLength(2);
  });

  it('accepts different documents and the same name with or without title marks', () => {
    const indicators = [buildIndicator({ basis: '干部考核条例' }), buildIndicator({ name: '二', basis: '《干部教育培训工作条例》' }), buildIndicator({ name: '三', basis: '公务员培训规定' }), buildIndicator({ name: '四', basis: '《公务员培训规定》' })];
    expect(runRule(citationNames, buildUnitYear({ projects: [buildProject({ indicators })] }))).toEqual([]);
  });
});
