import dayjs from 'dayjs';
import { isChinese } from '../../i18n/language';

const zh = (language: string) => isChinese(language);

/** Yuan with two decimals, grouped, in the user's language (¥5,000.00). */
export function formatYuan(amount: number, language: string): string {
  return new Intl.NumberFormat(zh(language) ? 'zh-CN' : 'en-GB', { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' }).format(amount);
}

/** A month `yyyy-MM` as people write it: 2053年3月 / Mar 2053. */
export function formatMonth(month: string | null | undefined, language: string): string {
  if (!month) return '—';
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return zh(language) ? `${Number(m[1])}年${Number(m[2])}月` : dayjs(`${month}-01`).format('MMM YYYY');
}

/** A billing period `yyyy-MM` or `yyyy-MM..yyyy-MM`. */
export function formatPeriod(period: string, language: string): string {
  const [start, end] = period.split('..');
  return end ? `${formatMonth(start, language)} – ${formatMonth(end, language)}` : formatMonth(start, language);
}

/**
 * The i18n key and values for a number of months: the months once, with years beside them only from 12 months
 * ("126 个月（10 年 6 个月）", "24 个月（2 年）", "0 个月").
 */
export function monthsLabel(total: number): { key: string; values: Record<string, number> } {
  const { years, months } = yearsAndMonths(total);
  if (years === 0) return { key: 'caseView.person.months', values: { n: total } };
  if (months === 0) return { key: 'caseView.person.monthsWholeYears', values: { n: total, years } };
  return { key: 'caseView.person.monthsWithYears', values: { n: total, years, months } };
}

/** Months as years and months: 126 → { years: 10, months: 6 }. */
export function yearsAndMonths(total: number): { years: number; months: number } {
  return { years: Math.floor(total / 12), months: total % 12 };
}
