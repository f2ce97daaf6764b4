import { expect, signIn, test } from '../fixtures';
import { reviewTaskOf, submitNewEnrollment } from '../stories';

test('a wrong password is refused on the login screen and changes nothing', async ({ page }) => {
  await page.goto('/login');
  await page.locator('#userName').fill('reviewer1');
  await page.locator('#password').fill('not-the-password');
  await page.locator('button[type="submit"]').click();
  await expect(page.locator('.login-error')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test('a reviewer of the region finds a submitted case in the inbox, claims it in place and opens it', async ({ page, api }) => {
  const application = await submitNewEnrollment(api);
  await reviewTaskOf(api, 'reviewer2', application.id);

  await signIn(page, 'reviewer2');
  await expect(page).toHaveURL(/\/tasks/);
  await page.getByRole('tab', { name: '可领取' }).click();
  const row = page.getByRole('row').filter({ hasText: application.caseNumber });
  await expect(row).toBeVisible();

  await row.getByRole('button', { name: /^领\s*取$/ }).click();
  await expect(row).toBeHidden();
  await page.getByRole('tab', { name: '我的任务' }).click();
  const mine = page.getByRole('row').filter({ hasText: application.caseNumber });
  await expect(mine).toBeVisible();
  await mine.getByRole('button', { name: /^办\s*理$/ }).click();

  await expect(page).toHaveURL(/\/tasks\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('task-case-number')).toContainText(application.caseNumber);
});

/** Cells of one column on the page, in row order. */
async function column(page: import('@playwright/test').Page, testId: string): Promise<string[]> {
  return (await page.getByTestId('inbox-row').getByTestId(testId).allInnerTexts()).map((text) => text.trim());
}

test('a reviewer sorts the inbox by case number and by applicant on the server, and the sort stays in the address', async ({ page, api }) => {
  // 陈 (Chen) before 张 (Zhang) in pinyin, after it in code points: a sort by code point would show them the other way round
  const zhang = await submitNewEnrollment(api, 'applicant1', '张伟');
  const chen = await submitNewEnrollment(api, 'applicant5', '陈静');
  await reviewTaskOf(api, 'reviewer1', zhang.id);
  await reviewTaskOf(api, 'reviewer1', chen.id);

  await signIn(page, 'reviewer1');
  await page.goto('/tasks?scope=available&size=100');
  const caseNumber = page.getByRole('columnheader', { name: '业务编号' });
  await caseNumber.click();
  await expect(page).toHaveURL(/sort=case/);
  await caseNumber.click();
  await expect(page).toHaveURL(/sort=case&order=desc/);
  // The newest cases first: the two just submitted, 陈静's last
  await expect.poll(async () => (await column(page, 'inbox-case-number')).slice(0, 2)).toEqual([chen.caseNumber, zhang.caseNumber]);
  const numbers = await column(page, 'inbox-case-number');
  expect(numbers.filter((n) => n.startsWith('XJ-'))).toEqual(numbers.filter((n) => n.startsWith('XJ-')).sort().reverse());

  await page.getByRole('columnheader', { name: '申请人' }).click();
  await expect(page).toHaveURL(/sort=applicant/);
  await expect(page).not.toHaveURL(/order=desc/);
  const pinyin = new Intl.Collator('zh-CN');
  await expect
    .poll(async () => {
      const names = (await column(page, 'inbox-applicant')).filter((name) => name !== '—');
      return names.join(' ') === [...names].sort(pinyin.compare).join(' ') && names.indexOf('陈静') < names.indexOf('张伟') && names.includes('陈静');
    })
    .toBe(true);

  // A reload (or a shared link) keeps the sort
  await page.reload();
  await expect(page.getByRole('columnheader', { name: '申请人' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('tab', { name: '可领取' })).toHaveAttribute('aria-selected', 'true');
});

test('a reviewer who searches by ID number right after choosing 可领取 stays on 可领取, with the number kept out of the address', async ({ page, api }) => {
  const zhang = await submitNewEnrollment(api, 'applicant1', '张伟');
  await reviewTaskOf(api, 'reviewer1', zhang.id);

  await signIn(page, 'reviewer1');
  // No wait between the tab and the search: both changes may reach the page before it renders the first
  await page.getByTestId('inbox-scope-available').click();
  const search = page.getByTestId('inbox-search').locator('input');
  await search.fill('650102199003071235');
  await search.press('Enter');

  await expect(page.locator(`[data-testid="inbox-row"][data-case-number="${zhang.caseNumber}"]`)).toBeVisible();
  await expect(page.getByRole('tab', { name: '可领取' })).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/scope=available/);
  expect(page.url()).not.toMatch(/\d{15}/);
  await expect(page.getByTestId('inbox-row').getByTestId('inbox-claim').first()).toBeVisible();
});
