import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pack } from '../self-evaluation/testing';
import { onTrack, projectAt, reportOf, unitYearOf, wan } from './testing';
import type { IndicatorReport, MonitoringReport } from './types';
import { requiredExplanations, validateProjectReport, validateRound } from './validate-report';

const project = projectAt(unitYearOf(readFileSync('fixtures/changli-2021.txt')), 2);
const findingsOf = (report: MonitoringReport) => validateProjectReport(project, report, pack()).map((finding) => [finding.code, finding.location.indicator ?? finding.location.field, finding.location.field, finding.message]);
const withRow = (row: IndicatorReport): MonitoringReport => {
  const report = reportOf(project);
  return { ...report, indicators: report.indicators.map((entry) => (entry.indicator === row.indicator ? row : entry)) };
};
const village = (overrides: Partial<IndicatorReport>) => onTrack(2, { kind: 'number', value: '300' }, overrides);

describe('validateProjectReport', () => {
  it('accepts the seed’s second project reported on track', () => {
    expect(validateProjectReport(project, reportOf(project, { spent: wan('10') }), pack())).toEqual([]);
  });

  it('needs a cause and a remark for 有可能', () => {
    expect(findingsOf(withRow(village({ likelihood: 'possible' })))).toEqual([
      ['monitoring.cause-missing', 2, 'causes', '指标“全县17个乡镇完成换届的村数”完成目标可能性为“有可能”，需选择偏差原因并说明。'],
      ['monitoring.remark-missing', 2, 'remark', '指标“全县17个乡镇完成换届的村数”完成目标可能性为“有可能”，需在备注中说明。'],
    ]);
    const explained = village({ likelihood: 'possible', causes: [{ kind: 'staffing', text: '3个村“两委”候选人资格联审未完成。' }], remark: '预计8月底前完成剩余村的换届。' });
    expect(findingsOf(withRow(explained))).toEqual([]);
  });

  it('needs a rectification action for 完全不可能', () => {
    const row = village({ likelihood: 'impossible', causes: [{ kind: 'other', text: '受疫情影响，换届选举推迟。' }], rectification: { needed: true, action: '暂无' } });
    expect(findingsOf(withRow(row))).toEqual([
      ['monitoring.rectification-missing', 2, 'rectification', '指标“全县17个乡镇完成换届的村数”完成目标可能性为“完全不可能”，需写明整改措施。“暂无”不是说明。'],
    ]);
  });

  it('refuses a cause without its text, and “无” or “/” as text', () => {
    const row = village({ likelihood: 'possible', causes: [{ kind: 'funding', text: '无' }, { kind: 'equipment', text: ' / ' }], remark: '下半年加快进度。' });
    expect(findingsOf(withRow(row)).map(([code, , field, message]) => [code, field, message])).toEqual([
      ['monitoring.explanation-empty', 'causes[0].text', '指标“全县17个乡镇完成换届的村数”选择了偏差原因“经费保障”，但没有写明具体情况。“无”不是说明。'],
      ['monitoring.explanation-empty', 'causes[1].text', '指标“全县17个乡镇完成换届的村数”选择了偏差原因“硬件条件保障”，但没有写明具体情况。“/”不是说明。'],
    ]);
  });

  it('refuses a copy of another indicator’s text', () => {
    const cause = { kind: 'funding' as const, text: '上级资金尚未下达。' };
    const report = reportOf(project);
    report.indicators[1] = village({ likelihood: 'possible', causes: [cause], remark: '资金到位后即开展。' });
    report.indicators[2] = onTrack(3, { kind: 'number', value: '80' }, { likelihood: 'possible', causes: [{ kind: 'funding', text: '上级资金尚未下达' }], remark: '督促财政尽快拨付。' });
    expect(findingsOf(report)).toEqual([
      ['monitoring.explanation-copied', 3, 'causes[0].text', '指标“党员组织生活馆能正常使用”的偏差原因分析·经费保障与指标“全县17个乡镇完成换届的村数”的偏差原因分析·经费保障相同（“上级资金尚未下达”），照抄的文字不能说明本指标的偏差。'],
    ]);
  });

  it('needs a remark when progress already reaches the over-achievement share', () => {
    const row = onTrack(15, { kind: 'number', value: '115' }, { remark: '' });
    expect(findingsOf(withRow(row))).toEqual([
      ['monitoring.remark-missing', 15, 'remark', '指标“党员群众对村“两委”的满意度”完成值已达到指标值的120%以上，需在备注中说明。'],
    ]);
  });

  it('checks the kind of the values to date and at year end', () => {
    const report = withRow(onTrack(1, { kind: 'number', value: '1' }, { expected: null }));
    const full = { expected: { kind: 'number' as const, value: '100' } };
    report.indicators[2] = onTrack(3, { kind: 'number', value: '约九成' }, full);
    report.indicators[3] = onTrack(4, { kind: 'status', status: 'achieved' }, full);
    expect(findingsOf(report).map(([code, where, field]) => [code, where, field])).toEqual([
      ['monitoring.progress-kind', 1, 'progress'],
      ['monitoring.progress-missing', 1, 'expected'],
      ['monitoring.progress-unreadable', 3, 'progress'],
      ['monitoring.progress-kind', 4, 'progress'],
    ]);
    expect(findingsOf(report)[0]?.[3]).toBe('指标“发放印刷编纂成册数量”的1—N月执行情况应填“达成”“部分达成”或“未达成”，指标值为“全县科级领导干部数量”。');
  });

  it('checks the funds block and the rows', () => {
    const rows = reportOf(project).indicators;
    const report = reportOf(project, { projectCode: 'X', spent: wan('24'), expectedSpent: wan('20'), indicators: [...rows.slice(1), rows[1] as IndicatorReport, onTrack(16, null)] });
    expect(findingsOf(report).map(([code, where]) => [code, where])).toEqual([
      ['monitoring.project-mismatch', 'projectCode'],
      ['monitoring.amount', 'expectedSpent'],
      ['monitoring.overspend-explanation', 'overspendExplanation'],
      ['monitoring.indicator-duplicate', 2],
      ['monitoring.indicator-unknown', 16],
      ['monitoring.indicator-missing', 1],
    ]);
    expect(validateProjectReport(project, reportOf(project, { spent: wan('24'), expectedSpent: wan('24'), overspendExplanation: '年中追加预算1万元（昌财预〔2021〕12号）。' }), pack())).toEqual([]);
    expect(findingsOf(reportOf(project, { spent: wan('-1') })).map(([code, where]) => [code, where])).toEqual([['monitoring.amount', 'spent']]);
  });
});

