import { client } from '../../api/api';
import { pick } from '../../i18n/language';

/**
 * The 统计 report routes (src/Api/Features/Reports): each answers `{ filter, rows, generatedAt }` as JSON, or the same
 * rows as a UTF-8 CSV with a byte-order mark with `format=csv` (headings in `lang`).
 */
export type ReportName = 'cases-per-day' | 'decisions' | 'cycle-times' | 'open-tasks' | 'overdue-tasks' | 'incidents-per-day';

export interface ReportFilter {
  from: string;
  to: string;
  service?: string;
  region?: string;
}

export interface ReportTable<Row> {
  filter: { from: string; to: string; service?: string | null; region?: string | null };
  rows: Row[];
  generatedAt: string;
}

export interface CasesPerDayRow { day: string; service: string; region: string; started: number; decided: number; completed: number }
export interface DecisionRow { service: string; outcome: string; count: number }
export interface CycleTimeRow {
  service: string;
  decided: number;
  decisionP50Hours: number | null;
  decisionP90Hours: number | null;
  completed: number;
  completionP50Hours: number | null;
  completionP90Hours: number | null;
}
export interface OpenTasksRow {
  group: string;
  open: number;
  under1Day: number;
  from1To3Days: number;
  from3To7Days: number;
  over7Days: number;
  pastDue: number;
  oldestAgeDays: number;
}
export interface OverdueTasksRow { processKey: string; task: string; pastDue: number; under1Day: number; from1To3Days: number; over3Days: number }
export interface IncidentsRow { day: string; processKey: string; raised: number; stillOpen: number }

export function reportQuery(filter: ReportFilter): Record<string, string> {
  const query: Record<string, string> = { from: filter.from, to: filter.to };
  if (filter.service) query.service = filter.service;
  if (filter.region) query.region = filter.region;
  return query;
}

export const reportsApi = {
  get: <Row>(name: ReportName, filter: ReportFilter) => client.get<ReportTable<Row>>(`/api/admin/reports/${name}`, reportQuery(filter)),

  /** Downloads the report's CSV through the signed-in client (a plain link could not send the bearer token). */
  async downloadCsv(name: ReportName, filter: ReportFilter, language: string) {
    const query = new URLSearchParams({ ...reportQuery(filter), format: 'csv', lang: pick(language, 'zh', 'en') });
    const blob = await client.blob(`/api/admin/reports/${name}?${query.toString()}`);
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${name}-${filter.from}-${filter.to}.csv`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  },
};
