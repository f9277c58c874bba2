import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/** E2E_PORT lets several checkouts run the suite at once. */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

/** Debian's Chromium: Playwright cannot download its own browsers on this machine. */
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: chromium,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromium } }],
  webServer: {
    command: `npm run build && npm run start -- -p ${PORT}`,
    url: `${baseURL}/preview`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    // The sandbox is off in a production build unless enabled; the browser specs walk it.
    env: {
      DATA_DIR: path.join(os.tmpdir(), `homeroom-e2e-data-${PORT}`),
      PORT: String(PORT),
      HOMEROOM_SANDBOX: '1',
    },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
