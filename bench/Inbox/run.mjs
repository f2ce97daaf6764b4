// Inbox bench (issue 5 goal: the inbox is interactive within 1 s on loopback with 10,000 open tasks).
// Starts the real host (Release build) on a fresh database, measures the inbox with the demo data (baseline), then
// with N open tasks offered to reviewer1's group, in the same run. Usage: node bench/Inbox/run.mjs [--tasks 10000]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const require = createRequire(join(repo, 'src', 'Studio', 'package.json'));
const { chromium } = require('playwright-core');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const taskCount = Number(arg('tasks', 10000));
const repeats = Number(arg('repeats', 15));
const port = Number(arg('port', 5395));
const base = `http://127.0.0.1:${port}`;

const data = mkdtempSync(join(tmpdir(), 'si-inbox-bench-'));
const host = spawn('dotnet', [
  join(repo, 'src/Api/bin/Release/net10.0/SocialInsurance.Api.dll'),
  '--urls', base, `--Data:Folder=${data}/data`, `--Studio:Path=${repo}/src/Studio/dist`,
  `--Workflows:DefinitionsPath=${repo}/workflows-definitions`, '--RateLimiting:Login:PermitLimit=1000',
  '--Logging:LogLevel:Default=Warning', '--Database:SqliteSynchronous=NORMAL',
], { cwd: data, stdio: ['ignore', 'ignore', 'inherit'] });

async function waitReady() {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/health/ready`)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('host did not start');
}

async function login(userName) {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userName, password: 'Demo@12345' }),
  });
  if (!r.ok) throw new Error(`login ${userName}: ${r.status}`);
  return r.json();
}

async function seed(adminToken, count) {
  const auth = { Authorization: `Bearer ${adminToken}` };
  const deployed = await fetch(`${base}/api/admin/definitions?publish=true`, {
    method: 'POST', headers: { ...auth, 'Content-Type': 'application/xml' },
    body: readFileSync(join(here, 'inbox-review.bpmn'), 'utf8'),
  });
  if (!deployed.ok) throw new Error(`deploy: ${deployed.status} ${await deployed.text()}`);
  let next = 0;
  const started = Date.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      // Due dates spread over 30 days, some already overdue, as in a real backlog.
      const dueAt = new Date(Date.now() + (i % 30 - 5) * 86_400_000).toISOString();
      const r = await fetch(`${base}/api/admin/instances`, {
        method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ processKey: 'inboxBench', businessKey: `BENCH-${i}`, variables: { dueAt } }),
      });
      if (!r.ok) throw new Error(`start ${i}: ${r.status} ${await r.text()}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return (Date.now() - started) / 1000;
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function measureApi(token) {
  const times = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    const r = await fetch(`${base}/api/tasks?scope=available&page=1&pageSize=20`, { headers: { Authorization: `Bearer ${token}` } });
    const body = await r.json();
    times.push(performance.now() - t0);
    if (i === 0) console.log(`  available total: ${body.total}`);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** Navigation start → first inbox row rendered and its claim button enabled; a fresh browser context each time. */
async function measurePage(browser, tokens) {
  const cold = [];
  const warm = [];
  for (let i = 0; i < repeats; i++) {
    const context = await browser.newContext({ locale: 'zh-CN' });
    await context.addInitScript((t) => sessionStorage.setItem('studio.tokens', t), JSON.stringify(tokens));
    const page = await context.newPage();
    for (const [list, label] of [[cold, 'cold'], [warm, 'warm']]) {
      const t0 = performance.now();
      await page.goto(`${base}/tasks?scope=available`, { waitUntil: 'commit' });
      await page.locator('.ant-table-row button.ant-btn-primary').first().waitFor({ state: 'visible', timeout: 30_000 });
      list.push(performance.now() - t0);
      if (label === 'cold') await page.goto('about:blank');
    }
    await context.close();
  }
  return { coldP50: percentile(cold, 50), coldP95: percentile(cold, 95), warmP50: percentile(warm, 50), warmP95: percentile(warm, 95) };
}

const fmt = (n) => n.toFixed(0);
try {
  await waitReady();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const admin = await login('admin1');
  const reviewer = await login('reviewer1');
  const tokens = { accessToken: reviewer.accessToken, refreshToken: reviewer.refreshToken, expiresAt: Date.now() + reviewer.expiresIn * 1000 };

  // Baseline: the same pages with a handful of open tasks.
  await seed(admin.accessToken, 20);
  console.log('baseline (20 open tasks)');
  const baseApi = await measureApi(reviewer.accessToken);
  const basePage = await measurePage(browser, tokens);

  console.log(`seeding ${taskCount} open tasks...`);
  const seconds = await seed(admin.accessToken, taskCount - 20);
  console.log(`  seeded in ${seconds.toFixed(1)} s`);
  const loadedApi = await measureApi(reviewer.accessToken);
  const loadedPage = await measurePage(browser, tokens);
  await browser.close();

  console.log('\n| open tasks | API list p50 / p95 ms | inbox cold p50 / p95 ms | inbox warm p50 / p95 ms |');
  console.log('|---:|---:|---:|---:|');
  for (const [n, a, p] of [[20, baseApi, basePage], [taskCount, loadedApi, loadedPage]]) {
    console.log(`| ${n} | ${fmt(a.p50)} / ${fmt(a.p95)} | ${fmt(p.coldP50)} / ${fmt(p.coldP95)} | ${fmt(p.warmP50)} / ${fmt(p.warmP95)} |`);
  }
  console.log(`\nratio loaded/baseline: API p50 ${(loadedApi.p50 / baseApi.p50).toFixed(2)}×, inbox cold p50 ${(loadedPage.coldP50 / basePage.coldP50).toFixed(2)}×, warm p50 ${(loadedPage.warmP50 / basePage.warmP50).toFixed(2)}×`);
} finally {
  host.kill('SIGTERM');
}
