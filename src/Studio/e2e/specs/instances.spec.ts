import { readFileSync } from 'node:fs';
import { expect, signIn, test } from '../fixtures';
import { filePath } from '../stories';

/**
 * An incident the way one happens in production: a script step reads data the instance does not have. The process
 * (files/contribution-amount.bpmn) computes the monthly amount from `contributionBase`; started without it, the
 * script throws and the engine holds the token with an incident. The administrator finds it, sets the variable and
 * retries: the step runs again and the instance completes.
 */
async function startInstanceWithIncident(api: import('../fixtures').ApiHelper, request: import('@playwright/test').APIRequestContext) {
  const token = await api.token('admin1');
  const deployed = await request.post('/api/admin/definitions?publish=true', {
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/xml' },
    data: readFileSync(filePath('contribution-amount.bpmn'), 'utf8'),
  });
  expect([200, 201], await deployed.text()).toContain(deployed.status());
  const businessKey = `e2e-amount-${Date.now()}`;
  const started = await api.send<{ id: string }>('admin1', 'POST', '/api/admin/instances', {
    processKey: 'contributionAmount',
    businessKey,
    variables: { applicantName: '张伟', idNumber: '650102199003071235' },
  });
  return { instanceId: started.id, businessKey };
}

test('an administrator finds an instance with an incident, fixes its data and retries it to completion', async ({ page, api, request }) => {
  const { instanceId, businessKey } = await startInstanceWithIncident(api, request);

  await signIn(page, 'admin1');
  await page.getByTestId('nav-instances').click();
  await expect(page).toHaveURL(/\/instances/);
  await page.getByTestId('instance-state-incidents').click();
  const row = page.getByRole('row').filter({ hasText: businessKey });
  await expect(row.getByTestId('instance-incident-count')).toBeVisible();
  await row.getByTestId(`instance-link-${instanceId}`).click();

  await expect(page).toHaveURL(new RegExp(`/instances/${instanceId}$`));
  await expect(page.locator('g.djs-element.si-incident[data-element-id="computeAmount"]')).toBeVisible();
  await expect(page.getByTestId('incident-message')).toContainText('contributionBase is missing');
  // Personal data is masked until revealed.
  await expect(page.getByTestId('variables-table')).toContainText('650102********1235');

  await page.getByTestId('variable-add').click();
  await page.getByTestId('variable-name-input').fill('contributionBase');
  await page.getByTestId('variable-value-input').fill('5000');
  await page.getByTestId('variable-save').click();
  await expect(page.getByTestId('variables-table')).toContainText('contributionBase');

  await page.getByTestId('incident-retry').click();
  await page.getByTestId('incident-retry-confirm').click();
  await expect(page.getByTestId('incidents-all-resolved')).toBeVisible();
  await expect(page.getByTestId('instance-state')).toHaveText('已办结');
  await expect(page.getByTestId('variables-table')).toContainText('monthlyAmount');
  await expect(page.locator('g.djs-element.si-completed[data-element-id="computeAmount"]')).toBeVisible();
});

test('a retry whose cause is not fixed records a new incident and the instance stays where it is', async ({ page, api, request }) => {
  const { instanceId } = await startInstanceWithIncident(api, request);

  await signIn(page, 'admin1');
  await page.goto(`/instances/${instanceId}`);
  await expect(page.getByTestId('incident-sentence')).toHaveText('脚本执行失败');
  await expect(page.getByTestId('incident-detail')).toContainText('contributionBase is missing');
  await page.getByTestId('incident-retry').click();
  await page.getByTestId('incident-retry-confirm').click();

  await expect(page.getByText('重试后该环节再次失败，已记录新的异常')).toBeVisible();
  await expect(page.getByTestId('instance-state')).toHaveText('进行中');
  await expect(page.getByText('已解决的异常（1）')).toBeVisible();
  await expect(page.getByTestId('incident-retry')).toHaveCount(1);
});
