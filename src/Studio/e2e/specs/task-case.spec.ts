import { expect, signIn, test } from '../fixtures';
import { reviewTaskOf, submitNewEnrollment } from '../stories';

/**
 * The reviewer's case view end to end: inbox → claim → open → diagram and materials → decision through the task's
 * form (a missing required field first) → the task leaves 我的任务.
 *
 * Approving makes the applicant insured, and every later new enrollment of that person is refused. applicant2 is
 * approved by mobile-applicant.spec.ts, so this spec approves applicant1 — a spec that enrols applicant1 must sort
 * before this file (specs run one at a time in file order).
 */
test('a reviewer claims a new enrollment, checks diagram and materials, and approves it through the form', async ({ page, api }) => {
  const application = await submitNewEnrollment(api);
  await reviewTaskOf(api, 'reviewer1', application.id);

  // Inbox: find the case among the tasks offered to the group, claim it, open it from 我的任务.
  await signIn(page, 'reviewer1');
  await page.getByTestId('inbox-scope-available').click();
  const offered = page.locator(`[data-testid="inbox-row"][data-business-key="${application.id}"]`);
  await expect(offered).toBeVisible();
  await offered.getByTestId('inbox-claim').click();
  await expect(offered).toBeHidden();
  await page.getByTestId('inbox-scope-mine').click();
  const mine = page.locator(`[data-testid="inbox-row"][data-business-key="${application.id}"]`);
  await expect(mine).toBeVisible();
  await mine.getByTestId('inbox-open').click();
  await expect(page).toHaveURL(/\/tasks\/[0-9a-f-]{36}$/);

  // Diagram: the review task is the current element, the path before it is completed.
  const diagram = page.getByTestId('task-diagram');
  await expect(diagram).toHaveAttribute('data-active', 'reviewApplication');
  await expect(diagram.locator('[data-element-id="reviewApplication"].si-active')).toHaveCount(1);
  await expect(diagram.locator('[data-element-id="submitted"].si-completed')).toHaveCount(1);

  // Materials: the four uploads are listed; an image opens in the zoomable preview.
  const materials = page.getByTestId('materials-panel');
  for (const kind of ['身份证正面', '身份证反面', '户口本复印件', '第二代身份证复印件']) {
    await expect(materials.getByText(kind, { exact: true })).toBeVisible();
  }
  await materials.getByTestId('material-thumb-IdCardFront').click();
  const preview = page.locator('.ant-image-preview');
  await expect(preview.locator('img')).toBeVisible();
  await expect(preview.locator('img')).toHaveAttribute('src', /^blob:/);
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  // Decision through the task's deployed form-js form: submitting without a decision is refused beside the field.
  const decision = page.getByTestId('task-decision');
  await expect(decision.getByTestId('task-form-js')).toBeVisible();
  await decision.getByTestId('task-submit').click();
  await expect(decision.getByText(/此项为必填项|请选择审核结论/).first()).toBeVisible();
  await expect(page).toHaveURL(/\/tasks\/[0-9a-f-]{36}$/);
  await decision.getByLabel('审核通过').check();
  await decision.getByTestId('task-submit').click();

  // Back in the inbox with a message, and the task is no longer in 我的任务.
  await expect(page).toHaveURL(/\/tasks(\?.*)?$/);
  await expect(page.getByText('审核已提交，已返回待办')).toBeVisible();
  await page.getByTestId('inbox-scope-mine').click();
  await expect(page.locator(`[data-testid="inbox-row"][data-business-key="${application.id}"]`)).toHaveCount(0);
});