describe('requiredExplanations', () => {
  it('asks 有可能 for a cause and a remark, 完全不可能 for a cause and a rectification action, a rectification for its action', () => {
    expect(requiredExplanations(null, false)).toEqual({ causes: false, remark: false, rectification: false });
    expect(requiredExplanations('certain', false)).toEqual({ causes: false, remark: false, rectification: false });
    expect(requiredExplanations('certain', true)).toEqual({ causes: false, remark: false, rectification: true });
    expect(requiredExplanations('possible', false)).toEqual({ causes: true, remark: true, rectification: false });
    expect(requiredExplanations('impossible', false)).toEqual({ causes: true, remark: false, rectification: true });
  });
});

describe('validateRound', () => {
  it('accepts a round and refuses a cut-off outside its year, an empty or repeating unit list', () => {
    expect(validateRound({ year: 2021, cutOff: '2021-07-31', unitCodes: ['203001'], status: 'open' })).toEqual([]);
    expect(validateRound({ year: 2021, cutOff: '2022-07-31', unitCodes: [], status: 'open' }).map((finding) => finding.message)).toEqual(['截止日期2022-07-31不在监控年度2021年内。', '监控批次没有选择任何单位。']);
    expect(validateRound({ year: 2021, cutOff: '7月31日', unitCodes: ['203001', '203001'], status: 'open' }).map((finding) => finding.message)).toEqual(['截止日期“7月31日”不是有效日期。', '单位“203001”在监控批次中出现了不止一次。']);
  });
});
