import { expect, signIn, test } from '../fixtures';

/**
 * An administrator keeps the yearly contribution policy and the holiday calendar: the list shows the seeded years
 * with their confidence and the warning that the current year borrows an earlier one's figures; a new year is
 * refused with the server's message beside the field and saved once corrected; a year's holidays are edited the same way.
 */
test('an administrator adds a policy year and edits a holiday calendar, with the server validation beside the fields', async ({ page }) => {
  await signIn(page, 'admin1');
  await page.getByTestId('nav-policy').click();
  await expect(page).toHaveURL(/\/policy$/);
  await expect(page.getByTestId('policy-warning')).toContainText('暂按 2024 年参数执行');
  await expect(page.getByTestId('policy-year-2021')).toBeVisible();
  await expect(page.getByTestId('policy-table')).toContainText('4,999 – 24,996');
  await page.screenshot({ path: 'e2e/results/screens/policy-list-zh.png', fullPage: true });

  // A new year whose lower limit is above the upper limit: refused, the message beside the upper limit.
  await page.getByTestId('policy-new').click();
  await page.getByTestId('policy-field-year').fill('2031');
  await page.getByTestId('policy-field-averageMonthlyWage').fill('9000');
  await page.getByTestId('policy-field-baseLowerLimit').fill('27000');
  await page.getByTestId('policy-field-baseUpperLimit').fill('5400');
  await page.getByTestId('policy-field-source').fill('e2e: 2031 年测试数据');
  await page.getByTestId('policy-save').click();
  await expect(page.getByTestId('policy-error-baseUpperLimit')).toContainText('下限');
  await page.screenshot({ path: 'e2e/results/screens/policy-year-error-zh.png', fullPage: true });
  await page.getByTestId('policy-field-baseLowerLimit').fill('5400');
  await page.getByTestId('policy-field-baseUpperLimit').fill('27000');
  await page.getByTestId('policy-save').click();
  await expect(page).toHaveURL(/\/policy\/2031$/);
  await expect(page.getByTestId('policy-field-baseUpperLimit')).toHaveValue('27000');

  // The 2031 holidays: a make-up working day on a weekday is refused beside its field, then saved.
  await page.goto('/policy');
  await page.getByTestId('holidays-year').fill('2031');
  await page.getByTestId('holidays-open').click();
  await expect(page.getByTestId('holidays-not-entered')).toBeVisible();
  await page.getByTestId('holidays-field-holidays').fill('2031-01-01 元旦');
  await page.getByTestId('holidays-field-makeUpWorkingDays').fill('2031-01-02');
  await page.getByTestId('holidays-field-source').fill('e2e: 2031 年放假安排');
  await page.getByTestId('holidays-save').click();
  await expect(page.getByTestId('holidays-error-makeUpWorkingDays')).toContainText('周六或周日');
  await page.screenshot({ path: 'e2e/results/screens/holidays-error-zh.png', fullPage: true });
  await page.getByTestId('holidays-field-makeUpWorkingDays').fill('2031-01-04');
  await page.getByTestId('holidays-save').click();
  await expect(page.getByTestId('holidays-not-entered')).toBeHidden();

  // The same screens in English.
  await page.evaluate(() => localStorage.setItem('studio.lang', 'en'));
  await page.goto('/policy');
  await expect(page.getByTestId('policy-warning')).toContainText('the 2024 figures are used');
  await expect(page.getByTestId('policy-year-2031')).toBeVisible();
  await page.screenshot({ path: 'e2e/results/screens/policy-list-en.png', fullPage: true });
  await page.getByTestId('policy-year-2024').click();
  await expect(page.getByTestId('policy-field-baseLowerLimit')).toHaveValue('4999');
  await page.screenshot({ path: 'e2e/results/screens/policy-year-en.png', fullPage: true });
  await page.goto('/policy/holidays/2026');
  await expect(page.getByTestId('holidays-field-holidays')).toContainText('2026-02-20');
  await page.screenshot({ path: 'e2e/results/screens/holidays-en.png', fullPage: true });
});

test('a reviewer has no policy entry and is refused the screen', async ({ page }) => {
  await signIn(page, 'reviewer1');
  await expect(page.getByTestId('nav-policy')).toHaveCount(0);
  await page.goto('/policy');
  await expect(page.getByTestId('policy-forbidden')).toBeVisible();
});
