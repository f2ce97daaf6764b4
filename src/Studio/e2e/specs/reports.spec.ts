import { readFileSync } from 'node:fs';
import { expect, signIn, test } from '../fixtures';
import { reviewTaskOf, submitNewEnrollment } from '../stories';

/**
 * 统计: after a few cases (one approved, one waiting for review) an administrator sees non-empty charts of cases per
 * day, decisions and open tasks, downloads a chart's data as CSV (UTF-8 with a BOM, so Excel reads the Chinese), and
 * reads the same screen in English. A reviewer of one region has no 统计 in the menu.
 */
test('an administrator sees the reports screen with non-empty charts after a few cases and downloads a CSV', async ({ page, api }) => {
  const approved = await submitNewEnrollment(api, 'applicant6', '杨帆');
  const task = await reviewTaskOf(api, 'reviewer1', approved.id);
  await api.send('reviewer1', 'POST', `/api/tasks/${task}/claim`, undefined, [204]);
  await api.send('reviewer1', 'POST', `/api/tasks/${task}/complete`, { decision: 'approve', comment: '材料齐全' });
  const waiting = await submitNewEnrollment(api, 'applicant7', '赵敏');
  await reviewTaskOf(api, 'reviewer1', waiting.id);

  await signIn(page, 'admin1');
  await page.getByTestId('nav-reports').click();
  await expect(page).toHaveURL(/\/reports$/);
  for (const name of ['cases-per-day', 'decisions', 'open-tasks']) {
    await expect(page.getByTestId(`report-${name}-chart`).locator('canvas').first()).toBeVisible();
  }
  // A decision made seconds after submission is 0.0 hours: the cycle-time chart may rightly show its empty state.
  await expect(page.getByTestId('report-cycle-times')).toBeVisible();
  await expect(page.getByTestId('report-incidents-per-day')).toBeVisible();
  await expect(page.getByTestId('reports-page')).toContainText('每日受理、审结、办结件数');
  await page.screenshot({ path: test.info().outputPath('reports-zh.png'), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-cases-per-day-csv').click()]);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.subarray(3).toString('utf8');
  expect(csv.split('\r\n')[0]).toBe('日期,业务,参保统筹区,受理,审结,办结');
  expect(csv).toContain('灵活就业养老新参保,乌鲁木齐市');

  await page.evaluate(() => localStorage.setItem('studio.lang', 'en'));
  await page.reload();
  await expect(page.getByTestId('reports-page')).toContainText('Cases started, decided and completed per day');
  await expect(page.getByTestId('report-decisions-chart').locator('canvas').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('reports-en.png'), fullPage: true });
  await page.evaluate(() => localStorage.setItem('studio.lang', 'zh-CN'));
});

test('a reviewer of one region has no reports in the menu', async ({ page }) => {
  await signIn(page, 'reviewer2');
  await expect(page.getByText('待办').first()).toBeVisible();
  await expect(page.getByTestId('nav-reports')).toHaveCount(0);
});
