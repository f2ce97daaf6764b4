import { describe, expect, it } from 'vitest';
import { dueWindow, isDuePreset } from './dueFilter';

// Thursday 26 November 2026, 15:42:31 in the test machine's own time zone.
const now = new Date(2026, 10, 26, 15, 42, 31);
const local = (...parts: [number, number, number, number?, number?]) => new Date(...(parts as [number, number, number])).toISOString();

describe('dueWindow', () => {
  it('Overdue_IsEverythingDueBeforeNow_ToTheMinute', () => {
    expect(dueWindow('overdue', now)).toEqual({ dueBefore: new Date(2026, 10, 26, 15, 42).toISOString() });
  });

  it('Today_IsTheWholeCalendarDay', () => {
    expect(dueWindow('today', now)).toEqual({ dueAfter: local(2026, 10, 26), dueBefore: local(2026, 10, 27) });
  });

  it('Week_RunsFromMondayToSunday', () => {
    expect(dueWindow('week', now)).toEqual({ dueAfter: local(2026, 10, 23), dueBefore: local(2026, 10, 30) });
    // A Sunday still belongs to the week that started the Monday before.
    expect(dueWindow('week', new Date(2026, 10, 29, 9))).toEqual({ dueAfter: local(2026, 10, 23), dueBefore: local(2026, 10, 30) });
  });

  it('Range_IncludesBothDays_AndIgnoresAnEndBeforeTheStart', () => {
    expect(dueWindow('range', now, '2026-12-01', '2026-12-03')).toEqual({ dueAfter: local(2026, 11, 1), dueBefore: local(2026, 11, 4) });
    expect(dueWindow('range', now, '2026-12-03', '2026-12-01')).toEqual({ dueAfter: local(2026, 11, 3) });
    expect(dueWindow('range', now, undefined, 'bad')).toEqual({});
  });

  it('NoPreset_FiltersNothing', () => {
    expect(dueWindow(undefined, now)).toEqual({});
    expect(isDuePreset('week')).toBe(true);
    expect(isDuePreset('tomorrow')).toBe(false);
  });
});
