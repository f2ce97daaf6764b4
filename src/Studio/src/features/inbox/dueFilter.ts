/** The inbox's due-date filters; `range` takes two calendar days (YYYY-MM-DD, both included). */
export const duePresets = ['overdue', 'today', 'week', 'range'] as const;
export type DuePreset = (typeof duePresets)[number];

export interface DueWindow {
  dueAfter?: string;
  dueBefore?: string;
}

function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

function parseDay(text: string | undefined): Date | undefined {
  const match = text ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined;
}

/**
 * The `dueAfter` (inclusive) / `dueBefore` (exclusive) instants for GET /api/tasks, in the reviewer's own calendar
 * (the browser's time zone): overdue = due before now; today = this calendar day; week = Monday to Sunday (the
 * Chinese working week); range = from the first day's start to the end of the last. Minutes are truncated, so the
 * query key stays the same between renders within a minute.
 */
export function dueWindow(preset: string | undefined, now: Date, from?: string, to?: string): DueWindow {
  const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const today = startOfDay(now);
  switch (preset) {
    case 'overdue':
      return { dueBefore: minute.toISOString() };
    case 'today':
      return { dueAfter: today.toISOString(), dueBefore: addDays(today, 1).toISOString() };
    case 'week': {
      const monday = addDays(today, -((today.getDay() + 6) % 7));
      return { dueAfter: monday.toISOString(), dueBefore: addDays(monday, 7).toISOString() };
    }
    case 'range': {
      const start = parseDay(from);
      const end = parseDay(to);
      if (!start && !end) return {};
      return {
        ...(start ? { dueAfter: start.toISOString() } : {}),
        ...(end && (!start || end.getTime() >= start.getTime()) ? { dueBefore: addDays(end, 1).toISOString() } : {}),
      };
    }
    default:
      return {};
  }
}

/** Whether a value read from the URL is one of the presets. */
export function isDuePreset(value: string | null | undefined): value is DuePreset {
  return duePresets.includes(value as DuePreset);
}

