import { expect, signIn, test, watchConsole } from '../fixtures';
import { filePath, files, reviewTaskOf } from '../stories';

/**
 * The whole new-enrollment story across the two apps: the applicant's phone (掌上办, /m, 390×844) submits through the
 * step form; a reviewer approves it in the Studio's inbox and case view; the phone shows the progress and offers the
 * deduction agreement, signed in the tax bureau's (simulated) page; once the polling job has seen it, the case is
 * 办结 and the insurance active.
 *
 * applicant2 (李娜) rather than applicant1: once approved, the person is insured, and every later new enrollment of
 * that person is refused (Enrollment.AlreadyInsured) — the other specs submit theirs for applicant1 (stories.ts).
 */
const applicant = { userName: 'applicant2', name: '李娜' };

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('new enrollment end to end: an applicant enrolls on the phone, a reviewer approves in the Studio, the agreement is signed and the case completes', async ({ page, api, browser }) => {
  // Sign in: an applicant lands on the mobile home, not the reviewers' inbox
  await signIn(page, applicant.userName);
  await expect(page).toHaveURL(/\/m$/);
  await expect(page.getByTestId('m-home')).toBeVisible();

  // 我要办 → 灵活就业养老新参保
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
  // The outcome page has its own back button (to 我要办): wait for the progress page before going back from it.
  await page.getByTestId('go-progress').click();
  await expect(page.getByTestId('application-detail')).toBeVisible();
  await page.getByTestId('m-back').click();
  await expect(page.getByTestId('m-query')).toBeVisible();
  const card = page.locator(`[data-testid="application-card"][data-case-number="${caseNumber}"]`);
  await expect(card.getByTestId('application-status')).toHaveText(/已提交|审核中/);

  // A reviewer, on the desktop Studio, finds it in the inbox, opens it and approves it through the task's form
  await card.click();
  const applicationId = page.url().split('/').pop()!;
  await reviewTaskOf(api, 'reviewer1', applicationId);
  const desk = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 768 } });
  const reviewer = await desk.newPage();
  const reviewerErrors = watchConsole(reviewer);
  await signIn(reviewer, 'reviewer1');
  await reviewer.getByTestId('inbox-scope-available').click();
  const offered = reviewer.locator(`[data-testid="inbox-row"][data-case-number="${caseNumber}"]`);
  await offered.getByTestId('inbox-claim').click();
  await reviewer.getByTestId('inbox-scope-mine').click();
  await reviewer.locator(`[data-testid="inbox-row"][data-case-number="${caseNumber}"]`).getByTestId('inbox-open').click();
  await expect(reviewer.getByTestId('task-diagram')).toHaveAttribute('data-active', 'reviewApplication');
  await expect(reviewer.getByTestId('materials-panel').getByTestId('material-thumb-IdCardFront')).toBeVisible();
  const decision = reviewer.getByTestId('task-decision');
  await decision.getByLabel('审核通过').check();
  await decision.getByRole('textbox').first().fill('材料齐全');
  await decision.getByTestId('task-submit').click();
  await expect(reviewer.getByText('审核已提交，已返回待办')).toBeVisible();
  expect(reviewerErrors, 'console errors on the reviewer page').toEqual([]);
  await desk.close();

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

  // The polling job finds the signed agreement (an administrator runs it now instead of waiting for its schedule):
  // the case is 办结 and the insurance active
  await api.send('admin1', 'POST', '/api/admin/jobs/agreement-polling/trigger');
  await expect
    .poll(async () => {
      await page.reload();
      return page.getByTestId('application-status').textContent();
    })
    .toBe('已办结');
  await page.getByTestId('m-back').click();
  await page.getByTestId('m-tab-mine').click();
  await expect(page.getByTestId('insured-status')).toContainText('正常参保');
});

test('the step form’s action bar fits a 390 px phone, in Chinese and in English', async ({ page }) => {
  // applicant1 is never approved by the specs, so the new-enrollment form is open to them; nothing is saved here
  await signIn(page, 'applicant1');
  await page.goto('/m/apply/NewEnrollment');
  await page.getByTestId('field-regionCode').selectOption('6501');
  await page.getByTestId('field-phone').fill('13912345678');
  await page.getByTestId('field-address').fill('乌鲁木齐市天山区解放北路 1 号');
  await page.getByTestId('step-next').click();
  // The rights step has both buttons and the longest label (保存并上传材料 / Save and upload materials)
  await expect(page.getByTestId('step-prev')).toBeVisible();

  for (const language of ['zh-CN', 'en']) {
    if (language === 'en') await page.getByTestId('m-language').click();
    await expect(page.getByTestId('step-next')).toHaveText(language === 'en' ? 'Save and upload materials' : '保存并上传材料');
    const viewport = page.viewportSize()!;
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${language}: no sideways scrolling`).toBeLessThanOrEqual(viewport.width);
    for (const testId of ['step-prev', 'step-next']) {
      const button = page.getByTestId(testId);
      const box = (await button.boundingBox())!;
      expect(box.x, `${language} ${testId}: left edge`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${language} ${testId}: right edge`).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height, `${language} ${testId}: bottom edge`).toBeLessThanOrEqual(viewport.height);
      // Readable: the label is not cut off inside its button
      const label = (await button.locator('span').last().boundingBox())!;
      expect(label.x, `${language} ${testId}: label starts inside its button`).toBeGreaterThanOrEqual(box.x);
      expect(label.x + label.width, `${language} ${testId}: label ends inside its button`).toBeLessThanOrEqual(box.x + box.width + 0.5);
    }
  }
});

test('every applicant page title fits the 390 px header whole, in Chinese and in English', async ({ page }, testInfo) => {
  // applicant1: nothing is saved; the services open their first step (or say why they cannot), each under its title
  await signIn(page, 'applicant1');
  const pages = ['/m', '/m/apply', '/m/query', '/m/mine', '/m/apply/NewEnrollment', '/m/apply/Resumption', '/m/apply/Suspension'];
  for (const language of ['zh-CN', 'en'] as const) {
    await page.evaluate((lang) => localStorage.setItem('studio.lang', lang), language);
    for (const path of pages) {
      await page.goto(path);
      const title = page.getByTestId('m-title');
      await expect(title).not.toBeEmpty();
      // Whole: not cut to an ellipsis or a hidden third line, and no wider than the space between the header's buttons
      const fit = await title.evaluate((h) => ({ text: h.textContent, tall: h.scrollHeight - h.clientHeight, wide: h.scrollWidth - h.clientWidth, lines: Math.round(h.clientHeight / parseFloat(getComputedStyle(h).lineHeight)) }));
      expect.soft(fit.tall, `${language} ${path}: "${fit.text}" is cut`).toBeLessThanOrEqual(1);
      expect.soft(fit.wide, `${language} ${path}: "${fit.text}" overflows`).toBeLessThanOrEqual(1);
      expect.soft(fit.lines, `${language} ${path}: "${fit.text}" takes more than two lines`).toBeLessThanOrEqual(2);
      await page.screenshot({ path: testInfo.outputPath(`title-${language}-${path.replaceAll('/', '_')}.png`), clip: { x: 0, y: 0, width: 390, height: 120 } });
    }
  }
});
