/** An executable process with one start event: what "new process" opens (the admin renames id and name in the panel). */
export function newProcessXml(suffix: string = Math.random().toString(36).slice(2, 7)): string {
  const id = `newProcess_${suffix}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                  id="${id}Definitions" targetNamespace="http://socialinsurance.example/processes">
  <bpmn:process id="${id}" name="新流程 New process" isExecutable="true">
    <bpmn:startEvent id="start" name="开始 Start" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="${id}Diagram">
    <bpmndi:BPMNPlane id="${id}Plane" bpmnElement="${id}">
      <bpmndi:BPMNShape id="start_di" bpmnElement="start">
        <dc:Bounds x="180" y="160" width="36" height="36" />
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
