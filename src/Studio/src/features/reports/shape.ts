import type { TFunction } from 'i18next';
import type { CasesPerDayRow, CycleTimeRow, DecisionRow, IncidentsRow, OpenTasksRow, OverdueTasksRow } from './api';

/** What a chart draws: one point per x and series, already in the reader's language. */
export interface Point {
  x: string;
  y: number;
  series: string;
}

export interface Names {
  t: TFunction;
  region: (code: string) => string;
  zh: boolean;
}

const processService: Record<string, string> = { newEnrollment: 'NewEnrollment', resumption: 'Resumption', suspension: 'Suspension' };

export function serviceName(names: Names, code: string): string {
  return names.t(`reports.service.${code}`, { defaultValue: code });
}

export function processName(names: Names, processKey: string): string {
  const service = processService[processKey];
  return service ? serviceName(names, service) : processKey;
}

/** "reviewers-6501" reads as that region's reviewers; "reviewers-65" is the province-wide group. */
export function groupName(names: Names, group: string): string {
  const code = group.startsWith('reviewers-') ? group.slice('reviewers-'.length) : null;
  if (code === null) return group;
  if (code === '65') return names.t('reports.group.province');
  return names.t('reports.group.region', { region: names.region(code) });
}

/** Our diagrams name an element "审核申请 Review application": keep the half of the reader's language. */
export function elementName(name: string, zh: boolean): string {
  const latin = name.search(/[A-Z]/);
  if (latin <= 0) return name;
  return zh ? name.slice(0, latin).trim() : name.slice(latin).trim();
}

/** Per day and milestone, summed over services and regions (the filters narrow them). */
export function casesPerDay(rows: CasesPerDayRow[], names: Names): Point[] {
  const sums = new Map<string, { started: number; decided: number; completed: number }>();
  for (const row of rows) {
    const sum = sums.get(row.day) ?? { started: 0, decided: 0, completed: 0 };
    sum.started += row.started;
    sum.decided += row.decided;
    sum.completed += row.completed;
    sums.set(row.day, sum);
  }
  const days = [...sums.keys()].sort();
  return (['started', 'decided', 'completed'] as const).flatMap((metric) =>
    days.map((day) => ({ x: day, y: sums.get(day)![metric], series: names.t(`reports.metric.${metric}`) })),
  );
}

export function decisions(rows: DecisionRow[], names: Names): Point[] {
  return rows.map((r) => ({ x: names.t(`reports.outcome.${r.outcome}`, { defaultValue: r.outcome }), y: r.count, series: serviceName(names, r.service) }));
}

export function cycleTimes(rows: CycleTimeRow[], names: Names): Point[] {
  const figures = [
    ['decisionP50', (r: CycleTimeRow) => r.decisionP50Hours],
    ['decisionP90', (r: CycleTimeRow) => r.decisionP90Hours],
    ['completionP50', (r: CycleTimeRow) => r.completionP50Hours],
    ['completionP90', (r: CycleTimeRow) => r.completionP90Hours],
  ] as const;
  return rows.flatMap((row) =>
    figures
      .filter(([, value]) => value(row) !== null)
      .map(([figure, value]) => ({ x: serviceName(names, row.service), y: value(row)!, series: names.t(`reports.cycle.${figure}`) })),
  );
}

export function openTasks(rows: OpenTasksRow[], names: Names): Point[] {
  const buckets = ['under1Day', 'from1To3Days', 'from3To7Days', 'over7Days'] as const;
  return rows.flatMap((row) => buckets.map((b) => ({ x: groupName(names, row.group), y: row[b], series: names.t(`reports.age.${b}`) })));
}

export function overdueTasks(rows: OverdueTasksRow[], names: Names): Point[] {
  const buckets = ['under1Day', 'from1To3Days', 'over3Days'] as const;
  return rows.flatMap((row) =>
    buckets.map((b) => ({
      x: `${processName(names, row.processKey)} · ${elementName(row.task, names.zh)}`,
      y: row[b],
      series: names.t(`reports.late.${b}`),
    })),
  );
}

export function incidents(rows: IncidentsRow[], names: Names): Point[] {
  return rows.map((r) => ({ x: r.day, y: r.raised, series: processName(names, r.processKey) }));
}

/** A chart has something to draw only when a figure is not zero. */
export function hasData(points: Point[]): boolean {
  return points.some((p) => p.y > 0);
}
