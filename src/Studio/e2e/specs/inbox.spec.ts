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
