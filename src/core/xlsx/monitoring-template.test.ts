/**
 * The monitoring template round trip: what is written reads back exactly (amounts to the fen, decimals as
 * stored, statuses, causes, remarks, rectifications), a blank sheet reads as blank, and a sheet with a wrong cell
 * type, a missing row, an added row or an extra column gives errors located at their cells.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatAmount, parseAmount } from '../money';
import { onTrack, reportOf, wan } from '../monitoring/testing';
import type { MonitoringReport } from '../monitoring/types';
import { exportMonitoringTemplate } from './monitoring-template';
import type { MonitoringTemplate } from './monitoring-template-layout';
import { readMonitoringTemplate, type TemplateReport } from './read-monitoring-template';
import { openWorkbook, saveWorkbook, seedUnitYear, seedUrl, sheetNamed } from './test-workbooks';

const seed = seedUnitYear(readFileSync(seedUrl));

function templateOf(reports: (MonitoringReport | null)[]): MonitoringTemplate {
  return {
    roundId: 'round-1',
    unit: seed.unit,
    year: 2021,
    cutOff: '2021-07-31',
    title: '2021年1—7月绩效运行监控',
    projects: seed.projects.slice(0, 3).map((project, index) => ({
      id: `project-${index + 1}`,
      version: reports[index] ? 2 : 0,
      project,
      indicatorIds: project.indicators.map((_, position) => `indicator-${index + 1}-${position + 1}`),
      report: reports[index] ?? null,
    })),
  };
}

const [first, second] = seed.projects;
if (!first || !second) throw new Error('the seed has projects');
const behind = reportOf(first, {
  spent: wan('7.123456'),
  expectedSpent: wan('20.32'),
  overspendExplanation: '',
  indicators: [
    onTrack(1, { kind: 'number', value: '62.5' }, { expected: { kind: 'number', value: '100' }, likelihood: 'possible', causes: [{ kind: 'funding', text: '资金7月下旬到位。' }, { kind: 'other', text: '人员调整。' }], remark: '10月底前完成。', rectification: { needed: true, action: '8月完成采购。' } }),
    ...reportOf(first).indicators.slice(1),
  ],
});
const template = templateOf([behind, reportOf(second, { spent: wan('0.5') }), null]);

/** What a stored report gives when read from a template: amounts as 万元 text, rows by id. */
function expectedReading(index: number): Omit<TemplateReport, 'blank'> {
  const entry = template.projects[index];
  const report = entry?.report;
  if (!entry || !report) throw new Error('a reported project');
  return {
    projectId: entry.id,
    version: entry.version,
    spent: formatAmount(report.spent, '万元', 0),
    expectedSpent: formatAmount(report.expectedSpent, '万元', 0),
    overspendExplanation: report.overspendExplanation,
    indicators: report.indicators.map(({ indicator, ...row }) => ({ indicatorId: entry.indicatorIds[indicator - 1] ?? '', ...row })),
  };
}

async function edited(change: (workbook: Awaited<ReturnType<typeof openWorkbook>>) => void): Promise<Uint8Array> {
  const workbook = await openWorkbook(await exportMonitoringTemplate(template));
  change(workbook);
  return saveWorkbook(workbook);
}

describe('the monitoring template', () => {
  it('reads back exactly what it was written with', async () => {
    const { value, findings } = await readMonitoringTemplate(await exportMonitoringTemplate(template), template);
    expect(findings).toEqual([]);
    const [one, two, three] = value;
    expect(one).toEqual({ ...expectedReading(0), blank: false });
    expect(two).toEqual({ ...expectedReading(1), blank: false });
    expect(three).toMatchObject({ projectId: 'project-3', version: 0, blank: true });
    expect(parseAmount(one?.spent ?? '', '万元')).toBe(wan('7.123456'));
  });

  it('locks everything but the cells to fill, which carry lists and number checks', async () => {
    const workbook = await openWorkbook(await exportMonitoringTemplate(template));
    const sheet = sheetNamed(workbook, '项目1');
    expect(sheet.getCell('D4').protection?.locked).toBe(false);
    expect(sheet.getCell('B4').protection?.locked).not.toBe(false);
    expect(sheet.getCell('H7').dataValidation).toMatchObject({ type: 'list', formulae: ['"确定能,有可能,完全不可能"'] });
    expect(sheet.getCell('O7').dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(sheet.getCell('F7').dataValidation).toMatchObject({ type: 'decimal' });
    expect(sheet.getColumn(17).hidden).toBe(true);
  });

  it('locates a wrong cell type, a missing row, an added row and an extra column', async () => {
    const bytes = await edited((workbook) => {
      const one = sheetNamed(workbook, '项目1');
      one.getCell('F7').value = '六十二';
      one.getCell('D4').value = '七万';
      one.getCell('R9').value = '多余';
      const two = sheetNamed(workbook, '项目2');
      two.spliceRows(8, 1);
      two.getCell('D30').value = '新指标';
      two.getCell('H7').value = '可能';
    });
    const { findings } = await readMonitoringTemplate(bytes, template);
    expect(findings.map((finding) => [finding.severity, finding.location.cell])).toEqual([
      ['error', "'项目1'!R9"],
      ['error', "'项目1'!D4"],
      ['error', "'项目1'!F7"],
      ['error', "'项目2'!Q30"],
      ['error', "'项目2'!D8"],
      ['error', "'项目2'!H7"],
    ]);
    expect(findings[2]?.message).toBe(`'项目1'!F7：指标“${first.indicators[0]?.name}”是定量指标（${first.indicators[0]?.target.raw}），应填数值，现在是“六十二”。`);
  });

  it('refuses a file that is not a workbook, and a workbook of another round', async () => {
    expect((await readMonitoringTemplate(new TextEncoder().encode('not a workbook'), template)).findings.map((finding) => finding.code)).toEqual(['xlsx.not-a-zip']);
    const other = await readMonitoringTemplate(await exportMonitoringTemplate({ ...template, roundId: 'round-2' }), template);
    expect(other.findings.map((finding) => finding.location.cell)).toEqual(["'项目1'!Q2", "'项目2'!Q2", "'项目3'!Q2"]);
  });
});
