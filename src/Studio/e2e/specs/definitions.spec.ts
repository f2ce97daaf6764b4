import { expect, signIn, test } from '../fixtures';

/*
 * The administrator changes a process without a developer: opens newEnrollment in the modeler, adds a step the
 * engine cannot run, sees the validator's problem on the element, fixes it with an element template, deploys and
 * publishes the new version, and reads the diff. It publishes the previous version again at the end, so the specs
 * after it start their cases on the process the repository ships.
 */
test('an administrator fixes a validation problem, deploys and publishes a new version and sees it in the diff', async ({ page }) => {
  await signIn(page, 'admin1');
  await page.getByTestId('nav-definitions').click();
  await page.getByTestId('definition-edit-newEnrollment').click();

  const canvas = page.getByTestId('modeler-canvas');
  const status = page.getByTestId('validation-status');
  await expect(canvas.locator('[data-element-id="completeApplication"]')).toBeVisible();
  await expect(status).toHaveAttribute('data-state', 'valid');
  const baseVersion = Number((await page.getByTestId('modeler-base-version').textContent())?.match(/\d+/)?.[0]);

  // Append a plain task after the last service task: it passes through, but leads nowhere.
  await canvas.locator('[data-element-id="completeApplication"]').click();
  await page.locator('.djs-context-pad [data-action="append.append-task"]').click();
  await expect(page.getByTestId('modeler-dirty')).toBeVisible();
  await page.getByTestId('modeler-validate').click();
  await expect(status).toHaveAttribute('data-state', 'invalid');
  const problem = page.locator('[data-testid="problem-row"][data-code="missing-outgoing"]');
  await expect(problem).toHaveCount(1);
  const added = (await problem.getAttribute('data-element-id'))!;
  await expect(canvas.locator(`.djs-element.si-problem[data-element-id="${added}"]`)).toHaveCount(1);
  await expect(page.getByTestId(`problem-badge-${added}`)).toBeVisible();

  // A click on the problem selects the element; make it a service task and pick our "notify applicant" template.
  await problem.click();
  await expect(canvas.locator(`.djs-element.selected[data-element-id="${added}"]`)).toHaveCount(1);
  await page.locator('.djs-context-pad [data-action="replace"]').click();
  await page.locator('.djs-popup [data-id="replace-with-service-task"]').click();
  await page.locator('.bio-properties-panel-select-template-button').click();
  await page.getByTestId('template-option-socialinsurance.notification.send').click();
  await page.getByTestId('modeler-validate').click();
  await expect(page.locator(`[data-testid="problem-row"][data-element-id="${added}"][data-code="missing-outgoing"]`)).toHaveCount(1);

  // It still leads nowhere: end the path after it.
  await page.locator(`[data-testid="problem-row"][data-element-id="${added}"]`).click();
  await page.locator('.djs-context-pad [data-action="append.end-event"]').click();
  await page.getByTestId('modeler-validate').click();
  await expect(status).toHaveAttribute('data-state', 'valid');
  await expect(page.getByTestId('problem-row')).toHaveCount(0);

  // Play it before deploying.
  await page.getByTestId('modeler-simulation').click();
  await expect(page.getByTestId('modeler-simulation-banner')).toBeVisible();
  await page.getByTestId('modeler-simulation').click();
  await expect(page.getByTestId('modeler-simulation-banner')).toBeHidden();

  await page.getByTestId('modeler-deploy').click();
  await page.getByTestId('deploy-confirm').click();
  await expect(page.getByTestId('deploy-result')).toContainText(`${baseVersion + 1}`);
  await page.getByTestId('deploy-result-publish').click();
  await expect(page.getByTestId('deploy-result-publish')).toBeHidden();
  await page.getByTestId('deploy-result-diff').click();

  await expect(page).toHaveURL(new RegExp(`/definitions/newEnrollment/diff\\?from=${baseVersion}&to=${baseVersion + 1}`));
  await expect(page.getByTestId(`diff-row-${added}`)).toHaveAttribute('data-kind', 'added');
  await expect(page.getByTestId('diff-new').locator(`.si-diff-added[data-element-id="${added}"]`)).toHaveCount(1);

  // The versions list shows the new version published; publishing the previous one rolls back.
  await page.goto('/definitions/newEnrollment');
  await expect(page.getByTestId(`version-published-${baseVersion + 1}`)).toBeVisible();
  await page.getByTestId(`version-publish-${baseVersion}`).click();
  await page.getByTestId('publish-confirm').click();
  await expect(page.getByTestId(`version-published-${baseVersion}`)).toBeVisible();
});

test('an administrator opens the deployed review form in the form editor and previews it', async ({ page }) => {
  await signIn(page, 'admin1');
  await page.getByTestId('nav-forms').click();
  await expect(page.getByTestId('forms-table')).toContainText('review-application.form');
  await page.getByTestId('form-edit-review-application.form').click();
  const editor = page.getByTestId('form-editor-page');
  await expect(editor.getByText('审核结论 Decision').first()).toBeVisible();
  await expect(editor.getByText('审核意见 Comment').first()).toBeVisible();
  await page.getByTestId('form-preview-open').click();
  await expect(page.getByRole('dialog').getByText('审核结论 Decision').first()).toBeVisible();
});

test('a reviewer sees neither the definitions nor the forms menu, and the screen refuses them', async ({ page }) => {
  await signIn(page, 'reviewer1');
  await expect(page).toHaveURL(/\/tasks/);
  await expect(page.getByRole('menuitem', { name: '待办' })).toBeVisible();
  await expect(page.getByTestId('nav-definitions')).toHaveCount(0);
  await expect(page.getByTestId('nav-forms')).toHaveCount(0);
  await page.goto('/definitions');
  await expect(page.getByTestId('definitions-forbidden')).toBeVisible();
});
