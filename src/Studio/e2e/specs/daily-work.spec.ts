import type { Browser, Page } from '@playwright/test';
import { expect, signIn, test, watchConsole } from '../fixtures';
import { reviewTaskOf, submitNewEnrollment } from '../stories';

/** A second signed-in person beside the test's own page, with its console watched the same way. */
async function asAnotherUser(browser: Browser, userName: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchConsole(page);
  await signIn(page, userName);
  return { page, errors };
}

test('a reviewer finds a case by the applicant’s name and by ID number in the inbox, and an administrator in the instances', async ({ page, api, browser }) => {
  const application = await submitNewEnrollment(api, 'applicant3', '王芳');
  await reviewTaskOf(api, 'reviewer1', application.id);

  await signIn(page, 'reviewer1');
  await page.getByTestId('inbox-scope-available').click();
  const search = page.getByTestId('inbox-search').locator('input');
  await search.fill('王芳');
  await search.press('Enter');
  const rows = page.getByTestId('inbox-row');
  await expect(rows.filter({ hasText: application.caseNumber })).toBeVisible();
  await expect(rows.filter({ hasNotText: '王芳' })).toHaveCount(0);

  // An ID number is searched on the server but never written into the address bar.
  await search.fill('650102199201154568');
  await search.press('Enter');
  await expect(rows.filter({ hasText: application.caseNumber })).toBeVisible();
  expect(page.url()).not.toMatch(/\d{15}/);

  const admin = await asAnotherUser(browser, 'admin1');
  await admin.page.goto('/instances');
  const instanceSearch = admin.page.getByRole('searchbox', { name: /受理编号、申请人姓名或身份证号/ });
  await instanceSearch.fill('王芳');
  await instanceSearch.press('Enter');
  await expect(admin.page.getByRole('row').filter({ hasText: application.caseNumber })).toBeVisible();
  expect(admin.errors).toEqual([]);
});

test('a reviewer delegates a claimed task to a colleague of its group, who completes it', async ({ page, api, browser }) => {
  const application = await submitNewEnrollment(api, 'applicant4', '刘洋');
  const taskId = await reviewTaskOf(api, 'reviewer1', application.id);
  await api.send('reviewer1', 'POST', `/api/tasks/${taskId}/claim`, undefined, [204]);

  await signIn(page, 'reviewer1');
  await page.goto(`/tasks/${taskId}`);
  await page.getByTestId('task-hand-over').click();
  // The colleagues arrive after the dialog opens; a click on the list while it is still loading picks nothing.
  await expect(async () => {
    await page.getByTestId('task-colleague').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'reviewer2' }).click({ timeout: 5_000 });
    await expect(page.getByTestId('task-hand-over-ok')).toBeEnabled({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await page.getByTestId('task-hand-over-ok').click();
  await expect(page.getByText('已委托给 reviewer2')).toBeVisible();

  const colleague = await asAnotherUser(browser, 'reviewer2');
  await colleague.page.getByTestId('inbox-scope-mine').click();
  const row = colleague.page.locator(`[data-testid="inbox-row"][data-business-key="${application.id}"]`);
  await expect(row).toContainText('由 reviewer1 委托');
  await row.getByTestId('inbox-open').click();
  const decision = colleague.page.getByTestId('task-decision');
  await decision.getByLabel('审核通过').check();
  await decision.getByTestId('task-submit').click();
  await expect(colleague.page.getByText('审核已提交，已返回待办')).toBeVisible();

  const done = await api.send<{ items: { businessKey?: string | null; outcome?: { decision?: string } | null }[] }>(
    'reviewer2', 'GET', '/api/tasks?scope=done&pageSize=100');
  expect(done.items.find((t) => t.businessKey === application.id)?.outcome?.decision).toBe('approve');
  expect(colleague.errors).toEqual([]);
});

test('a comment on a case is seen by the second reviewer, in the comments and in the timeline', async ({ page, api, browser }) => {
  const application = await submitNewEnrollment(api, 'applicant5', '陈静');
  const taskId = await reviewTaskOf(api, 'reviewer1', application.id);

  await signIn(page, 'reviewer1');
  await page.goto(`/tasks/${taskId}`);
  await page.getByTestId('task-comment-input').fill('户口簿首页与身份证住址不一致，请核对');
  await page.getByTestId('task-comment-add').click();
  await expect(page.getByTestId('task-comment')).toContainText('户口簿首页与身份证住址不一致，请核对');

  const second = await asAnotherUser(browser, 'reviewer2');
  await second.page.goto(`/tasks/${taskId}`);
  const comment = second.page.getByTestId('task-comment');
  await expect(comment).toContainText('户口簿首页与身份证住址不一致，请核对');
  await expect(comment).toContainText('王审核（全区）');
  await second.page.getByRole('tab', { name: '办理记录' }).click();
  await expect(second.page.getByTestId('timeline-comment')).toContainText('户口簿首页与身份证住址不一致，请核对');
  expect(second.errors).toEqual([]);
});
