import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test, watchConsole } from '../fixtures';
import { filePath } from '../stories';

/*
 * 会签 (countersign) drawn by an administrator: a decision table names the reviewers, a business rule task asks it, and
 * a parallel multi-instance user task gives each reviewer their own task. The office already has the table with one
 * reviewer (deployed through the API, as a file handed over would be); the administrator adds the second reviewer as
 * a rule in dmn-js, publishes it, draws the process in the modeler with the mouse, deploys it, and starts a case of it
 * (through the admin API: the Studio has no start screen). Each reviewer then sees exactly their own task, and the
 * instance shows the decision's output.
 */
const decisionKey = 'countersignReviewers';
const processKey = 'countersignReview';

/** Presses the mouse on `source` and releases it at (x, y) of the page, moving in steps as a hand would. */
async function drag(page: Page, source: Locator, x: number, y: number) {
  const box = (await source.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, y, { steps: 12 });
  await page.mouse.up();
}

async function centerOf(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, right: box.x + box.width };
}

/** The one selected shape's id (what the modeler gives a new element). */
async function selectedId(canvas: Locator): Promise<string> {
  const selected = canvas.locator('.djs-shape.selected');
  await expect(selected).toHaveCount(1);
  return (await selected.getAttribute('data-element-id'))!;
}

/** Types into a properties panel field found by its label, and leaves it so the panel applies it. */
async function setField(panel: Locator, label: string, value: string) {
  const field = panel.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Tab');
  await expect(field).toHaveValue(value);
}

async function clickEmptyCanvas(page: Page, canvas: Locator) {
  const box = (await canvas.boundingBox())!;
  const header = page.getByTestId('modeler-properties').locator('.bio-properties-panel-header-type');
  // Nothing selected: the properties panel shows the process itself. A click right after a drag can be taken as
  // part of it, so click again until the selection is gone.
  await expect(async () => {
    await page.mouse.click(box.x + box.width - 80, box.y + 40);
    await expect(header).toHaveText(/^(流程|Process)$/, { timeout: 2_000 });
  }).toPass();
}

async function openGroup(panel: Locator, groupId: string) {
  const group = panel.locator(`[data-group-id="group-${groupId}"]`);
  const header = group.locator('.bio-properties-panel-group-header');
  if (!(await header.getAttribute('class'))?.includes('open')) await header.click();
  await expect(group.locator('.bio-properties-panel-group-entries.open')).toBeVisible();
}

