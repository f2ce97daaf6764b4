import { expect, signIn, test } from '../fixtures';

/*
 * The administrator changes a rule without a developer: opens the review routing table (审核分派) in dmn-js, gives
 * Urumqi a 7-working-day review limit by editing one cell, deploys and publishes it as a new version, and tries it
 * with the evaluate box. It publishes the shipped version again at the end, so later specs route cases as shipped.
 */
test('an administrator edits a cell of the review routing table, deploys and publishes it, and evaluates it', async ({ page }, testInfo) => {
  await signIn(page, 'admin1');
  await page.getByTestId('nav-decisions').click();
  await expect(page.getByTestId('decisions-table')).toContainText('reviewRouting');
  await page.getByTestId('decision-open-reviewRouting').click();

  const editor = page.getByTestId('decision-table-editor');
  const cell = editor.locator('td[data-element-id="region6501Days"]');
  await expect(cell).toHaveText('10');
  await expect(editor.locator('.bjs-powered-by')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('decisions-zh.png'), fullPage: true });
  const shippedVersion = Number((await page.getByTestId('decision-versions').locator('[data-testid^="decision-version-published-"]').first().getAttribute('data-testid'))!.split('-').pop());

  // Edit the cell: Urumqi's review time limit becomes 7 working days.
  await cell.locator('[contenteditable="true"]').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('7');
  await editor.locator('td[data-element-id="region6501Groups"]').click();
  await expect(cell).toHaveText('7');

  await page.getByTestId('decision-deploy-publish').click();
  const newVersion = shippedVersion + 1;
  await expect(page.getByTestId(`decision-version-published-${newVersion}`)).toBeVisible();

  // Try it: an Urumqi new enrollment now gets 7 days from rule region6501.
  await page.getByTestId('evaluate-variables').fill('{"applicationType": "NewEnrollment", "regionCode": "6501"}');
  await page.getByTestId('evaluate-run').click();
  const result = page.getByTestId('evaluate-result');
  await expect(result).toContainText('region6501');
  await expect(result).toContainText('"reviewers-6501,reviewers-65"');
  await expect(result.locator('td').filter({ hasText: /^7$/ })).toHaveCount(1);

  // The diff names the changed cell.
  await page.getByTestId(`decision-version-diff-${newVersion}`).click();
  await expect(page.getByTestId('decision-diff')).toContainText('region6501');
  await expect(page.getByTestId('decision-diff')).toContainText('reviewWorkingDaysOutput');

  // English, with dmn-js's own texts in English too.
  await page.evaluate(() => localStorage.setItem('studio.lang', 'en'));
  await page.reload();
  await expect(page.getByTestId('decision-table-editor').locator('td[data-element-id="region6501Days"]')).toHaveText('7');
  await page.screenshot({ path: testInfo.outputPath('decisions-en.png'), fullPage: true });
  await page.evaluate(() => localStorage.removeItem('studio.lang'));

  // Put the shipped table back in force.
  await page.getByTestId(`decision-version-publish-${shippedVersion}`).click();
  await page.getByTestId('decision-publish-confirm').click();
  await expect(page.getByTestId(`decision-version-published-${shippedVersion}`)).toBeVisible();
});
