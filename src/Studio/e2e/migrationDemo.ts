/** A small process of user tasks in a row (start → tasks → end), with its diagram, for the migration story. */
const shape = (id: string, x: number) => `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x}" y="78" width="100" height="80" /></bpmndi:BPMNShape>`;
const event = (id: string, x: number) => `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x}" y="100" width="36" height="36" /></bpmndi:BPMNShape>`;
const edge = (id: string, from: number, to: number) =>
  `<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}"><di:waypoint x="${from}" y="118" /><di:waypoint x="${to}" y="118" /></bpmndi:BPMNEdge>`;
const userTask = (id: string, name: string) => `<bpmn:userTask id="${id}" name="${name}" camunda:candidateGroups="reviewers-65" />`;

export function definition(key: string, tasks: { id: string; name: string }[]) {
  const ids = ['start', ...tasks.map((t) => t.id), 'end'];
  const flows = ids.slice(1).map((to, i) => ({ id: `flow${i}`, from: ids[i], to }));
  const x = (i: number) => 100 + i * 160;
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs-${key}">
  <bpmn:process id="${key}" name="迁移演示 Migration demo" isExecutable="true">
    <bpmn:startEvent id="start" name="开始" />
    ${tasks.map((t) => userTask(t.id, t.name)).join('\n    ')}
    <bpmn:endEvent id="end" name="结束" />
    ${flows.map((f) => `<bpmn:sequenceFlow id="${f.id}" sourceRef="${f.from}" targetRef="${f.to}" />`).join('\n    ')}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="diagram"><bpmndi:BPMNPlane id="plane" bpmnElement="${key}">
    ${ids.map((id, i) => (i === 0 || i === ids.length - 1 ? event(id, x(i)) : shape(id, x(i) - 32))).join('\n    ')}
    ${flows.map((f, i) => edge(f.id, x(i) + (i === 0 ? 36 : 68), x(i + 1) - (i + 1 === ids.length - 1 ? 0 : 32))).join('\n    ')}
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}
