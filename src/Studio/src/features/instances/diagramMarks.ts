import type { JournalItem } from '../../api/types';
import type { IncidentItem, TokenItem } from './api';

export interface InstanceMarks {
  completed: string[];
  active: string[];
  incidents: string[];
}

/**
 * What the diagram highlights, from the instance's own records: elements the journal saw completed (muted), tokens
 * waiting or scheduled now (one entry per token, so the diagram can badge parallel tokens), and elements with an open
 * incident. An element that is active or failed now is not drawn as completed even if an earlier loop completed it.
 */
export function instanceMarks(tokens: readonly TokenItem[], incidents: readonly IncidentItem[], journal: readonly JournalItem[]): InstanceMarks {
  const incidentIds = [...new Set(incidents.filter((i) => !i.resolvedAt).map((i) => i.elementId))];
  // A multi-instance body is not a token of its own in the diagram: a 会签 of three reviewers shows three.
  const active = tokens
    .filter((t) => t.status !== 'Failed' && !t.multiInstanceBody && !incidentIds.includes(t.elementId))
    .map((t) => t.elementId);
  const now = new Set([...active, ...incidentIds]);
  const completed = [
    ...new Set(
      journal
        .filter((j) => j.event === 'Completed' || j.event === 'SequenceFlowTaken')
        .map((j) => j.elementId)
        .filter((id) => !now.has(id)),
    ),
  ];
  return { completed, active, incidents: incidentIds };
}
