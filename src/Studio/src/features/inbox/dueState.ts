export type DueState = 'overdue' | 'dueSoon' | 'onTime' | 'none';

const day = 24 * 60 * 60 * 1000;

/**
 * How urgent a task is: past its due date (red), due within 24 hours (orange), later, or without a due date.
 * Finished tasks are never urgent.
 */
export function dueState(dueAt: string | null | undefined, now: Date, finished = false): DueState {
  if (!dueAt || finished) return 'none';
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) return 'none';
  const left = due - now.getTime();
  if (left < 0) return 'overdue';
  if (left <= day) return 'dueSoon';
  return 'onTime';
}

/** The region of a task, from the reviewer group it is offered to (reviewers-{code}). */
export function regionOf(candidateGroups: readonly string[]): string | undefined {
  for (const group of candidateGroups) {
    const match = /^reviewers-(\d{2,6})$/.exec(group);
    if (match) return match[1];
  }
  return undefined;
}
