/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser). Each launch gets a fresh profile
 * (Playwright makes a new temporary user-data-dir); each context is a separate session (its own cookies).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from './server';

export const screenshotDir = join(repoRoot, 'artifacts/screenshots');

/** The widths every screenshot is taken at: a desktop and a 1024 px laptop. */
export const widths = [1280, 1024] as const;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
  });
}

const openPages = new Set<Page>();

/**
 * A new session (its own cookies) with a page at 1280×800, in Chinese, on Beijing time, asking for reduced
 * motion: without transitions nothing is caught half-way (a button's loading icon still leaving would name it
 * "loading 保存"), whichever page has the browser's attention.
 */
export async function openSession(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  openPages.add(page);
  page.once('close', () => openPages.delete(page));
  return page;
}

/** After a failed test: every open page as `failed-<test>-<n>.png`, to see what the browser showed. */
export async function screenshotOpenPages(testName: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  const slug = testName.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
  let index = 0;
  for (const page of openPages) {
    index += 1;
    await page.screenshot({ path: join(screenshotDir, `failed-${slug}-${index}.png`), fullPage: true }).catch(() => undefined);
  }
}

/**
 * Saves the page as `<name>-1280.png` and `<name>-1024.png` (full page) under artifacts/screenshots, and
 * checks at each width that the page does not scroll sideways (nothing pushed out of the window).
 * @returns the widths at which the page was wider than the window (empty when it fits)
 */
export async function screenshot(page: Page, name: string): Promise<number[]> {
  await mkdir(screenshotDir, { recursive: true });
  const original = page.viewportSize() ?? { width: 1280, height: 800 };
  const overflowing: number[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    await page.waitForTimeout(300);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > width + 1) overflowing.push(width);
    await page.screenshot({ path: join(screenshotDir, `${name}-${width}.png`), fullPage: true, animations: 'disabled' });
  }
  await page.setViewportSize(original);
  return overflowing;
}
