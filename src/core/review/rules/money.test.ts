import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../money';
import { buildIndicator, buildProject, buildTarget, buildUnitYear } from '../../testing/builders';
import type { Indicator, Project } from '../../model';
import { messagesOf, runRule } from '../testing';
import { budgetSum, costSum, decimalToFen, purposeAmounts } from './money';

const cap = (name: string, valueText: string, measureUnit = '万元', comparator: '≤' | '=' = '≤'): Indicator =>
  buildIndicator({
    level2: '成本指标',
    name,
    target: buildTarget({ raw: `${comparator === '≤' ? '≤' : ''}${valueText}${measureUnit}`, comparator, value: Number(valueText), valueText, measureUnit, direction: comparator === '≤' ? 'lower' : 'exact' }),
  });
const unitWith = (...projects: Project[]) => buildUnitYear({ projects });

describe('decimalToFen', () => {
  it('converts exactly and refuses what a fen cannot hold', () => {
    expect(decimalToFen('20.32', 1_000_000)).toBe(20_320_000);
    expect(decimalToFen('3000', 100)).toBe(300_000);
    expect(decimalToFen('0.001', 100)).toBeNull();
    expect(decimalToFen('1.5', 7)).toBeNull();
  });
});

describe('money.budget-sum', () => {
  it('reports a budget that is not fiscal + other', () => {
    const findings = runRule(budgetSum, unitWith(buildProject({ budget: { total: '23.00', fiscal: '20.00', other: '2.00' } })));
    expect(messagesOf(findings)).toEqual(['项目“干部培训经费”的预算数23.00万元不等于财政资金20.00万元与其他资金2.00万元之和（22.00万元）。']);
  });

  it('accepts an exact split', () => {
    expect(runRule(budgetSum, unitWith(buildProject({ budget: { total: '23.00', fiscal: '20.50', other: '2.50' } })))).toEqual([]);
  });
});

describe('money.cost-sum', () => {
  it('reports caps that exceed the budget, in exact money, with the caps as evidence', () => {
    const project = buildProject({ budget: { total: '74.00' }, indicators: [cap('考核奖金', '70'), cap('档案维护', '2', '万'), cap('工资系统', '3')] });
    const findings = runRule(costSum, unitWith(project));
    expect(messagesOf(findings)).toEqual(['项目“干部培训经费”的成本指标合计75.00万元，超过预算数74.00万元，相差1.00万元。']);
    expect(findings[0]?.evidence).toHaveLength(3);
  });

  it('reports caps that leave money uncovered', () => {
    const project = buildProject({ budget: { total: '100.00' }, indicators: [cap('修缮补贴', '60')] });
    expect(messagesOf(runRule(costSum, unitWith(project)))).toEqual(['项目“干部培训经费”的成本指标合计60.00万元，少于预算数100.00万元，相差40.00万元。']);
  });

  it('adds caps in 元 and 万元 exactly and accepts a sum equal to the budget', () => {
    const project = buildProject({ budget: { total: '20.32' }, indicators: [cap('补贴', '20.30'), cap('印刷', '200', '元')] });
    expect((decimalToFen('200', 100) ?? 0) + (decimalToFen('20.30', 1_000_000) ?? 0)).toBe(parseAmount('20.32', '万元'));
    expect(runRule(costSum, unitWith(project))).toEqual([]);
  });

  it('leaves out per-head costs and projects without money caps, and allows the pack tolerance', () => {
    const perHead = buildProject({ budget: { total: '10.00' }, indicators: [cap('培训成本', '10'), cap('人均培训成本', '3000', '元')] });
    const noCaps = buildProject({ indicators: [buildIndicator()] });
    expect(runRule(costSum, unitWith(perHead, noCaps))).toEqual([]);
    const close = buildProject({ budget: { total: '100.00' }, indicators: [cap('补贴', '99.60')] });
    expect(runRule(costSum, unitWith(close), { tolerancePercent: 0.5 })).toEqual([]);
    expect(runRule(costSum, unitWith(close), { tolerancePercent: 0.1 })).toHaveLength(1);
  });
});

describe('money.purpose-amounts', () => {
  it('reports a stated budget that differs from the table', () => {
    const project = buildProject({ budget: { total: '23.00' }, purpose: '预算数25万元,财政资金23万元。其中：用于换届工作。' });
    expect(messagesOf(runRule(purposeAmounts, unitWith(project)))).toEqual(['项目“干部培训经费”的资金用途写预算数“25万元”，表中预算数是23.00万元。']);
  });

  it('reports itemized amounts that do not add up to the budget', () => {
    const project = buildProject({ budget: { total: '74.00' }, purpose: '预算数74万元。1.考核奖金70万元；2.档案管理2万元；3.工资系统服务费3万元。' });
    const findings = runRule(purposeAmounts, unitWith(project));
    expect(messagesOf(findings)).toEqual(['项目“干部培训经费”的资金用途分项列出3笔金额，合计75.00万元，与预算数74.00万元不符。']);
    expect(findings[0]?.evidence?.map((evidence) => evidence.text)).toEqual(['考核奖金70万元', '档案管理2万元', '工资系统服务费3万元']);
  });

  it('accepts agreeing amounts, spaces before units, zero other funds and per-head rates', () => {
    const projects = [
      buildProject({ budget: { total: '74.00' }, purpose: '预算数74万元。其中：财政资金74万元。1.考核奖金70万元，2.干部人事档案管理2万元；3.干部工资系统服务费2万元。' }),
      buildProject({ budget: { total: '100.00' }, purpose: '预算数100万元。其中：财政资金100 万元。' }),
      buildProject({ budget: { total: '30.00' }, purpose: '预算数30万元。其中：财政资金30万元，其他资金0万元。每人补助标准3000元。' }),
      buildProject({ budget: { total: '50.00' }, purpose: '全县共投入资金500万元，本项目安排50万元。' }),
    ];
    expect(runRule(purposeAmounts, unitWith(...projects))).toEqual([]);
  });
});
