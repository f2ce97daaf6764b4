import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 5391);
export const baseURL = `http://127.0.0.1:${port}`;

/**
 * Browser tests against the real host (see start-host.sh): Debian's Chromium, headless, one worker — the tests share
 * one database and CI has two cores. A failing test leaves a screenshot under e2e/results/artifacts.
 */
export default defineConfig({
  testDir: './specs',
  outputDir: './results/artifacts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: './results/results.json' }]],
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'bash ./start-host.sh',
    url: `${baseURL}/health/ready`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { E2E_PORT: String(port) },
  },
});
