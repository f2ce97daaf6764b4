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
] as const;

/** ApplicationType values (src/Domain/Applications); names come from i18n `applicationType.<type>`. */
export const applicationTypes = ['NewEnrollment', 'Resumption', 'Suspension'] as const;
