import { describe, expect, it } from 'vitest';
import type { JournalItem } from '../../api/types';
import { instanceMarks } from './diagramMarks';

const entry = (sequence: number, elementId: string, event: string): JournalItem => ({
  sequence,
  elementId,
  elementType: 'task',
  event,
  at: '2026-11-28T00:00:00Z',
});

describe('instanceMarks', () => {
  it('MarksFailedTokenAsIncident_NotActive_AndPassedElementsCompleted', () => {
    const marks = instanceMarks(
      [{ id: 2, elementId: 'computeAmount', status: 'Failed' }],
      [{ id: 'i1', instanceId: 'x', processKey: 'p', elementId: 'computeAmount', elementType: 'scriptTask', message: 'boom', createdAt: '' }],
      [entry(1, 'start', 'Completed'), entry(2, 'toCompute', 'SequenceFlowTaken'), entry(3, 'computeAmount', 'Activated')],
    );
    expect(marks).toEqual({ completed: ['start', 'toCompute'], active: [], incidents: ['computeAmount'] });
  });

  it('CountsTheInstancesOfAMultiInstanceActivity_NotItsBody', () => {
    const marks = instanceMarks(
      [
        { id: 1, elementId: 'review', status: 'Waiting', multiInstanceBody: true },
        { id: 2, elementId: 'review', status: 'Waiting' },
        { id: 3, elementId: 'review', status: 'Waiting' },
      ],
      [],
      [entry(1, 'start', 'Completed')],
    );
    expect(marks.active).toEqual(['review', 'review']);
  });

  it('KeepsOneActiveEntryPerToken_AndIgnoresResolvedIncidents', () => {
    const marks = instanceMarks(
      [
        { id: 1, elementId: 'review', status: 'Waiting' },
        { id: 2, elementId: 'review', status: 'Waiting' },
      ],
      [{ id: 'i1', instanceId: 'x', processKey: 'p', elementId: 'compute', elementType: 'scriptTask', message: 'boom', createdAt: '', resolvedAt: '2026-11-28T00:00:00Z' }],
      [entry(1, 'compute', 'Completed'), entry(2, 'review', 'Completed')],
    );
    expect(marks).toEqual({ completed: ['compute'], active: ['review', 'review'], incidents: [] });
  });
});
