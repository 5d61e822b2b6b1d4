/**
 * 绩效自评 in a real browser against a real server: the unit editor opens the self-evaluation table of the seed's
 * first project, enters the year's spending (with its 当年财政拨款 part, refused while the parts do not add up)
 * and every actual value (a number, a completion date, grades with the evaluator's score), explains a shortfall
 * with "暂无" and sees it refused at its cell, explains it properly, sees the working of every score, and finds
 * that changing one weight breaks its level's sum until it is matched; the finance reviewer sees the unit in the
 * division ranking with its chart.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openSession, screenshot } from './support/browser';
import type { TestServer } from './support/server';
import { setUpStory } from './support/story';
import { editorAccount, importSeedWithUsers, logIn, reviewerAccount, userPassword } from './support/ui';

let server: TestServer;
let browser: Browser;
let admin: Page;
let editor: Page;

const project = '2021年选聘高校毕业生到村任职中央补助资金';
const short = '补贴执行率';
const qualitative = ['提高财政资金的使用效率', '建设农村', '节约成本'];

setUpStory((story) => ({ server, browser, admin } = story));

/** The row of the indicator block for the indicator named `name`. */
const rowOf = (page: Page, name: string) => page.locator('tr[data-indicator]', { hasText: name });

/** Picks `option` in the Select labelled `label`, and waits for its list to close. */
async function pick(page: Page, label: string, option: string): Promise<void> {
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await page.getByLabel(label, { exact: true }).click();
  await open.last().getByTitle(option, { exact: true }).click();
  await expect.poll(() => open.count()).toBe(0);
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: '保存并计分' }).click();
  await page.getByText(/^已保存并重新计分/).first().waitFor();
  await page.getByText(/^已保存并重新计分/).first().waitFor({ state: 'detached' });
}

