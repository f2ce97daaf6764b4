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

/**
 * The region of a task, from the reviewer groups it is offered to (reviewers-{code}). A case is offered to its
 * prefecture and to the province (reviewers-6501 and reviewers-65): the longest code is the case's own region.
 */
export function regionOf(candidateGroups: readonly string[]): string | undefined {
  let region: string | undefined;
  for (const group of candidateGroups) {
    const code = /^reviewers-(\d{2,6})$/.exec(group)?.[1];
    if (code && (!region || code.length > region.length)) region = code;
  }
  return region;
}
