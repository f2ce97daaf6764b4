import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { formatCycle, isIsoDuration } from '../../i18n/durations';
import { isChinese, pick } from '../../i18n/language';

const isBilingual = (item: unknown): item is { zh: string; en: string } =>
  typeof item === 'object' && item !== null && typeof (item as { zh?: unknown }).zh === 'string' && typeof (item as { en?: unknown }).en === 'string';

/** Variables whose values hold personal data and stay masked until the reviewer reveals them. */
export const sensitiveVariables = new Set(['idNumber', 'bankAccount', 'phone', 'mobile']);

/** Shows the first 6 and last 4 characters (the region and the check digits of a resident ID number). */
export function mask(value: string): string {
  if (value.length <= 10) return '*'.repeat(value.length);
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
}

/** Variable names with a translation (`variable.<name>`); others are shown by their name. */
export const knownVariables = [
  'applicationId',
  'applicationType',
  'regionCode',
  'idNumber',
  'decision',
  'comment',
  'missingMaterials',
  'reviewDueAt',
  'valid',
  'rejected',
  'rejectionReasons',
  'supplementTimeLimit',
  'agreementReminderCycle',
  'checks',
  'registryEmployerMonths',
  'reviewRouting',
  'reviewedBy',
  'personId',
  'outcome',
  'agreementBankCode',
  'agreementAccount',
  'agreementSignedAt',
] as const;

/** ApplicationType values (src/Domain/Applications); names come from i18n `applicationType.<type>`. */
export const applicationTypes = ['NewEnrollment', 'Resumption', 'Suspension'] as const;

/** What a known variable's value reads as; null when the value has no reading of its own (numbers, free text, JSON). */
export function readableValue(
  name: string,
  value: unknown,
  t: TFunction,
  language: string,
  regionName: (code: string) => string,
): string | null {
  if (typeof value === 'boolean') return value ? t('caseData.yes') : t('caseData.no');
  if (name === 'missingMaterials' && Array.isArray(value))
    return value.map((kind) => t(`material.${String(kind)}`, { defaultValue: String(kind) })).join(isChinese(language) ? '、' : ', ');
  // Checks and rejection reasons carry their own texts in both languages.
  if (Array.isArray(value) && value.length > 0 && value.every(isBilingual))
    return value.map((item) => pick(language, item.zh, item.en)).join(isChinese(language) ? '；' : '; ');
  if (typeof value !== 'string' || value === '') return null;
  if (name === 'regionCode') return regionName(value);
  if (name === 'applicationType') return t(`applicationType.${value}`, { defaultValue: value });
  if (name === 'decision') return t(`review.decisions.${value}`, { defaultValue: value });
  if (isIsoDuration(value)) return formatCycle(t, language, value);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return dayjs(value).format('YYYY-MM-DD HH:mm');
  return null;
}
