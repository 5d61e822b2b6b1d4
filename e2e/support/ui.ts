/** Steps a person takes in the web app, shared by the browser tests (by visible Chinese labels, as a user reads them). */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './server';

export const adminPassword = 'Kaoping-2021-safe';
export const userPassword = 'Tianbao-2021-safe';

/** First run: creates the administrator through the setup page (without demonstration data) and lands logged in. */
export async function completeSetup(page: Page, baseUrl: string, admin = { username: 'admin', displayName: '系统管理员甲' }): Promise<void> {
  await page.goto(baseUrl);
  await page.waitForURL('**/setup');
  await page.getByLabel('用户名').fill(admin.username);
  await page.getByLabel('姓名').fill(admin.displayName);
  await page.getByLabel('密码', { exact: true }).fill(adminPassword);
  await page.getByLabel('确认密码').fill(adminPassword);
  const demo = page.getByLabel(/同时导入示例数据/);
  if (await demo.isChecked()) await demo.uncheck();
  await page.getByRole('button', { name: '创建管理员并登录' }).click();
  await page.waitForURL('**/dashboard');
}

export async function logIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL('**/login');
}

/** Picks `option` in the antd Select labelled `label` inside `scope` (a modal or the page). */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: false }).first().click();
}

/** Registers a unit through the Users page (administrator). */
export async function registerUnit(page: Page, baseUrl: string, unit: { code: string; name: string }): Promise<void> {
  await page.goto(`${baseUrl}/users`);
  await page.getByRole('button', { name: '登记单位 / 区划' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('单位编码').fill(unit.code);
  await dialog.getByLabel('单位名称').fill(unit.name);
  await dialog.getByRole('button', { name: '登记', exact: true }).first().click();
  await page.getByText(`已登记单位 ${unit.code} ${unit.name}`).waitFor();
}

/** Registers a division through the Users page (administrator). */
export async function registerDivision(page: Page, baseUrl: string, division: { code: string; name: string }): Promise<void> {
  await page.goto(`${baseUrl}/users`);
  await page.getByRole('button', { name: '登记单位 / 区划' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('tab', { name: '登记区划' }).click();
  await dialog.getByLabel('区划编码').fill(division.code);
  await dialog.getByLabel('区划名称').fill(division.name);
  await dialog.getByRole('button', { name: '登记', exact: true }).last().click();
  await page.getByText(`已登记区划 ${division.name}`).waitFor();
}

export interface NewUser {
  username: string;
  displayName: string;
  role: string;
  unitCode?: string;
  divisionCode?: string;
}

/** The seed's county and the accounts the stories create in it: its finance reviewer, 组织部's (203001) editor and leader. */
export const changli = { code: '130322', name: '昌黎县' };
export const reviewerAccount: NewUser = { username: 'cz-reviewer', displayName: '财政局审核员', role: '财政审核人', divisionCode: changli.code };
export const editorAccount: NewUser = { username: 'zzb-editor', displayName: '组织部填报员', role: '单位填报人', unitCode: '203001' };
export const leaderAccount: NewUser = { username: 'zzb-leader', displayName: '组织部负责人', role: '单位负责人', unitCode: '203001' };

/** The seed: the 2021 targets of 组织部 of 昌黎县 (203001). */
export const seedFile = join(repoRoot, 'fixtures/changli-2021.txt');

/** Uploads a target document (a path, or a named text) through the import page and confirms it without examining the preview. */
export async function importDocument(page: Page, baseUrl: string, file: string | { name: string; buffer: Buffer }): Promise<void> {
  await page.goto(`${baseUrl}/imports`);
  await page.locator('input[type=file]').setInputFiles(typeof file === 'string' ? file : { ...file, mimeType: 'text/plain' });
  await page.getByTestId('import-preview').waitFor();
  await page.getByRole('button', { name: '确认导入' }).click();
  await page.getByText('查看该单位年度的绩效目标').waitFor();
}

/** Imports the seed, registers 昌黎县 and creates `users` in it (administrator). */
export async function importSeedWithUsers(page: Page, baseUrl: string, users: readonly NewUser[]): Promise<void> {
  await importDocument(page, baseUrl, seedFile);
  await registerDivision(page, baseUrl, changli);
  for (const user of users) await createUser(page, baseUrl, user);
}

/** Creates an account through the Users page (administrator); unit roles pick their unit, finance reviewers their division, by code. */
export async function createUser(page: Page, baseUrl: string, user: NewUser): Promise<void> {
  await page.goto(`${baseUrl}/users`);
  await page.getByRole('button', { name: '新建用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新建用户' });
  await dialog.getByLabel('用户名').fill(user.username);
  await dialog.getByLabel('姓名').fill(user.displayName);
  await choose(page, '角色', user.role);
  if (user.unitCode) await choose(page, '所属单位', user.unitCode);
  if (user.divisionCode) await choose(page, '所属财政区划', user.divisionCode);
  await dialog.getByLabel('初始密码').fill(userPassword);
  await dialog.getByRole('button', { name: '保存' }).click();
  await page.getByText('已创建用户。').waitFor();
  await page.getByRole('cell', { name: user.username, exact: true }).waitFor();
}
