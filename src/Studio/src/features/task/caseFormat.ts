import dayjs from 'dayjs';

const zh = (language: string) => language.startsWith('zh');

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

/** Months as years and months: 126 → { years: 10, months: 6 }. */
export function yearsAndMonths(total: number): { years: number; months: number } {
  return { years: Math.floor(total / 12), months: total % 12 };
}
