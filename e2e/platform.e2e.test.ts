/**
 * The platform in a real browser against a real server: first-run setup (a weak password refused next to its
 * field), the header with name, role and unit, users and units created by the administrator, a wrong password,
 * menus by role, a session that ends (401) sending the user to the login page, the audit log.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openSession, screenshot, screenshotOpenPages } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { adminPassword, createUser, logIn, logOut, registerUnit, userPassword } from './support/ui';

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  page = await openSession(browser);
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await screenshotOpenPages(task.name);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('platform pages', () => {
  test('first run asks for an administrator; a weak password is refused under its field', async () => {
    await page.goto(server.url);
    await page.waitForURL('**/setup');
    await expect(page.getByText('系统中还没有任何账号')).toBeTruthy();
    expect(await screenshot(page, 'setup')).toEqual([]);
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('姓名').fill('系统管理员甲');
    await page.getByLabel('密码', { exact: true }).fill('short');
    await page.getByLabel('确认密码').fill('short');
    await page.getByLabel(/同时导入示例数据/).uncheck();
    await page.getByRole('button', { name: '创建管理员并登录' }).click();
    const passwordError = page.locator('#setup_password_help');
    await passwordError.waitFor();
    expect(await passwordError.textContent()).toMatch(/密码/);
    await page.getByLabel('密码', { exact: true }).fill(adminPassword);
    await page.getByLabel('确认密码').fill(adminPassword);
    await page.getByRole('button', { name: '创建管理员并登录' }).click();
    await page.waitForURL('**/dashboard');
    const header = page.getByTestId('current-user');
    await expect.poll(() => header.textContent()).toContain('系统管理员甲');
    expect(await header.textContent()).toContain('系统管理员');
  });

  test('the dashboard of an empty database says what to do', async () => {
    await page.getByText('这一年度还没有单位的绩效目标').waitFor();
    expect(await screenshot(page, 'dashboard-empty')).toEqual([]);
  });

  test('the administrator registers a unit and creates its editor', async () => {
    await registerUnit(page, server.url, { code: '999001', name: '测试县财政局本级' });
    await createUser(page, server.url, { username: 'editor1', displayName: '填报员乙', role: '单位填报人', unitCode: '999001' });
    expect(await page.getByRole('row', { name: /editor1/ }).textContent()).toContain('999001 测试县财政局本级');
    expect(await screenshot(page, 'users')).toEqual([]);
  });

  test('a wrong password is told in Chinese; the unit editor sees their unit and no administration', async () => {
    await logOut(page);
    await page.getByLabel('用户名').fill('editor1');
    await page.getByLabel('密码').fill('not-the-password-1');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码不正确' }).waitFor();
    expect(await screenshot(page, 'login-failed')).toEqual([]);
    await logIn(page, server.url, 'editor1', userPassword);
    expect(new URL(page.url()).pathname).toBe('/unit-years');
    const header = await page.getByTestId('current-user').textContent();
    expect(header).toContain('填报员乙');
    expect(header).toContain('单位填报人');
    expect(header).toContain('999001 测试县财政局本级');
    expect(await page.getByRole('menuitem', { name: '用户管理' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: '导入文件' }).count()).toBe(1);
  });

  test('a session that ends sends the user to the login page, back where they were after logging in', async () => {
    await logOut(page);
    await logIn(page, server.url, 'admin', adminPassword);
    await page.context().clearCookies();
    await page.getByRole('menuitem', { name: '用户管理' }).click();
    await page.waitForURL('**/login**');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/users');
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill(adminPassword);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/users');
    await page.getByRole('cell', { name: 'editor1', exact: true }).waitFor();
  });

  test('the audit log shows who logged in, and when', async () => {
    await page.getByRole('menuitem', { name: '操作日志' }).click();
    await page.getByRole('row', { name: /填报员乙.*登录/ }).first().waitFor();
    await page.getByRole('row', { name: /新建用户/ }).first().waitFor();
    expect(await screenshot(page, 'audit')).toEqual([]);
  });
});
