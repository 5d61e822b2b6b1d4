/**
 * The monitoring and self-evaluation tables as a person sees them: Word and Excel files of the reference
 * document's projects, printed to PDF by LibreOffice (a private profile) and rendered to PNG under
 * artifacts/documents/evaluation/ (git-ignored) for a person to look at. Asserted: the column names and blocks
 * of domain.md §6 and the figures in the printed text, landscape pages, no replacement characters.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fen, subtractFen } from '../money';
import type { SelfEvaluationTable } from '../self-evaluation/evaluation-table';
import { exportMonitoringTemplate } from '../xlsx/monitoring-template';
import { exportMonitoringXlsx } from '../xlsx/monitoring-workbook';
import { exportSelfEvaluationXlsx } from '../xlsx/self-evaluation-workbook';
import { seedUnitYear, seedUrl } from '../xlsx/test-workbooks';
import { seedMonitoringTable, seedSelfEvaluationTable } from './evaluation-fixtures';
import { exportMonitoringDocx } from './export-monitoring';
import { exportSelfEvaluationDocx } from './export-self-evaluation';

const outputFolder = fileURLToPath(new URL('../../../artifacts/documents/evaluation/', import.meta.url));
const profile = mkdtempSync(join(tmpdir(), 'jixiao-evaluation-visual-'));
const seed = seedUnitYear(readFileSync(seedUrl));

beforeAll(() => {
  mkdirSync(outputFolder, { recursive: true });
  for (const file of readdirSync(outputFolder)) rmSync(join(outputFolder, file));
});
afterAll(() => rmSync(profile, { recursive: true, force: true }));

function run(command: string, args: readonly string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', timeout: 90_000, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Writes `bytes` as `name`, prints it to PDF and PNG pages; the printed text (spaces squashed) and page sizes. */
function print(name: string, bytes: Uint8Array): { text: string; squashed: string; landscape: boolean } {
  const file = join(outputFolder, name);
  writeFileSync(file, bytes);
  run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outputFolder, file]);
  const pdf = file.replace(/\.\w+$/, '.pdf');
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(run('pdfinfo', [pdf]));
  run('pdftoppm', ['-r', '60', '-png', pdf, pdf.replace(/\.pdf$/, '')]);
  // Raw order keeps the lines of one wrapped cell together (the layout mode interleaves neighbouring cells).
  const text = run('pdftotext', ['-raw', pdf, '-']);
  return { text, squashed: text.replace(/\s+/g, ''), landscape: Number(size?.[1]) > Number(size?.[2]) };
}

describe('the monitoring table, printed', () => {
  const table = seedMonitoringTable(seed);
  it.each([
    ['monitoring-word.docx', () => exportMonitoringDocx(table)],
    ['monitoring-excel.xlsx', () => exportMonitoringXlsx(table)],
  ])('%s shows the funds block, the indicator block with its five causes, and the figures', async (name, make) => {
    const { text, squashed, landscape } = print(name, await make());
    expect(landscape).toBe(true);
    for (const header of ['全年预算数', '1—7月执行数', '执行率', '全年预计执行数', '年度指标值', '1—7月执行情况', '全年预计完成情况', '偏差原因分析', '经费保障', '制度保障', '人员保障', '硬件条件保障', '完成目标可能性', '备注']) expect(squashed).toContain(header);
    for (const entry of table.projects) expect(squashed).toContain(entry.project.name.replace(/\s+/g, ''));
    expect(squashed).toContain('上级补助资金7月下旬才到位');
    expect(squashed).toContain('整改措施：8月完成政府采购');
    expect(text).not.toContain('\uFFFD');
  });
});

/** The first project's adjusted budget and spending split by source: the rest fiscal, 2.3456 and 1.2345 万元 carried over. */
function splitBySource(table: SelfEvaluationTable): SelfEvaluationTable {
  const [first, ...rest] = table.projects;
  if (!first) throw new Error('no project');
  const { evaluation } = first;
  const [budgetCarried, spentCarried] = [fen(2_345_600), fen(1_234_500)];
  const adjustedBudgetBySource = { fiscal: subtractFen(evaluation.adjustedBudget, budgetCarried), carryover: budgetCarried, other: null };
  const spentBySource = { fiscal: subtractFen(evaluation.spent, spentCarried), carryover: spentCarried, other: null };
  return { ...table, projects: [{ ...first, evaluation: { ...evaluation, adjustedBudgetBySource, spentBySource } }, ...rest] };
}

describe('the self-evaluation table, printed', () => {
  const table = splitBySource(seedSelfEvaluationTable(seed));
  it.each([
    ['self-evaluation-word.docx', () => exportSelfEvaluationDocx(table)],
    ['self-evaluation-excel.xlsx', () => exportSelfEvaluationXlsx(table)],
  ])('%s shows the funds rows, the goal block, the indicator block and 总分', async (name, make) => {
    const { text, squashed } = print(name, await make());
    for (const label of ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', '年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金', '预期目标', '实际完成情况', '实际完成值', '偏差原因分析及改进措施', '总分']) expect(squashed).toContain(label);
    for (const entry of table.projects) {
      expect(squashed).toContain(entry.project.name.replace(/\s+/g, ''));
      expect(squashed).toContain(entry.score?.total.rounded ?? 'no score');
    }
    expect(squashed).toContain('95.00%');
    expect(squashed).toContain('2.3456');
    expect(squashed).toContain('1.2345');
    expect(text).not.toContain('\uFFFD');
  });
});

describe('the monitoring template, printed', () => {
  it('shows each project sheet with its targets, the figures so far and the columns to fill', async () => {
    const table = seedMonitoringTable(seed);
    const template = {
      roundId: 'round',
      unit: table.unit,
      year: table.year,
      cutOff: table.cutOff,
      title: table.title,
      projects: table.projects.map((entry, index) => ({ id: `project-${index}`, version: 1, project: entry.project, indicatorIds: entry.project.indicators.map((_, position) => `${index}-${position}`), report: entry.report })),
    };
    const { text, squashed, landscape } = print('monitoring-template.xlsx', await exportMonitoringTemplate(template));
    expect(landscape).toBe(true);
    for (const header of ['填报说明', '全年预算数（万元）', '1—7月执行数（万元）', '完成目标可能性', '偏差原因：经费保障', '是否需要整改', '整改措施']) expect(squashed).toContain(header);
    expect(squashed).toContain('上级补助资金7月下旬才到位');
    expect(squashed).not.toContain('project-0');
    expect(text).not.toContain('\uFFFD');
  });
});
