/**
 * 绩效运行监控 in a real browser against a real server: the administrator imports the seed (组织部, 203001) and a
 * second unit of the same county (宣传部, 203002, the seed under another unit); the finance reviewer opens a round
 * at 7月31日 with the date picker and sees both units not yet reported; 宣传部 reports on track; the 组织部 editor
 * fills the first project in the grid — one indicator behind plan, whose 有可能 asks for a cause and a remark as
 * the editor types — saves and sees its red light explained; the leader submits; the reviewer sees the units red
 * first, the chart, and drills down to the project and the indicator.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { MonitoringRoundDetailJson, MonitoringUnitJson, SaveMonitoringReportRequest } from '../src/contract/monitoring';
import { openSession, screenshot } from './support/browser';
import type { TestServer } from './support/server';
import { setUpStory } from './support/story';
import { choose, editorAccount, importDocument, importSeedWithUsers, leaderAccount, logIn, reviewerAccount, seedFile, userPassword } from './support/ui';

let server: TestServer;
let browser: Browser;
let admin: Page;
let reviewer: Page;
let editor: Page;
let roundUrl = '';

const firstProject = '2021年选聘高校毕业生到村任职中央补助资金';
const behind = '补贴执行率';

setUpStory((story) => ({ server, browser, admin } = story));

/** A value that keeps an indicator on track at 7月31日: the target for "more is better", half of a cap, 达成 otherwise. */
function onTrack(target: MonitoringUnitJson['projects'][number]['indicators'][number]['target']): SaveMonitoringReportRequest['indicators'][number]['progress'] {
  if (target.kind !== 'quantitative') return { kind: 'status', status: 'achieved' };
  const value = target.value ?? 0;
  return { kind: 'number', value: String(target.direction === 'lower' ? value / 2 : value) };
}

/**
 * Reports every project of a unit but those named, on track, through the API with the session of `page` (the
 * grid is tested on one project; typing nine is not the point).
 */
async function reportOnTrack(page: Page, roundId: string, unitId: string, except: readonly string[]): Promise<void> {
  const { csrfToken } = (await (await page.request.get(`${server.url}/api/auth/session`)).json()) as { csrfToken: string };
  const unit = (await (await page.request.get(`${server.url}/api/monitoring-rounds/${roundId}/units/${unitId}`)).json()) as MonitoringUnitJson;
  for (const project of unit.projects.filter((entry) => !except.includes(entry.name))) {
    const report: SaveMonitoringReportRequest = {
      expectedVersion: project.version,
      spent: (project.budget * 0.9).toFixed(2),
      expectedSpent: project.budget.toFixed(2),
      indicators: project.indicators.map((indicator) => ({ indicatorId: indicator.id, progress: onTrack(indicator.target), expected: onTrack(indicator.target), likelihood: 'certain', causes: [], remark: '', rectification: { needed: false, action: '' } })),
    };
    const answer = await page.request.put(`${server.url}/api/monitoring-rounds/${roundId}/projects/${project.id}`, { data: report, headers: { 'X-CSRF-Token': csrfToken } });
    expect(answer.status(), await answer.text()).toBe(200);
  }
}

/** The label a template cell takes for a value on track (the template's lists are in Chinese). */
function templateValue(progress: SaveMonitoringReportRequest['indicators'][number]['progress']): string | number {
  if (progress?.kind === 'number') return Number(progress.value);
  return '达成';
}

/**
 * The unit's template filled on track for every project but the first (the sheets 项目2 …), as a person fills it
 * in Excel; `wrong` writes words where 项目2's first value belongs.
 */