describe('self-evaluation: a project scored with its working', () => {
  test('the administrator imports the seed and creates the users', async () => {
    await importSeedWithUsers(admin, server.url, [editorAccount, reviewerAccount]);
  });

  test('the editor enters the year: spending, numbers, a completion date, grades with scores', async () => {
    editor = await openSession(browser);
    await logIn(editor, server.url, 'zzb-editor', userPassword);
    await editor.getByRole('menuitem', { name: '绩效自评' }).click();
    await editor.getByRole('link', { name: /203001.*2021 年/ }).click();
    await editor.getByRole('link', { name: project }).click();
    await editor.getByTestId('indicator-section').waitFor();
    expect(await editor.getByLabel('全年预算数（万元）').inputValue()).toBe('20.32');
    await editor.getByLabel('全年执行数（万元）').fill('20.32');
    await editor.getByLabel('全年预算数：当年财政拨款（万元）').fill('20.32');
    await editor.getByLabel('全年执行数：当年财政拨款（万元）').fill('20');
    await editor.getByTestId('funds-section').getByText('之和 20.00 万元 不等于全年执行数 20.32 万元').waitFor();
    await editor.getByLabel('全年执行数：当年财政拨款（万元）').fill('20.32');
    await editor.getByLabel('年度总体目标实际完成情况').fill('全年按时足额发放到村任职高校毕业生补助20.32万元，未发生拖欠。');
    const numbers: [string, string][] = [['保障补贴对象人数', '100'], [short, '85'], ['补贴总成本', '20.32'], ['充分发挥自身作用', '1'], ['对政策落实的满意度', '100']];
    for (const [name, value] of numbers) await editor.getByLabel(`实际完成值：${name}`, { exact: true }).fill(value);
    const date = editor.getByLabel('完成日期：补贴按时发放到位', { exact: true });
    await date.click();
    await date.fill('2021-12-20');
    await date.press('Enter');
    for (const name of qualitative) {
      await pick(editor, `完成等级：${name}`, '达成年度指标');
      const weight = (await rowOf(editor, name).locator('td[data-cell^="weight:"]').textContent())?.trim() ?? '';
      await editor.getByLabel(`评价得分：${name}`, { exact: true }).fill(weight);
    }
    await editor.getByLabel(`偏差原因分析及改进措施：${short}`, { exact: true }).fill('暂无');
    expect(await screenshot(editor, 'self-evaluation-typing')).toEqual([]);
    await save(editor);
  });

  test('"暂无" is refused at its cell with the server\'s message; a real explanation is accepted', async () => {
    const cell = rowOf(editor, short).locator(`td[data-cell$=":explanation"]`);
    await cell.getByText(/需填写偏差原因分析及改进措施。“暂无”不是说明。/).waitFor();
    expect(await editor.locator('[data-finding-code="self-evaluation.explanation-missing"]').count()).toBe(1);
    expect(await screenshot(editor, 'self-evaluation-refused')).toEqual([]);
    await editor.getByLabel(`偏差原因分析及改进措施：${short}`, { exact: true }).fill('10名补贴对象10月后才到岗，按实际在岗月数发放；下年度按月核对在岗情况后再拨付');
    await expect.poll(() => cell.locator('.cell-problem').count()).toBe(0);
    await save(editor);
    await expect.poll(() => editor.locator('[data-finding-code="self-evaluation.explanation-missing"]').count()).toBe(0);
    expect(await editor.getByLabel('全年执行数：当年财政拨款（万元）').inputValue()).toBe('20.32');
    expect(await editor.getByLabel('全年执行数：上年结转资金（万元）').inputValue()).toBe('');
    expect(await editor.getByTestId('check-list').textContent()).toContain('没有问题');
  });

  test('every score shows its working; the total and its grade', async () => {
    await editor.getByRole('switch', { name: '显示每项得分的计算过程' }).click();
    const workings = editor.getByTestId('score-working');
    await expect.poll(() => workings.count()).toBe(11);
    expect(await rowOf(editor, short).getByTestId('score-working').textContent()).toMatch(/85.*×|×.*85/);
    const total = await editor.getByTestId('total-score').textContent();
    expect(total).toMatch(/总分 = /);
    expect(await editor.getByTestId('grade').textContent()).toBe('优');
    await rowOf(editor, short).getByTestId('score').hover();
    await editor.locator('.ant-popover:visible').getByText('补贴执行率的计算过程').waitFor();
    expect(await screenshot(editor, 'self-evaluation-working')).toEqual([]);
  });

  test('changing one weight breaks its level\'s sum and asks for a reason, until discarded', async () => {
    await editor.getByRole('switch', { name: '调整分值' }).click();
    const panel = editor.getByTestId('weights-panel');
    await panel.getByText('各级合计一致').waitFor();
    await editor.getByLabel('分值：保障补贴对象人数', { exact: true }).fill('15');
    await panel.getByText('有 1 处合计不一致').waitFor();
    await rowOf(editor, '保障补贴对象人数').getByText('请写明调整理由').waitFor();
    expect(await screenshot(editor, 'self-evaluation-weights')).toEqual([]);
    await editor.getByRole('button', { name: '放弃修改' }).click();
    await panel.getByText('各级合计一致').waitFor();
    await editor.context().close();
  });

  test('the finance reviewer sees the unit in the ranking, with its chart and its weighted score, and downloads the tables', async () => {
    const reviewer = await openSession(browser);
    await logIn(reviewer, server.url, 'cz-reviewer', userPassword);
    await reviewer.getByRole('menuitem', { name: '绩效自评' }).click();
    const row = reviewer.getByRole('row', { name: /203001/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/\d+\.\d{2}/);
    await expect.poll(() => reviewer.locator('canvas').count()).toBeGreaterThanOrEqual(1);
    expect(await screenshot(reviewer, 'self-evaluation-ranking')).toEqual([]);
    await row.getByRole('link').click();
    await reviewer.getByTestId('unit-score').waitFor();
    expect(await reviewer.getByTestId('unit-score').textContent()).toMatch(/\d+\.\d{2}/);
    expect(await screenshot(reviewer, 'self-evaluation-unit')).toEqual([]);
    await reviewer.getByRole('button', { name: /下载自评表/ }).hover();
    for (const [label, extension] of [['自评表 Word 文档', '.docx'], ['自评表 Excel 表格', '.xlsx']] as const) {
      const href = await reviewer.getByRole('link', { name: new RegExp(label) }).getAttribute('href');
      const file = await reviewer.request.get(`${server.url}${href ?? ''}`);
      expect(file.status()).toBe(200);
      expect(file.headers()['content-disposition']).toContain(extension);
    }
    await reviewer.context().close();
  });
});
