import { expect, signIn, test, watchConsole } from '../fixtures';
import { definition } from '../migrationDemo';

/**
 * 迁移实例: two cases wait in v1's review task; v2 renames that task (new id and name) and adds a recheck after it.
 * The administrator maps the old task to the renamed one, dry-runs, migrates, and the cases carry on in v2: the
 * instance view shows the new version at the renamed task and the reviewer's inbox offers it under its new name.
 */
test('a migration dry run and run of instances waiting in a user task from v1 to a v2 that renamed and added elements', async ({ page, api, request, browser }) => {
  test.setTimeout(180_000);
  const suffix = Date.now().toString(36);
  const key = `migrationDemo${suffix}`;
  const token = await api.token('admin1');
  const deploy = async (xml: string) => {
    const deployed = await request.post('/api/admin/definitions?publish=true', {
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/xml' },
      data: xml,
    });
    expect([200, 201], await deployed.text()).toContain(deployed.status());
  };

  // Given two instances of v1 waiting in 审核申请 (review), and a v2 where it is 初审 (firstReview) followed by a new 复核.
  await deploy(definition(key, [{ id: 'review', name: '审核申请 Review' }]));
  const businessKeys = [`mig-${suffix}-1`, `mig-${suffix}-2`];
  const instances: string[] = [];
  for (const businessKey of businessKeys) {
    instances.push((await api.send<{ id: string }>('admin1', 'POST', '/api/admin/instances', { processKey: key, businessKey })).id);
  }
  await deploy(
    definition(key, [
      { id: 'firstReview', name: '初审 First review' },
      { id: 'recheck', name: '复核 Recheck' },
    ]),
  );

  // When the administrator opens the migration from v2 on the versions page
  await signIn(page, 'admin1');
  await page.goto(`/definitions/${key}`);
  await expect(page.getByTestId('version-migrate-2')).toBeVisible();
  await page.screenshot({ path: 'e2e/results/migration-versions-zh.png', fullPage: true });
  await page.getByTestId('version-migrate-2').click();
  await expect(page).toHaveURL(new RegExp(`/migrations\\?process=${key}&from=1&to=2`));

  // Then the proposed mapping keeps the same ids, leaves the old task without a counterpart, and both diagrams show it.
  await expect(page.getByTestId('mapping-origin-start')).toHaveAttribute('data-origin', 'generated');
  await expect(page.getByTestId('mapping-origin-review')).toHaveAttribute('data-origin', 'unmapped');
  const sourceDiagram = page.getByTestId('migration-diagram-source');
  const targetDiagram = page.getByTestId('migration-diagram-target');
  await expect(sourceDiagram.locator('g.djs-element.si-mig-unmapped-source[data-element-id="review"]')).toBeVisible();
  await expect(targetDiagram.locator('g.djs-element.si-mig-unmapped-target[data-element-id="firstReview"]')).toBeVisible();
  await expect(targetDiagram.locator('g.djs-element.si-mig-unmapped-target[data-element-id="recheck"]')).toBeVisible();
  await expect(page.getByTestId('migration-run')).toBeDisabled();

  // When the old task is mapped to the renamed one (the list offers user tasks only)
  await page.getByTestId('mapping-target-review').click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect(options).toHaveCount(3);
  await expect(options.filter({ hasText: '开始' })).toHaveCount(0);
  await options.filter({ hasText: '初审' }).click();

  // Then the row is marked changed, selected on both diagrams, and the earlier dry run is out of date.
  await expect(page.getByTestId('mapping-origin-review')).toHaveAttribute('data-origin', 'edited');
  await expect(sourceDiagram.locator('g.djs-element.si-mig-selected[data-element-id="review"]')).toBeVisible();
  await expect(targetDiagram.locator('g.djs-element.si-mig-selected[data-element-id="firstReview"]')).toBeVisible();
  await expect(targetDiagram.locator('g.djs-element.si-mig-unmapped-target[data-element-id="recheck"]')).toBeVisible();
  await expect(page.getByTestId('dry-run-stale')).toBeVisible();
  await expect(page.getByTestId('migration-run')).toBeDisabled();

  // When the dry run runs with the fixed mapping, both instances can move, named where they wait.
  await page.getByTestId('migration-dry-run').click();
  await expect(page.getByTestId('dry-run-stale')).toBeHidden();
  const rows = page.getByTestId('dry-run-table').locator('tbody tr');
  for (const businessKey of businessKeys) {
    const row = rows.filter({ hasText: businessKey });
    await expect(row.getByTestId('dry-run-can-migrate')).toHaveAttribute('data-can-migrate', 'true');
    await expect(row).toContainText('审核申请');
  }
  await page.screenshot({ path: 'e2e/results/migration-dry-run-zh.png', fullPage: true });

  // When it runs, the progress reaches completed with both migrated.
  await page.getByTestId('migration-run').click();
  await page.getByTestId('migration-run-confirm').click();
  const progress = page.getByTestId('migration-progress');
  await expect(progress).toHaveAttribute('data-status', 'completed', { timeout: 60_000 });
  await expect(progress.getByTestId('migration-migrated')).toContainText('2');
  await expect(progress.locator('[data-outcome="migrated"]')).toHaveCount(2);
  await expect(page.getByTestId('migration-batches').locator('[data-status="completed"]').first()).toBeVisible();
  await page.screenshot({ path: 'e2e/results/migration-done-zh.png', fullPage: true });
  await page.evaluate(() => localStorage.setItem('studio.lang', 'en'));
  await page.reload();
  await expect(page.getByTestId('migration-progress')).toContainText('Completed');
  await expect(page.getByTestId('dry-run-summary')).toBeVisible();
  await expect(sourceDiagram.locator('g.djs-element.si-mig-mapped')).toHaveCount(2);
  await page.screenshot({ path: 'e2e/results/migration-done-en.png', fullPage: true });
  await page.evaluate(() => localStorage.setItem('studio.lang', 'zh-CN'));

  // Then each instance runs on v2 at the renamed task
  for (const id of instances) {
    await page.goto(`/instances/${id}`);
    await expect(page.getByText(/ v2$/)).toBeVisible();
    await expect(page.locator('g.djs-element.si-active[data-element-id="firstReview"]')).toBeVisible();
  }

  // and the reviewer's inbox offers the task under its new name.
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  const reviewerErrors = watchConsole(reviewer);
  await signIn(reviewer, 'reviewer1');
  await reviewer.goto('/tasks?scope=available&sort=created&order=desc');
  for (const businessKey of businessKeys) {
    await expect(reviewer.locator(`[data-testid="inbox-row"][data-business-key="${businessKey}"]`)).toContainText('初审');
  }
  await reviewerContext.close();
  expect(reviewerErrors).toEqual([]);
});