async function filledTemplate(template: Buffer, unit: MonitoringUnitJson, wrong: boolean): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  // exceljs' types name an older Node Buffer than @types/node's; the bytes are a Buffer all the same.
  await book.xlsx.load(template as unknown as ExcelJS.Buffer);
  unit.projects.forEach((project, index) => {
    const sheet = book.getWorksheet(`项目${index + 1}`);
    if (index === 0 || !sheet) return;
    sheet.getCell(4, 4).value = Number((project.budget * 0.9).toFixed(2));
    sheet.getCell(4, 6).value = project.budget;
    project.indicators.forEach((indicator, position) => {
      const row = 7 + position;
      sheet.getCell(row, 6).value = templateValue(onTrack(indicator.target));
      sheet.getCell(row, 7).value = templateValue(onTrack(indicator.target));
      sheet.getCell(row, 8).value = '确定能';
    });
  });
  const second = book.getWorksheet('项目2');
  if (wrong && second) second.getCell(7, 6).value = '一百左右';
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function submitByApi(page: Page, roundId: string, unitId: string): Promise<void> {
  const { csrfToken } = (await (await page.request.get(`${server.url}/api/auth/session`)).json()) as { csrfToken: string };
  const answer = await page.request.post(`${server.url}/api/monitoring-rounds/${roundId}/units/${unitId}/submit`, { headers: { 'X-CSRF-Token': csrfToken } });
  expect(answer.status(), await answer.text()).toBe(200);
}

const roundIdOf = (url: string) => new URL(url).pathname.split('/')[2] ?? '';

/** Picks `option` in the Select labelled `label`, and waits for its list to close (the next Select opens its own). */
async function pick(page: Page, label: string, option: string): Promise<void> {
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await page.getByLabel(label, { exact: true }).click();
  await open.last().getByTitle(option, { exact: true }).click();
  if (label.startsWith('偏差原因')) await page.keyboard.press('Escape');
  await expect.poll(() => open.count()).toBe(0);
}

/**
 * Types `date` into the date picker labelled `label` and leaves it with Tab, as a keyboard user does (a click on
 * the calendar can land on the row above while the calendar still slides in on a loaded machine; Enter would
 * submit the form).
 */
async function pickDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label);
  await input.click();
  await input.fill(date);
  await input.press('Tab');
  await expect.poll(() => input.inputValue()).toBe(date);
}

/** Types into the input labelled `label` in the open project's grid. */
const fill = (page: Page, label: string, text: string) => page.getByLabel(label, { exact: true }).fill(text);

