import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { casesPerDay, elementName, groupName, hasData, type Names } from './shape';

const t = ((key: string, options?: { region?: string }) => (options?.region ? `${key}:${options.region}` : key)) as unknown as TFunction;
const names: Names = { t, region: (code) => (code === '6501' ? '乌鲁木齐市' : code), zh: true };

describe('report shapes', () => {
  it('sums each day over services and regions, one series per milestone', () => {
    const points = casesPerDay(
      [
        { day: '2026-03-02', service: 'NewEnrollment', region: '6501', started: 2, decided: 1, completed: 0 },
        { day: '2026-03-02', service: 'Suspension', region: '6502', started: 1, decided: 0, completed: 1 },
        { day: '2026-03-01', service: 'NewEnrollment', region: '6501', started: 1, decided: 0, completed: 0 },
      ],
      names,
    );
    expect(points.filter((p) => p.series === 'reports.metric.started')).toEqual([
      { x: '2026-03-01', y: 1, series: 'reports.metric.started' },
      { x: '2026-03-02', y: 3, series: 'reports.metric.started' },
    ]);
    expect(points.find((p) => p.x === '2026-03-02' && p.series === 'reports.metric.completed')?.y).toBe(1);
  });

  it('names groups by region and keeps one language of an element name', () => {
    expect(groupName(names, 'reviewers-6501')).toBe('reports.group.region:乌鲁木齐市');
    expect(groupName(names, 'reviewers-65')).toBe('reports.group.province');
    expect(elementName('审核申请 Review application', true)).toBe('审核申请');
    expect(elementName('审核申请 Review application', false)).toBe('Review application');
  });

  it('has nothing to draw when every figure is zero', () => {
    expect(hasData([{ x: 'a', y: 0, series: 's' }])).toBe(false);
    expect(hasData([])).toBe(false);
  });
});
