import { BpmnModdle } from 'bpmn-moddle';
import { diff } from 'bpmn-js-differ';
import { describe, expect, it } from 'vitest';
import { classifyChanges, countByKind, formatValue, markersFor, type DiffResult } from './classifyChanges';

const header = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="defs" targetNamespace="t">`;

function document(tasks: string, flows: string, shapes: string) {
  return `${header}<bpmn:process id="p" isExecutable="true"><bpmn:startEvent id="start" />${tasks}${flows}</bpmn:process>
  <bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="plane" bpmnElement="p">
  <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="0" y="0" width="36" height="36" /></bpmndi:BPMNShape>
  ${shapes}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>`;
}

const shape = (id: string, x: number) =>
  `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x}" y="0" width="100" height="80" /></bpmndi:BPMNShape>`;

async function changes(oldXml: string, newXml: string) {
  const moddle = new BpmnModdle();
  const { rootElement: before } = await moddle.fromXML(oldXml);
  const { rootElement: after } = await moddle.fromXML(newXml);
  return classifyChanges(diff(before, after) as DiffResult);
}

describe('classifyChanges', () => {
  it('ClassifyChanges_ListsAddedRemovedChangedAndMoved_WhenTwoVersionsDiffer', async () => {
    // Given: review renamed, archive removed, notify added, end moved
    const before = document(
      '<bpmn:userTask id="review" name="审核" /><bpmn:task id="archive" name="归档" /><bpmn:endEvent id="end" />',
      '',
      shape('review', 100) + shape('archive', 300) + shape('end', 500),
    );
    const after = document(
      '<bpmn:userTask id="review" name="审核申请" /><bpmn:serviceTask id="notify" name="通知" /><bpmn:endEvent id="end" />',
      '',
      shape('review', 100) + shape('notify', 300) + shape('end', 700),
    );

    // When
    const rows = await changes(before, after);

    // Then
    expect(rows.map((r) => [r.kind, r.id, r.type])).toEqual([
      ['added', 'notify', 'ServiceTask'],
      ['removed', 'archive', 'Task'],
      ['changed', 'review', 'UserTask'],
      ['layout', 'end', 'EndEvent'],
    ]);
    expect(rows.find((r) => r.id === 'review')?.attributes).toEqual([{ name: 'name', oldValue: '审核', newValue: '审核申请' }]);
    expect(rows.find((r) => r.id === 'notify')?.name).toBe('通知');
    expect(countByKind(rows)).toEqual({ added: 1, removed: 1, changed: 1, layout: 1 });
  });

  it('ClassifyChanges_ShowsAddedAndRemovedAttributes_WithEmptyOtherSide', async () => {
    const before = document('<bpmn:task id="a" name="甲" /><bpmn:task id="b" />', '', shape('a', 100) + shape('b', 300));
    const after = document('<bpmn:task id="a" /><bpmn:task id="b" name="乙" />', '', shape('a', 100) + shape('b', 300));
    const rows = await changes(before, after);
    expect(rows.find((r) => r.id === 'a')?.attributes).toEqual([{ name: 'name', oldValue: '甲', newValue: '' }]);
    expect(rows.find((r) => r.id === 'b')?.attributes).toEqual([{ name: 'name', oldValue: '', newValue: '乙' }]);
  });

  it('ClassifyChanges_ListsNewOutgoingFlow_AsChangeOfItsSource', async () => {
    const before = document('<bpmn:endEvent id="end" />', '<bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="end" />', shape('end', 200));
    const after = document(
      '<bpmn:endEvent id="end" /><bpmn:endEvent id="end2" />',
      '<bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="end" /><bpmn:sequenceFlow id="f2" sourceRef="start" targetRef="end2" />',
      shape('end', 200) + shape('end2', 400),
    );
    const rows = await changes(before, after);
    expect(rows.filter((r) => r.kind === 'added').map((r) => r.id)).toEqual(['end2', 'f2']);
  });

  it('ClassifyChanges_ReturnsNothing_WhenVersionsAreEqual', async () => {
    const xml = document('<bpmn:endEvent id="end" />', '', shape('end', 200));
    expect(await changes(xml, xml)).toEqual([]);
  });

  it('ClassifyChanges_ListsAnElementOnce_WhenItsAttributesAndShapeChanged', () => {
    const rows = classifyChanges({
      _added: {},
      _removed: {},
      _changed: { t: { model: { $type: 'bpmn:Task', id: 't', name: 'B' }, attrs: { name: { oldValue: 'A', newValue: 'B' } } } },
      _layoutChanged: { t: { $type: 'bpmn:Task', id: 't' } },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'changed', layoutChanged: true });
  });

  it('MarkersFor_PutsRemovedOnTheOldSideAndAddedOnTheNewSide', () => {
    const rows = classifyChanges({
      _added: { a: { $type: 'bpmn:Task', id: 'a' } },
      _removed: { r: { $type: 'bpmn:Task', id: 'r' } },
      _changed: {},
      _layoutChanged: { l: { $type: 'bpmn:Task', id: 'l' } },
    });
    const markers = markersFor(rows);
    expect([...markers.old]).toEqual([['r', 'removed'], ['l', 'layout']]);
    expect([...markers.new]).toEqual([['a', 'added'], ['l', 'layout']]);
  });
});

describe('formatValue', () => {
  it('FormatValue_ShowsReferencesByIdAndExpressionsByBody', () => {
    expect(formatValue({ $type: 'bpmn:SequenceFlow', id: 'toEnd' })).toBe('toEnd');
    expect(formatValue({ $type: 'bpmn:FormalExpression', body: '${approved}' })).toBe('${approved}');
    expect(formatValue([{ $type: 'bpmn:SequenceFlow', id: 'a' }, { $type: 'bpmn:SequenceFlow', id: 'b' }])).toBe('a, b');
    expect(formatValue(undefined)).toBe('');
    expect(formatValue(true)).toBe('true');
  });
});