describe('monitoring: a round opened, reported and read', () => {
  test('the administrator imports two units of 昌黎县 and creates the users', async () => {
    await importSeedWithUsers(admin, server.url, [reviewerAccount, editorAccount, leaderAccount]);
    const other = (await readFile(seedFile, 'utf8')).replaceAll('203001中国共产党昌黎县委员会组织部本级', '203002中国共产党昌黎县委员会宣传部本级');
    await importDocument(admin, server.url, { name: 'xuanchuan-2021.txt', buffer: Buffer.from(other, 'utf8') });
  });

  test('the finance reviewer opens a round at 7月31日; both units are listed as not reported', async () => {
    reviewer = await openSession(browser);
    await logIn(reviewer, server.url, 'cz-reviewer', userPassword);
    await reviewer.getByRole('menuitem', { name: '运行监控' }).click();
    await reviewer.getByText('还没有监控批次').waitFor();
    await choose(reviewer, '年度', '2021 年');
    await pickDate(reviewer, '截止日期', '2021-07-30');
    expect(await reviewer.getByLabel('截止日期').inputValue()).toBe('2021-07-30');
    await pickDate(reviewer, '截止日期', '2021-07-31');
    expect(await screenshot(reviewer, 'monitoring-open-round')).toEqual([]);
    await reviewer.getByRole('button', { name: '开启' }).click();
    await reviewer.waitForURL(/\/monitoring\/[0-9a-f-]+$/);
    roundUrl = reviewer.url();
    const table = reviewer.getByTestId('division-table');
    await table.getByText('203001').waitFor();
    expect(await table.getByText('未提交', { exact: true }).count()).toBe(2);
    expect(await reviewer.getByText('2021-07-31').count()).toBeGreaterThan(0);
  });

  test('宣传部 reports every project on track and submits (through the API, as the administrator)', async () => {
    const detail = (await (await admin.request.get(`${server.url}/api/monitoring-rounds/${roundIdOf(roundUrl)}`)).json()) as MonitoringRoundDetailJson;
    const unit = detail.units.find((row) => row.unit.code === '203002');
    expect(unit).toBeDefined();
    await reportOnTrack(admin, detail.round.id, unit?.unit.id ?? '', []);
    await submitByApi(admin, detail.round.id, unit?.unit.id ?? '');
  });

  test('the 组织部 editor fills the first project: 有可能 asks for a cause and a remark as it is typed; saved, the light is red and explained', async () => {
    editor = await openSession(browser);
    await logIn(editor, server.url, 'zzb-editor', userPassword);
    await editor.getByRole('menuitem', { name: '运行监控' }).click();
    await editor.getByRole('link', { name: '填报' }).first().click();
    await editor.getByTestId('report-grid').waitFor();
    expect(await editor.getByTestId('report-title').textContent()).toBe(firstProject);
    await fill(editor, '1—7月执行数（万元）', '8');
    await fill(editor, '全年预计执行数（万元）', '20.32');
    await expect.poll(() => editor.getByTestId('execution-rate').textContent()).toBe('39.37%');
    const numbers: [string, string, string][] = [['保障补贴对象人数', '100', '100'], [behind, '20', '100'], ['补贴总成本', '8', '20.32'], ['充分发挥自身作用', '1', '1'], ['对政策落实的满意度', '100', '100']];
    for (const [name, progress, expected] of numbers) {
      await fill(editor, `1—7月执行情况：${name}`, progress);
      await fill(editor, `全年预计完成情况：${name}`, expected);
    }
    for (const name of ['补贴按时发放到位', '提高财政资金的使用效率', '建设农村', '节约成本']) {
      await pick(editor, `1—7月执行情况：${name}`, name === '补贴按时发放到位' ? '部分达成' : '达成');
      await pick(editor, `全年预计完成情况：${name}`, '达成');
    }
    for (const [name] of numbers) if (name !== behind) await pick(editor, `完成目标可能性：${name}`, '确定能');
    for (const name of ['补贴按时发放到位', '提高财政资金的使用效率', '建设农村', '节约成本']) await pick(editor, `完成目标可能性：${name}`, '确定能');

    await pick(editor, `完成目标可能性：${behind}`, '有可能');
    const row = editor.locator('tr[data-indicator]', { hasText: behind });
    await row.getByText('请选择偏差原因并写明具体情况。').waitFor();
    await row.getByText('需在备注中说明').waitFor();
    expect(await row.locator('td.required').count()).toBe(2);
    expect(await screenshot(editor, 'monitoring-report-typing')).toEqual([]);
    await pick(editor, `偏差原因：${behind}`, '经费保障');
    await fill(editor, `经费保障的具体情况：${behind}`, '暂无');
    await row.getByText('“暂无”不是说明').waitFor();
    await fill(editor, `经费保障的具体情况：${behind}`, '中央补助资金6月下旬才下达，上半年补贴推迟发放');
    await fill(editor, `备注：${behind}`, '9月底前补发上半年补贴');
    await expect.poll(() => row.locator('.cell-problem').count()).toBe(0);

    await editor.getByRole('button', { name: '保存', exact: true }).click();
    await editor.getByText('已保存。').waitFor();
    const red = row.locator('.light-dot[data-light="red"]');
    await red.waitFor();
    await red.hover();
    const popover = editor.locator('.ant-popover:visible');
    await popover.getByText(/比值 .*% < 60% → 红灯/).waitFor();
    expect(await popover.textContent()).toContain('已过时间');
    expect(await editor.getByTestId('check-list').textContent()).toContain('没有问题');
    expect(await screenshot(editor, 'monitoring-report-saved')).toEqual([]);
  });

  test('two sessions change the same project: the second sees both versions and overwrites with its own', async () => {
    const second = await openSession(browser);
    await logIn(second, server.url, 'zzb-editor', userPassword);
    await second.goto(editor.url());
    await second.getByTestId('report-grid').waitFor();
    await fill(editor, `备注：${behind}`, '9月底前补发上半年补贴（已报县财政）');
    await editor.getByRole('button', { name: '保存', exact: true }).click();
    await editor.getByText('已保存。').waitFor();
    await fill(second, `备注：${behind}`, '8月底前补发上半年补贴');
    await second.getByRole('button', { name: '保存', exact: true }).click();
    const dialog = second.getByRole('dialog', { name: /保存冲突/ });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('已报县财政');
    expect(await dialog.textContent()).toContain('8月底前补发上半年补贴');
    expect(await screenshot(second, 'monitoring-conflict')).toEqual([]);
    await dialog.getByRole('button', { name: '用我的修改覆盖' }).click();
    await dialog.waitFor({ state: 'detached' });
    await second.getByText('已保存。').waitFor();
    await editor.reload();
    await expect.poll(() => editor.getByLabel(`备注：${behind}`, { exact: true }).inputValue()).toBe('8月底前补发上半年补贴');
    await second.context().close();
    await editor.context().close();
  });

  test('the leader fills the other projects in the Excel template: a wrong cell is named and nothing is stored; fixed, all are stored; then submits', async () => {
    const leader = await openSession(browser);
    await logIn(leader, server.url, 'zzb-leader', userPassword);
    await leader.getByRole('menuitem', { name: '运行监控' }).click();
    await leader.getByRole('link', { name: '填报' }).first().click();
    await leader.getByTestId('report-grid').waitFor();
    const [roundId, unitId] = [roundIdOf(leader.url()), new URL(leader.url()).pathname.split('/')[4] ?? ''];
    const unit = (await (await leader.request.get(`${server.url}/api/monitoring-rounds/${roundId}/units/${unitId}`)).json()) as MonitoringUnitJson;
    const download = await leader.request.get(`${server.url}/api/monitoring-rounds/${roundId}/units/${unitId}/template.xlsx`);
    expect(download.status()).toBe(200);
    const template = await download.body();
    const upload = leader.locator('input[type=file]');
    await upload.setInputFiles({ name: '监控填报模板.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await filledTemplate(template, unit, true) });
    const problems = leader.getByTestId('template-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain("'项目2'!F7");
    expect(await leader.getByText('未填报').count()).toBe(8);
    expect(await screenshot(leader, 'monitoring-template-refused')).toEqual([]);
    await upload.setInputFiles({ name: '监控填报模板.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await filledTemplate(template, unit, false) });
    await leader.getByText('已读取模板并保存全部项目的填报。').waitFor();
    await expect.poll(() => leader.getByText('已填好', { exact: true }).count()).toBe(9);
    await leader.getByRole('button', { name: '提交', exact: true }).click();
    await leader.getByRole('dialog').getByRole('button', { name: '提交' }).click();
    await leader.getByTestId('unit-submitted').waitFor();
    expect(await leader.getByRole('button', { name: '保存', exact: true }).count()).toBe(0);
    await leader.context().close();
  });

  test('the finance reviewer sees the units red first, the chart, and drills down to the indicator', async () => {
    await reviewer.goto(roundUrl);
    const rows = reviewer.getByTestId('division-table').locator('tbody tr');
    await expect.poll(() => rows.first().textContent()).toContain('203001');
    expect(await rows.first().locator('[data-light-tag="red"]').count()).toBe(1);
    expect(await rows.nth(1).textContent()).toContain('203002');
    expect(await reviewer.getByText('未提交', { exact: true }).count()).toBe(0);
    await expect.poll(() => reviewer.locator('canvas').count()).toBeGreaterThanOrEqual(1);
    expect(await screenshot(reviewer, 'monitoring-division')).toEqual([]);
    await rows.first().getByRole('link').click();
    await reviewer.getByTestId('report-grid').waitFor();
    expect(await reviewer.locator('td[data-cell] input').count()).toBe(0);
    const row = reviewer.locator('tr[data-indicator]', { hasText: behind });
    expect(await row.textContent()).toContain('中央补助资金6月下旬才下达');
    await row.locator('.light-dot[data-light="red"]').hover();
    await reviewer.locator('.ant-popover:visible').getByText('→ 红灯').waitFor();
    expect(await screenshot(reviewer, 'monitoring-unit-finance')).toEqual([]);
    await reviewer.getByRole('button', { name: /下载监控表/ }).hover();
    for (const [label, extension] of [['监控表 Word 文档', '.docx'], ['监控表 Excel 表格', '.xlsx']] as const) {
      const href = await reviewer.getByRole('link', { name: new RegExp(label) }).getAttribute('href');
      const file = await reviewer.request.get(`${server.url}${href ?? ''}`);
      expect(file.status()).toBe(200);
      expect(file.headers()['content-disposition']).toContain(extension);
    }
  });
});
