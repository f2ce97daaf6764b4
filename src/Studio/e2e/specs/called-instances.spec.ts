import { expect, signIn, test } from '../fixtures';

/**
 * A reusable 补正 (correction) process called from another: the parent's instance view names the child its call
 * activity started, and the child's names its parent, so an administrator can follow a case across both.
 */
const definition = (key: string, middle: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs-${key}">
  <bpmn:process id="${key}" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="toMiddle" sourceRef="start" targetRef="middle" />
    ${middle}
    <bpmn:sequenceFlow id="toEnd" sourceRef="middle" targetRef="end" />
    <bpmn:endEvent id="end" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="diagram"><bpmndi:BPMNPlane id="plane" bpmnElement="${key}">
    <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="middle_di" bpmnElement="middle"><dc:Bounds x="200" y="78" width="100" height="80" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="360" y="100" width="36" height="36" /></bpmndi:BPMNShape>
    <bpmndi:BPMNEdge id="toMiddle_di" bpmnElement="toMiddle"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="toEnd_di" bpmnElement="toEnd"><di:waypoint x="300" y="118" /><di:waypoint x="360" y="118" /></bpmndi:BPMNEdge>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

test('an administrator follows a call activity from the parent instance to its child and back', async ({ page, api, request }) => {
  const suffix = Date.now().toString(36);
  const token = await api.token('admin1');
  for (const xml of [
    definition(`correction${suffix}`, '<bpmn:userTask id="middle" name="补正材料" camunda:candidateGroups="reviewers" />'),
    definition(`enrollment${suffix}`, `<bpmn:callActivity id="middle" name="补正" calledElement="correction${suffix}" />`),
  ]) {
    const deployed = await request.post('/api/admin/definitions?publish=true', {
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/xml' },
      data: xml,
    });
    expect([200, 201], await deployed.text()).toContain(deployed.status());
  }
  const started = await api.send<{ id: string }>('admin1', 'POST', '/api/admin/instances', {
    processKey: `enrollment${suffix}`,
    businessKey: `e2e-call-${suffix}`,
  });

  await signIn(page, 'admin1');
  await page.goto(`/instances/${started.id}`);
  await expect(page.locator('g.djs-element.si-active[data-element-id="middle"]')).toBeVisible();
  await page.screenshot({ path: 'e2e/results/called-parent-zh.png', fullPage: true });
  await page.getByTestId('instance-called-link').click();

  await expect(page.getByTestId('instance-parent-link')).toHaveText(started.id);
  await expect(page.locator('g.djs-element.si-active[data-element-id="middle"]')).toBeVisible();
  await page.evaluate(() => localStorage.setItem('studio.lang', 'en'));
  await page.reload();
  await expect(page.getByText('Parent instance')).toBeVisible();
  await page.screenshot({ path: 'e2e/results/called-child-en.png', fullPage: true });
  await page.getByTestId('instance-parent-link').click();
  await expect(page).toHaveURL(new RegExp(`/instances/${started.id}$`));
});
