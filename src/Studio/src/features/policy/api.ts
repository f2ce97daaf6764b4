import { client } from '../../api/api';
import { ApiError } from '../../api/ApiError';
import { fieldTexts, problemDetail } from '../errors/problemText';
import i18n from '../../i18n';

/**
 * The administrators' policy routes (src/Api/Features/Admin): GET /api/admin/policy (every year, and a warning when
 * the current year borrows another's figures), GET/PUT /api/admin/policy/{year}, GET/PUT /api/admin/holidays/{year}.
 */
export interface PolicyYear {
  year: number;
  averageMonthlyWage: number;
  baseLowerLimit: number;
  baseUpperLimit: number;
  gradeMode: 'Fixed' | 'Free';
  grades: number[];
  gradeAmounts: number[];
  rate: number;
  personalAccountRate: number;
  pooledRate: number;
  deductionDay: number;
  reminderOffsetsDays: number[];
  allowPastYearArrears: boolean;
  femaleFlexibleWorkerOriginalRetirementAge: number;
  source: string;
  confidence: 'High' | 'Medium' | 'Low';
  updatedAt: string;
  updatedBy: string;
}

export interface PolicyYears {
  currentYear: number;
  warningCode?: string | null;
  warningZh?: string | null;
  warningEn?: string | null;
  years: PolicyYear[];
}

export interface HolidaySchedule {
  year: number;
  entered: boolean;
  source?: string | null;
  holidays: { date: string; name: string }[];
  makeUpWorkingDays: string[];
}

/** The editable fields of a year as the form holds them: lists as text, one figure per comma. */
export interface PolicyFormValues {
  year: number;
  averageMonthlyWage: number;
  baseLowerLimit: number;
  baseUpperLimit: number;
  gradeMode: 'Fixed' | 'Free';
  grades: string;
  rate: number;
  personalAccountRate: number;
  pooledRate: number;
  deductionDay: number;
  reminderOffsetsDays: string;
  allowPastYearArrears: boolean;
  femaleFlexibleWorkerOriginalRetirementAge: number;
  source: string;
  confidence: 'High' | 'Medium' | 'Low';
}

export const policyApi = {
  list: () => client.get<PolicyYears>('/api/admin/policy'),
  get: (year: number) => client.get<PolicyYear>(`/api/admin/policy/${year}`),
  save: (year: number, body: object) => client.put<PolicyYear>(`/api/admin/policy/${year}`, body),
  holidays: (year: number) => client.get<HolidaySchedule>(`/api/admin/holidays/${year}`),
  saveHolidays: (year: number, body: object) => client.put<HolidaySchedule>(`/api/admin/holidays/${year}`, body),
};

/** "0.6, 0.7 1" → [0.6, 0.7, 1]; an entry that is not a number is kept as NaN so the server names the field. */
export function numberList(text: string): number[] {
  return text
    .split(/[,，\s]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map(Number);
}

export function toFormValues(year: PolicyYear): PolicyFormValues {
  return {
    ...year,
    grades: year.grades.join(', '),
    reminderOffsetsDays: year.reminderOffsetsDays.join(', '),
  };
}

/** The PUT body: the form's figures, lists parsed; the year travels in the address. */
export function toRequest(values: PolicyFormValues): object {
  const { year: _year, grades, reminderOffsetsDays, ...figures } = values;
  return { ...figures, grades: numberList(grades), reminderOffsetsDays: numberList(reminderOffsetsDays).map((n) => Math.trunc(n)) };
}

/** Holidays as lines "2027-01-01 元旦"; the name is everything after the date. */
export function holidayLines(holidays: { date: string; name: string }[]): string {
  return holidays.map((h) => `${h.date} ${h.name}`).join('\n');
}

export function parseHolidayLines(text: string): { date: string; name: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const [date, ...name] = line.split(/\s+/);
      return { date, name: name.join(' ') };
    });
}

export function parseDates(text: string): string[] {
  return text
    .split(/[\s,，]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The server's field errors in the current language, by the form field they belong to: "holidays[2].date" belongs to
 * "holidays", "grades" to "grades". Messages without a known field go under "" (shown above the form).
 */
export function fieldMessages(error: unknown, language: string, fields: readonly string[]): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  if (!(error instanceof ApiError)) return result;
  for (const [key, messages] of Object.entries(fieldTexts(i18n.getFixedT(language), language, error))) {
    const root = key.split(/[[.]/)[0];
    const field = fields.includes(root) ? root : '';
    const prefix = field && key !== field ? `${key}: ` : '';
    (result[field] ??= []).push(...messages.map((m) => prefix + m));
  }
  if (Object.keys(result).length === 0) result[''] = [problemDetail(i18n.getFixedT(language), language, error)];
  return result;
}

export const policyFields = [
  'averageMonthlyWage', 'baseLowerLimit', 'baseUpperLimit', 'gradeMode', 'grades', 'rate', 'personalAccountRate', 'pooledRate',
  'deductionDay', 'reminderOffsetsDays', 'allowPastYearArrears', 'femaleFlexibleWorkerOriginalRetirementAge', 'source', 'confidence',
] as const;

export const holidayFields = ['holidays', 'makeUpWorkingDays', 'source'] as const;
