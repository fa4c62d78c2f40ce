// Headless Chromium for the report's browser tests: Debian's /usr/bin/chromium driven by playwright-core, a fresh
// user-data-dir per launch, no network beyond file:// (the report is self-contained).

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Where CI installs Chromium (Debian package `chromium`). */
export const CHROMIUM = '/usr/bin/chromium';

/** Why browser tests skip, or undefined when they can run. */
export const browserSkipReason: string | undefined = existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing (install Debian's chromium package to run the report's browser tests)`;

/** A page plus everything it logged as an error, and a close that removes the profile. */
export interface OpenedBrowser {
  readonly page: Page;
  readonly errors: string[];
  readonly close: () => Promise<void>;
}

/** Launches Chromium with a fresh profile; page errors and console errors are collected. */
export async function openBrowser(): Promise<OpenedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'tcconform-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  // The report never loads anything: any request other than the file itself is a failure worth seeing.
  await page.route((url) => url.protocol !== 'file:', (route) => { errors.push(`unexpected request ${route.request().url()}`); return route.abort(); });
  return { page, errors, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}
