/**
 * The start of every story told as the administrator: a server and a browser started before the tests, the
 * administrator set up in a first session; a screenshot of every open page after a failed test; all stopped after.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser, openSession, screenshotOpenPages } from './browser';
import { startServer, type TestServer } from './server';
import { completeSetup } from './ui';

export interface Story {
  server: TestServer;
  browser: Browser;
  /** The administrator's session, logged in after the first-run setup. */
  admin: Page;
}

/** Registers the hooks of a story; `started` receives the server, the browser and the administrator's page before the first test. */
export function setUpStory(started: (story: Story) => void): void {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const admin = await openSession(browser);
    await completeSetup(admin, server.url);
    started({ server, browser, admin });
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshotOpenPages(task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
}
