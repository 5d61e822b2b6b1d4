import { describe, expect, it } from 'vitest';
import { parseAmount } from '../money';
import { importTargetsDocx } from './index';
import { joinedTarget, nationalDocx, nationalIndicators } from './national-fixture';
import { editDocumentXml } from './test-files';

const inYuan = await nationalDocx({ moneyUnit: '元', split: false });
const inWanYuanSplit = await nationalDocx({ moneyUnit: '万元', split: true });

describe('importTargetsDocx: the national layout', () => {
  it.each([
    ['元, 指标值及单位 + 绩效标准', inYuan, '元', { total: '1,250,000.00', fiscal: '1,250,000.00', other: '0.00' }],
    ['万元 stated above the table, 指标性质 | 指标值 | 度量单位 split', inWanYuanSplit, '万元', { total: '125.00', fiscal: '125.00', other: '0' }],
  ] as const)('reads one project per table (%s), amounts exactly in the document’s unit', async (_name, bytes, moneyUnit, budgetRaw) => {
    const { unitYear } = await importTargetsDocx(bytes);
    expect(unitYear).toMatchObject({ unit: { code: '203005', name: '昌黎县交通运输局', divisionCode: '130322' }, year: 2021, moneyUnit });
    const [project] = unitYear?.projects ?? [];
    expect(project).toMatchObject({ code: '13032221100000000012', name: '2021年农村公路养护工程', purpose: '', spendingPlan: [], budgetRaw });
    expect(project?.budget).toEqual({ total: parseAmount('125', '万元'), fiscal: parseAmount('125', '万元'), other: 0 });
    expect(project?.goals).toEqual(['目标1：完成全县农村公路养护里程120公里，养护桥梁6座。', '目标2：路况优良率达到85%以上，群众出行条件明显改善。']);
  });

  it.each([
    ['joined', inYuan],
    ['split', inWanYuanSplit],
  ] as const)('reads the indicators (%s target columns): levels through merged cells, 绩效标准 as the basis', async (_name, bytes) => {
    const indicators = (await importTargetsDocx(bytes)).unitYear?.projects[0]?.indicators ?? [];
    expect(indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target.raw, indicator.basis])).toEqual(
      nationalIndicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, joinedTarget(indicator), indicator.standard]),
    );
    expect(indicators.every((indicator) => indicator.description === '')).toBe(true);
    expect(indicators[2]?.target).toMatchObject({ kind: 'quantitative', comparator: '≥', value: 85, measureUnit: '%' });
    expect(indicators[3]?.target).toMatchObject({ kind: 'deadline', date: '2021-11-30' });
    expect(indicators[4]?.target).toMatchObject({ kind: 'quantitative', comparator: '≤', valueText: '10416.67', measureUnit: '元' });
  });

  it('warns that the department plan is empty, and says which layout it read', async () => {
    const { unitYear, findings } = await importTargetsDocx(inYuan);
    expect(unitYear?.departmentPlan).toEqual({ overallGoal: '', commitments: [], subGoals: [], measures: [] });
    expect(findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['docx.national-layout', 'info'],
      ['docx.no-department-plan', 'warning'],
    ]);
  });

  it('locates a bad amount by table, row and cell', async () => {
    const damaged = await editDocumentXml(inYuan, (xml) => xml.replace('1,250,000.00', '一百二十五万'));
    const finding = (await importTargetsDocx(damaged)).findings.find((entry) => entry.code === 'docx.not-a-number');
    expect(finding).toMatchObject({ severity: 'error', location: { project: 1, field: 'budget.total', cell: '表1 第4行 第3列（年度资金总额）' } });
    expect(finding?.message).toBe('表1 第4行 第3列的「年度资金总额」填的是「一百二十五万」，不是金额，应为以元为单位的数字。');
  });

  it('reports a missing label and a missing money unit as errors', async () => {
    const damaged = await editDocumentXml(inWanYuanSplit, (xml) => xml.replace('>项目编码<', '>备注<').replace('单位：万元', '填报日期：2021年3月1日'));
    const findings = (await importTargetsDocx(damaged)).findings.filter((finding) => finding.severity === 'error');
    expect(findings.map((finding) => [finding.code, finding.location.cell])).toEqual([
      ['docx.missing-label', '表1 第1行（项目编码）'],
      ['docx.money-unit', '表1 第1行（单位）'],
    ]);
  });

  it('locates an empty 三级指标 and an unreadable comparator column header', async () => {
    const damaged = await editDocumentXml(inWanYuanSplit, (xml) => xml.replace('>养护桥梁<', '><').replace('>度量单位<', '>计量方式<'));
    const findings = (await importTargetsDocx(damaged)).findings;
    expect(findings.find((finding) => finding.code === 'docx.required-cell-empty')?.location).toMatchObject({ project: 1, indicator: 2, cell: '表1 第10行 第4列（三级指标）' });
    expect(findings.find((finding) => finding.code === 'docx.unknown-column')).toMatchObject({ severity: 'warning', location: { cell: '表1 第8行 第7列（计量方式）' } });
  });
});
