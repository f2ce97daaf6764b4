import { describe, expect, it } from 'vitest';
import { dueState, regionOf } from './dueState';

const now = new Date('2026-03-01T12:00:00Z');

describe('dueState', () => {
  it.each([
    ['2026-03-01T11:59:59Z', 'overdue'],
    ['2026-02-20T00:00:00Z', 'overdue'],
    ['2026-03-01T12:00:00Z', 'dueSoon'],
    ['2026-03-02T12:00:00Z', 'dueSoon'],
    ['2026-03-02T12:00:01Z', 'onTime'],
    ['2026-04-01T00:00:00+08:00', 'onTime'],
  ] as const)('DueState_Is_%s_%s', (dueAt, expected) => {
    expect(dueState(dueAt, now)).toBe(expected);
  });

  it('DueState_IsNone_WithoutDueDateOrWhenFinished', () => {
    expect(dueState(null, now)).toBe('none');
    expect(dueState(undefined, now)).toBe('none');
    expect(dueState('not a date', now)).toBe('none');
    expect(dueState('2026-02-01T00:00:00Z', now, true)).toBe('none');
  });

  it('RegionOf_ReadsTheReviewerGroup', () => {
    expect(regionOf(['admins', 'reviewers-650100'])).toBe('650100');
    expect(regionOf(['reviewers-65', 'reviewers-6501'])).toBe('6501');
    expect(regionOf(['reviewers'])).toBeUndefined();
  });
});
