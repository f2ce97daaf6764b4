import type { TFunction } from 'i18next';
import { isChinese } from './language';

/** The parts of an ISO 8601 duration in the order people say them. */
const parts = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;
type Part = (typeof parts)[number];

const durationPattern = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const cyclePattern = /^R(\d*)\/(P.+)$/;

/** P30D → { days: 30 }; null when the text is not an ISO 8601 duration. */
export function parseDuration(text: string): Partial<Record<Part, number>> | null {
  const match = durationPattern.exec(text.trim());
  if (!match) return null;
  const result: Partial<Record<Part, number>> = {};
  parts.forEach((part, i) => {
    if (match[i + 1] !== undefined) result[part] = Number(match[i + 1]);
  });
  return result;
}

/**
 * An ISO 8601 duration as people write it: P30D → 30天 / 30 days, PT1H30M → 1小时30分钟 / 1 hour 30 minutes.
 * Anything else comes back unchanged (an expression such as ${limit} is the modeller's own text).
 */
export function formatDuration(t: TFunction, language: string, text: string): string {
  const parsed = parseDuration(text);
  if (!parsed) return text;
  const words = parts.filter((part) => parsed[part] !== undefined && (parsed[part] !== 0 || Object.keys(parsed).length === 1))
    .map((part) => t(`duration.${part}`, { count: parsed[part] }));
  return words.join(isChinese(language) ? '' : ' ');
}

/**
 * A repeating cycle (a timer's R/P7D, a retry's R5/PT1M) as people say it: 每7天 / every 7 days, with the number of
 * times when it is bounded. A plain duration is formatted as one; anything else comes back unchanged.
 */
export function formatCycle(t: TFunction, language: string, text: string): string {
  const match = cyclePattern.exec(text.trim());
  if (!match) return formatDuration(t, language, text);
  const period = formatDuration(t, language, match[2]);
  if (period === match[2]) return text;
  return match[1] ? t('duration.cycleTimes', { period, count: Number(match[1]) }) : t('duration.cycle', { period });
}

/** Whether a text is an ISO 8601 duration or cycle, the values formatCycle turns into words. */
export const isIsoDuration = (text: string) => parseDuration(text) !== null || cyclePattern.test(text.trim());
