import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export const screenshotDir = path.resolve('test-results/screenshots');

/** A page that fails the test on any console error or uncaught exception. */
export const test = base.extend<{ problems: string[] }>({
  problems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console.error: ${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
    await use(problems);
    expect(problems, 'the browser reported errors').toEqual([]);
  },
});

export { expect };

export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage });
}

/** The canvas once the renderer has drawn the surface. */
export function canvas(page: Page) {
  return page.getByTestId('canvas');
}
