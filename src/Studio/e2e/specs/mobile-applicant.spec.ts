import { expect, signIn, test } from '../fixtures';
import { filePath, files, reviewTaskOf } from '../stories';

/**
 * The applicant's phone (掌上办, /m) at 390×844: a new enrollment through the step form, submitted, seen in 我要查;
 * after a reviewer approves, the progress shows it and offers the deduction agreement, signed in the tax bureau's
 * (simulated) page.
 *
 * applicant2 (李娜) rather than applicant1: once approved, the person is insured, and every later new enrollment of
 * that person is refused (Enrollment.AlreadyInsured) — the other specs submit theirs for applicant1 (stories.ts).
 */
const applicant = { userName: 'applicant2', name: '李娜' };

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('an applicant enrolls on the phone, follows the review and is offered the deduction agreement', async ({ page, api }) => {
  // Sign in: an applicant lands on the mobile home, not the reviewers' inbox
  await signIn(page, applicant.userName);
  await expect(page).toHaveURL(/\/m$/);
  await expect(page.getByTestId('m-home')).toBeVisible();

  // 我要办 → 灵活就业人员参保登记
  await page.getByTestId('m-tab-apply').click();
  await page.getByTestId('service-NewEnrollment').click();

  // 基本信息: name and ID number are the account's, read-only
  await expect(page.getByTestId('basic-identity')).toContainText(applicant.name);
  await page.getByTestId('field-regionCode').selectOption('6501');
  await page.getByTestId('field-phone').fill('13912345678');
  await page.getByTestId('field-address').fill('乌鲁木齐市天山区解放北路 1 号');
  await page.getByTestId('step-next').click();

  // 权益信息: bank, a base from the year's grades, monthly; someone else's name on the card is refused here
  await page.getByTestId('field-bankCode').selectOption('ICBC');
  await page.getByTestId('field-accountNumber').fill('6222021234567890123');
  await page.getByTestId('field-accountName').fill('王五');
  await page.getByTestId('base-grade-100').click();
  await page.getByTestId('frequency-Monthly').click();
  await page.getByTestId('step-next').click();
  await expect(page.getByText(`账户名称须与参保人姓名（${applicant.name}）一致`)).toBeVisible();
  await page.getByTestId('field-accountName').fill(applicant.name);
  await expect(page.getByTestId('monthly-amount')).not.toHaveText('—');
  await page.getByTestId('step-next').click(); // saves the draft

  // 上传材料: the four materials, each checked and uploaded on choosing
  for (const [kind, file] of Object.entries(files)) {
    await page.getByTestId(`material-input-${kind}`).setInputFiles(filePath(file.name));
    await expect(page.getByTestId(`material-${kind}`)).toHaveAttribute('data-uploaded', 'true');
  }
  await page.getByTestId('step-next').click();

  // 确认提交
  await expect(page.getByTestId('review-summary')).toContainText('乌鲁木齐市');
  await page.getByTestId('field-commitment').check();
  await page.getByTestId('submit-application').click();
  const caseNumber = (await page.getByTestId('apply-result-case-number').textContent())!.trim();
  expect(caseNumber).toMatch(/^XJ-/);

  // 我要查: the case, submitted or under review
  await page.getByTestId('go-progress').click();
  await page.getByTestId('m-back').click();
  const card = page.locator(`[data-testid="application-card"][data-case-number="${caseNumber}"]`);
  await expect(card.getByTestId('application-status')).toHaveText(/已提交|审核中/);

  // A reviewer approves it (through the API: the inbox has its own spec)
  await card.click();
  const detailUrl = page.url();
  const applicationId = detailUrl.split('/').pop()!;
  const taskId = await reviewTaskOf(api, 'reviewer1', applicationId);
  await api.send('reviewer1', 'POST', `/api/tasks/${taskId}/claim`, undefined, [204]);
  await api.send('reviewer1', 'POST', `/api/tasks/${taskId}/complete`, { decision: 'approve', comment: '材料齐全' });

  // The progress shows the approval, the reviewer's comment, and the next action
  await page.reload();
  await expect(page.getByTestId('application-status')).toHaveText('审核通过');
  await expect(page.getByTestId('timeline')).toContainText('材料齐全');
  await expect(page.locator('[data-testid="next-action"][data-kind="SignAgreement"]')).toBeVisible();

  // 签订代扣协议 in the tax bureau's simulated page
  await page.getByTestId('sign-agreement').click();
  await expect(page.getByTestId('simulator-label')).toHaveText('模拟');
  await expect(page.getByTestId('agreement-bank')).toHaveValue('ICBC');
  await page.getByTestId('agreement-account').fill('6222021234567890123');
  await page.getByTestId('agreement-consent').check();
  await page.getByTestId('agreement-submit').click();
  await expect(page.getByText('签约成功')).toBeVisible();
  await page.getByTestId('agreement-done').click();
});
