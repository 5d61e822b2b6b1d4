/**
 * The story in a real browser against a real server: the administrator sets up, imports the seed
 * (preview: 9 projects, 354.72 万元), creates the unit's editor; the editor sees the 9 projects and the total,
 * opens 远教电教, finds the `100百分百` finding on its cell, fixes it and watches the finding go; two sessions
 * edit the same indicator and the second sees the conflict side by side; another unit's user is refused the
 * project; the dashboard and the review page show the county picture.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openSession, screenshot } from './support/browser';
import type { TestServer } from './support/server';
import { setUpStory } from './support/story';
import { changli, createUser, editorAccount, leaderAccount, logIn, registerDivision, registerUnit, reviewerAccount, seedFile, userPassword } from './support/ui';

let server: TestServer;
let browser: Browser;
let admin: Page;
let editor: Page;
let projectUrl = '';

setUpStory((story) => ({ server, browser, admin } = story));

/** The 指标值 cell holding `text` in the open project's table. */
const targetCell = (page: Page, text: string) => page.locator('td[data-cell$=":target"]', { hasText: text });

describe('targets from import to review', () => {
  test('the administrator uploads the seed, sees the preview and confirms it', async () => {
    await admin.goto(`${server.url}/imports`);
    await admin.locator('input[type=file]').setInputFiles(seedFile);
    const preview = admin.getByTestId('import-preview');
    await preview.waitFor();
    await expect.poll(() => admin.getByTestId('preview-budget').textContent()).toBe('354.72 万元');
    expect(await preview.textContent()).toContain('9 个');
    expect(await preview.textContent()).toContain('203001');
    expect(await screenshot(admin, 'import-preview')).toEqual([]);
    await admin.getByRole('button', { name: '确认导入' }).click();
    await admin.getByText('查看该单位年度的绩效目标').waitFor();
    await admin.getByRole('row', { name: /changli-2021\.txt.*已导入/ }).first().waitFor();
  });

  test('the administrator creates the unit editor, and a user of another unit', async () => {
    await createUser(admin, server.url, editorAccount);
    await registerUnit(admin, server.url, { code: '999002', name: '测试县其他单位' });
    await createUser(admin, server.url, { username: 'other-editor', displayName: '其他单位填报员', role: '单位填报人', unitCode: '999002' });
  });

  test('the unit editor sees the 9 projects and 354.72 万元', async () => {
    editor = await openSession(browser);
    await logIn(editor, server.url, 'zzb-editor', userPassword);
    await editor.getByRole('link', { name: /203001/ }).click();
    await editor.waitForURL('**/unit-years/*');
    await expect.poll(() => editor.getByTestId('budget-total').textContent()).toBe('354.72');
    expect(await editor.locator('a[href^="/projects/"]').count()).toBe(9);
    expect(await screenshot(editor, 'unit-year')).toEqual([]);
  });

  test('the 远教电教 project shows the 100百分百 finding on its cell; clicking it highlights the cell', async () => {
    await editor.getByRole('link', { name: '远教电教运行维护费' }).click();
    await editor.getByTestId('target-table').waitFor();
    projectUrl = editor.url();
    const cell = targetCell(editor, '100百分百').first();
    expect(await cell.getByTestId('cell-marker').count()).toBe(1);
    await editor.locator('[data-finding-code="values.unknown-unit"]', { hasText: '网络畅通情况' }).click();
    await expect.poll(() => cell.getAttribute('class')).toContain('highlighted');
    expect(await screenshot(editor, 'project-finding')).toEqual([]);
  });

  test('fixing the target makes the finding go', async () => {
    const cell = editor.locator('td.target-cell.highlighted');
    const cellName = await cell.getAttribute('data-cell');
    await cell.focus();
    await editor.keyboard.press('Enter');
    const input = cell.locator('textarea');
    await input.fill('100%');
    await cell.locator('.target-tag', { hasText: '%' }).waitFor();
    expect(await screenshot(editor, 'project-editing')).toEqual([]);
    await editor.keyboard.press('Enter');
    const fixed = editor.locator(`td[data-cell="${cellName}"]`);
    await expect.poll(() => fixed.textContent()).toContain('100%');
    await expect.poll(() => editor.locator('[data-finding-code="values.unknown-unit"]', { hasText: '网络畅通情况' }).count()).toBe(0);
    expect(await fixed.getByTestId('cell-marker').count()).toBe(0);
    expect(await editor.locator('[data-finding-code="values.unknown-unit"]', { hasText: '设备完备可持续使用' }).count()).toBe(1);
  });

  test('two sessions edit the same indicator: the second sees both versions and chooses', async () => {
    const second = await openSession(browser);
    await logIn(second, server.url, 'zzb-editor', userPassword);
    await second.goto(projectUrl);
    await second.getByTestId('target-table').waitFor();
    await editor.reload();
    const basis = (page: Page) => page.locator('td[data-cell$=":basis"]', { hasText: '昌字[2008]11号' }).first();
    await editBasis(editor, basis(editor), '昌字〔2008〕11号');
    await expect.poll(() => editor.locator('td[data-cell$=":basis"]', { hasText: '昌字〔2008〕11号' }).count()).toBe(1);
    await editBasis(second, basis(second), '昌字〔2008〕11号文件');
    const dialog = second.getByRole('dialog', { name: /保存冲突/ });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('昌字〔2008〕11号');
    expect(await dialog.textContent()).toContain('昌字〔2008〕11号文件');
    expect(await screenshot(second, 'conflict')).toEqual([]);
    await dialog.getByRole('button', { name: '用我的修改覆盖' }).click();
    await dialog.waitFor({ state: 'detached' });
    await editor.reload();
    await editor.locator('td[data-cell$=":basis"]', { hasText: '昌字〔2008〕11号文件' }).waitFor();
    await second.context().close();
  });

  test('the editor adds an indicator, moves it up with Alt+↑ and deletes it', async () => {
    await editor.goto(projectUrl);
    const form = editor.locator('form#add-indicator');
    await form.getByPlaceholder('三级指标').fill('培训覆盖村数');
    await form.getByPlaceholder('指标值，如 ≥95%').fill('≥418个');
    await form.locator('.target-tag', { hasText: '个' }).waitFor();
    await form.getByRole('button', { name: '添加' }).click();
    const rows = editor.locator('tr[data-indicator]');
    await expect.poll(() => rows.count()).toBe(11);
    expect(await rows.last().textContent()).toContain('培训覆盖村数');
    const added = rows.last();
    await added.locator('td[data-cell$=":name"]').focus();
    await editor.keyboard.press('Enter');
    await editor.keyboard.type('（修改）');
    await editor.keyboard.press('Escape');
    expect(await added.locator('td[data-cell$=":name"]').textContent()).toBe('培训覆盖村数');
    await editor.keyboard.press('Enter');
    await editor.keyboard.type('（全县）');
    await editor.keyboard.press('Tab');
    await expect.poll(() => editor.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? '')).toMatch(/:description$/);
    await expect.poll(() => added.locator('td[data-cell$=":name"]').textContent()).toBe('培训覆盖村数（全县）');
    await editor.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => rows.nth(9).textContent()).toContain('培训覆盖村数（全县）');
    await rows.nth(9).getByRole('button', { name: '删除' }).click();
    await editor.getByRole('tooltip').getByRole('button', { name: '删除' }).click();
    await expect.poll(() => rows.count()).toBe(10);
    expect(await editor.getByTestId('target-table').textContent()).not.toContain('培训覆盖村数');
  });

  test('the editor revises the department plan', async () => {
    await editor.getByRole('link', { name: /中国共产党昌黎县委员会组织部本级 2021 年/ }).click();
    await editor.getByRole('button', { name: '修改' }).click();
    const goal = editor.getByLabel('总体绩效目标');
    await goal.fill(`${await goal.inputValue()}（已复核）`);
    await editor.getByRole('button', { name: '保存' }).click();
    await editor.getByText('部门整体绩效目标已保存。').waitFor();
    await editor.getByText(/已复核/).first().waitFor();
  });

  test('the leader submits; the finance reviewer grades every project and approves; the targets are published', async () => {
    await createUser(admin, server.url, leaderAccount);
    await registerDivision(admin, server.url, changli);
    await createUser(admin, server.url, reviewerAccount);
    const leader = await openSession(browser);
    await logIn(leader, server.url, 'zzb-leader', userPassword);
    await leader.getByRole('link', { name: /203001/ }).click();
    await leader.getByRole('button', { name: '提交审核' }).click();
    await leader.getByRole('dialog').getByRole('button', { name: '提交' }).click();
    await leader.getByText('已提交待审核').first().waitFor();
    await leader.context().close();

    const reviewer = await openSession(browser);
    await logIn(reviewer, server.url, 'cz-reviewer', userPassword);
    await reviewer.getByRole('link', { name: /203001/ }).first().click();
    await reviewer.waitForURL('**/unit-years/*');
    await reviewer.getByTestId('budget-total').waitFor();
    const unitYearUrl = reviewer.url();
    const projectLinks = await reviewer.locator('a[href^="/projects/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(projectLinks).toHaveLength(9);
    for (const href of projectLinks) {
      await reviewer.goto(`${server.url}${href}`);
      await reviewer.locator('label.ant-radio-button-wrapper', { hasText: /^优$/ }).click();
      await reviewer.getByPlaceholder('审核意见').fill('目标明确，指标可衡量。');
      await reviewer.getByRole('button', { name: '保存评定' }).click();
      await reviewer.getByText('已评定为“优”').first().waitFor();
    }
    expect(await screenshot(reviewer, 'project-graded')).toEqual([]);
    await reviewer.goto(unitYearUrl);
    await reviewer.getByRole('button', { name: '批复' }).click();
    await reviewer.getByRole('dialog').getByRole('button', { name: '批复' }).click();
    await reviewer.getByText('已批复').first().waitFor();
    await reviewer.getByRole('button', { name: '公开' }).click();
    await reviewer.getByRole('dialog').getByRole('button', { name: '公开' }).click();
    await reviewer.getByText('已公开').first().waitFor();
    const unitYearId = new URL(unitYearUrl).pathname.split('/').pop() ?? '';
    const word = await reviewer.request.get(`${server.url}/api/unit-years/${unitYearId}/export?format=docx`);
    expect(word.status()).toBe(200);
    expect(word.headers()['content-disposition']).toContain('.docx');
    expect(await screenshot(reviewer, 'unit-year-approved')).toEqual([]);
    await reviewer.context().close();
  });

  test("another unit's user is refused the project", async () => {
    const other = await openSession(browser);
    await logIn(other, server.url, 'other-editor', userPassword);
    await other.goto(projectUrl);
    await other.getByText('没有找到').first().waitFor();
    expect(await other.getByTestId('target-table').count()).toBe(0);
    expect(await screenshot(other, 'other-unit-refused')).toEqual([]);
    await other.context().close();
  });

  test('the dashboard and the review page show the county picture', async () => {
    await admin.goto(`${server.url}/dashboard`);
    await admin.getByRole('link', { name: /203001/ }).waitFor();
    await expect.poll(() => admin.locator('canvas').count()).toBeGreaterThanOrEqual(3);
    expect(await admin.getByText('354.72').count()).toBeGreaterThan(0);
    expect(await screenshot(admin, 'dashboard')).toEqual([]);
    await admin.getByRole('menuitem', { name: '审核发现' }).click();
    await admin.getByPlaceholder('单位、项目、指标或问题中的文字').fill('百分百');
    await admin.getByPlaceholder('单位、项目、指标或问题中的文字').press('Enter');
    await admin.getByRole('row', { name: /设备完备可持续使用/ }).first().waitFor();
    expect(await admin.getByRole('row', { name: /网络畅通情况/ }).count()).toBe(0);
    expect(await screenshot(admin, 'review')).toEqual([]);
  });
});

async function editBasis(page: Page, cell: ReturnType<Page['locator']>, text: string): Promise<void> {
  await cell.dblclick();
  await cell.locator('textarea').fill(text);
  await page.keyboard.press('Enter');
}