test('an administrator draws a 会签 and a business rule task, edits the decision table, deploys both, and each reviewer gets their own task', async ({ page, api, request, browser }, testInfo) => {
  test.setTimeout(240_000); // drawing with the mouse and four sign-ins on a shared two-core machine
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });

  // The table as the office has it: every application goes to reviewer1.
  const deployed = await request.post('/api/admin/decisions?publish=true', {
    headers: { Authorization: `Bearer ${await api.token('admin1')}`, 'Content-Type': 'application/xml' },
    data: readFileSync(filePath('countersign-reviewers.dmn'), 'utf8'),
  });
  expect(deployed.status(), await deployed.text()).toBe(201);

  // The administrator adds a rule: new enrollments also go to reviewer2.
  await signIn(page, 'admin1');
  await page.getByTestId('nav-decisions').click();
  await page.getByTestId(`decision-open-${decisionKey}`).click();
  const table = page.getByTestId('decision-table-editor');
  await expect(table.locator('td[data-element-id="everyApplicationReviewer"]')).toHaveText('"reviewer1"');
  await table.locator('tfoot.add-rule td.output-cell').click();
  const rules = table.locator('tbody tr');
  await expect(rules).toHaveCount(2);
  const added = rules.nth(1);
  await added.locator('td.input-cell [contenteditable="true"]').click();
  await page.keyboard.type('"NewEnrollment"');
  await added.locator('td.output-cell [contenteditable="true"]').click();
  await page.keyboard.type('"reviewer2"');
  await added.locator('td.annotation [contenteditable="true"]').click();
  await page.keyboard.type('新参保另请乌鲁木齐审核');
  await expect(added.locator('td.output-cell')).toHaveText('"reviewer2"');
  await shot('countersign-decision-zh');
  await page.getByTestId('decision-deploy-publish').click();
  await expect(page.getByTestId('decision-version-published-2')).toBeVisible();

  // Tried on the decision screen: a new enrollment now has two reviewers.
  await page.getByTestId('evaluate-variables').fill('{"applicationType": "NewEnrollment"}');
  await page.getByTestId('evaluate-run').click();
  await expect(page.getByTestId('evaluate-result')).toContainText('"reviewer2"');

  // The process, drawn from a blank diagram.
  await page.getByTestId('nav-definitions').click();
  await page.getByTestId('definition-new').click();
  const canvas = page.getByTestId('modeler-canvas');
  const panel = page.getByTestId('modeler-properties');
  const start = canvas.locator('.djs-shape[data-element-id="start"]');
  await expect(start).toBeVisible();

  // Start → a task from the context pad, turned into a business rule task that asks the table.
  await start.click();
  await page.locator('.djs-context-pad [data-action="append.append-task"]').click();
  const ruleTaskId = await selectedId(canvas);
  await page.locator('.djs-context-pad [data-action="replace"]').click();
  await page.locator('.djs-popup [data-id="replace-with-rule-task"]').click();
  const ruleTask = canvas.locator(`.djs-shape[data-element-id="${ruleTaskId}"]`);
  await expect(ruleTask.locator('.djs-visual path').first()).toBeVisible();
  await openGroup(panel, 'general');
  await setField(panel, '名称', '确定会签审核人');
  await openGroup(panel, 'CamundaPlatform__Implementation');
  await panel.getByLabel('类型', { exact: true }).selectOption('dmn');
  await setField(panel, '决策引用', decisionKey);
  await setField(panel, '结果变量', 'reviewers');
  await panel.getByLabel('决策结果映射', { exact: true }).selectOption('collectEntries');

  // A task dropped from the palette to the right of it, turned into a parallel multi-instance user task.
  const ruleTaskAt = await centerOf(ruleTask);
  await drag(page, page.locator('.djs-palette [data-action="create.task"]'), ruleTaskAt.right + 160, ruleTaskAt.y);
  const reviewId = await selectedId(canvas);
  await page.locator('.djs-context-pad [data-action="replace"]').click();
  await page.locator('.djs-popup [data-id="replace-with-user-task"]').click();
  await expect(canvas.locator(`.djs-shape.selected[data-element-id="${reviewId}"]`)).toHaveCount(1);
  await page.locator('.djs-context-pad [data-action="replace"]').click();
  await page.locator('.djs-popup [data-id="toggle-parallel-mi"]').click();
  const review = canvas.locator(`.djs-shape[data-element-id="${reviewId}"]`);
  await openGroup(panel, 'general');
  await setField(panel, '名称', '会签审核');
  await openGroup(panel, 'CamundaPlatform__UserAssignment');
  await setField(panel, '处理人', '${reviewer}');
  await openGroup(panel, 'multiInstance');
  await setField(panel, '集合', 'reviewers');
  await setField(panel, '元素变量', 'reviewer');

  // Connect the business rule task to it with the context pad's connect tool, and end after it.
  await ruleTask.click();
  const reviewAt = await centerOf(review);
  await drag(page, page.locator('.djs-context-pad [data-action="connect"]'), reviewAt.x, reviewAt.y);
  await expect(canvas.locator('.djs-connection')).toHaveCount(2);
  // The new flow is selected and its context pad covers the task: click beside the task first.
  await clickEmptyCanvas(page, canvas);
  await review.click();
  await page.locator('.djs-context-pad [data-action="append.end-event"]').click();
  await expect(canvas.locator('.djs-connection')).toHaveCount(3);

  // Name the process: a click on the empty canvas shows the process in the panel.
  await clickEmptyCanvas(page, canvas);
  await openGroup(panel, 'general');
  await setField(panel, 'ID', processKey);
  await setField(panel, '名称', '会签审核 Countersign review');

  await page.getByTestId('modeler-validate').click();
  await expect(page.getByTestId('validation-status')).toHaveAttribute('data-state', 'valid');
  await shot('countersign-modeler-zh');
  await page.getByTestId('modeler-deploy').click();
  await page.getByTestId('deploy-publish-checkbox').click();
  await page.getByTestId('deploy-confirm').click();
  await expect(page.getByTestId('deploy-result')).toContainText(processKey);

  // A case of it, started through the admin API (the Studio has no start screen).
  const businessKey = `HQ-${Date.now()}`;
  const started = await api.send<{ id: string }>('admin1', 'POST', '/api/admin/instances', {
    processKey,
    businessKey,
    variables: { applicationType: 'NewEnrollment' },
  });

  // Each reviewer sees exactly their own task; the supervisor, not named by the table, sees none.
  for (const reviewer of ['reviewer1', 'reviewer2']) {
    const context = await browser.newContext();
    const own = await context.newPage();
    const errors = watchConsole(own);
    await signIn(own, reviewer);
    await own.getByTestId('inbox-scope-mine').click();
    const mine = own.locator(`[data-testid="inbox-row"][data-business-key="${businessKey}"]`);
    await expect(mine).toHaveCount(1);
    await expect(mine).toContainText('会签审核');
    await expect(mine).toContainText(reviewer);
    // The process column names the drawn process as the administrator named it, not by its key.
    await expect(mine.getByRole('cell', { name: '会签审核 v1', exact: true })).toHaveCount(1);
    await own.screenshot({ path: testInfo.outputPath(`countersign-inbox-${reviewer}.png`), fullPage: true });
    expect(errors, `console errors of ${reviewer}`).toEqual([]);
    await context.close();
  }
  for (const scope of ['mine', 'available'] as const) {
    const tasks = await api.send<{ items: { businessKey?: string | null }[] }>('supervisor1', 'GET', `/api/tasks?scope=${scope}&pageSize=100`);
    expect(tasks.items.filter((t) => t.businessKey === businessKey)).toEqual([]);
  }

  // The administrator sees the decision's output on the instance.
  await page.goto(`/instances/${started.id}`);
  const variables = page.getByTestId('variables-table');
  await expect(variables).toContainText('reviewers');
  await expect(variables).toContainText('reviewer2');
  // The diagram: the business rule task done, the 会签 active with one token per reviewer.
  const diagram = page.getByTestId('process-diagram');
  await expect(diagram.locator(`.djs-element.si-completed[data-element-id="${ruleTaskId}"]`)).toHaveCount(1);
  await expect(diagram.locator(`.djs-element.si-active[data-element-id="${reviewId}"]`)).toHaveCount(1);
  await expect(diagram.locator('.si-token-badge')).toHaveText('2');
  await shot('countersign-instance-zh');

  // In English: the deployed version keeps what was drawn, and the token simulation plays it to the end.
  await page.evaluate(() => localStorage.setItem('studio.lang', 'en'));
  await page.reload();
  await expect(page.getByTestId('variables-table')).toContainText('reviewers');
  await shot('countersign-instance-en');
  await page.goto(`/definitions/${processKey}/versions/1/edit`);
  await canvas.locator(`.djs-shape[data-element-id="${reviewId}"]`).click();
  await openGroup(panel, 'multiInstance');
  await expect(panel.getByLabel('Collection', { exact: true })).toHaveValue('reviewers');
  await expect(panel.getByLabel('Element variable', { exact: true })).toHaveValue('reviewer');
  await shot('countersign-modeler-en');
  await page.getByTestId('modeler-simulation').click();
  await expect(page.getByTestId('modeler-simulation-banner')).toBeVisible();
  await canvas.locator('.djs-overlays[data-container-id="start"] .bts-context-pad').click();
  await expect(canvas.locator('.bts-element-notification.success')).toContainText('Finished', { timeout: 60_000 });
  await shot('countersign-simulation-en');
  await page.evaluate(() => localStorage.removeItem('studio.lang'));
});
