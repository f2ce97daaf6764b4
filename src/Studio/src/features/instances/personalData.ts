/**
 * Personal data in process variables (DESIGN: ID numbers, bank accounts, phone numbers are masked in lists). Variables
 * are free-form, so both the name and the shape of the value count: a `phone` variable, or any string that looks like
 * a resident ID, mobile or card number wherever it sits in a JSON value.
 */

const sensitiveName = /(idnumber|idcard|identity|身份证|phone|mobile|tel|手机|电话|account|bankcard|cardno|银行|账号|卡号)/i;

/** 18-character resident ID (last may be X), 11-digit mainland mobile starting 1, 12–19 digit bank card numbers. */
const sensitiveValue = /^(\d{17}[\dXx]|1\d{10}|\d{12,19})$/;

export function isSensitiveName(name: string): boolean {
  return sensitiveName.test(name);
}

export function looksSensitive(value: string): boolean {
  return sensitiveValue.test(value.replace(/[\s-]/g, ''));
}

/** Keeps the first 6 and last 4 characters of long values (region + check digits of an ID), hides short ones entirely. */
export function maskText(value: string): string {
  if (value.length <= 4) return '*'.repeat(value.length);
  if (value.length <= 10) return `${'*'.repeat(value.length - 2)}${value.slice(-2)}`;
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
}

/**
 * The value with every personal string masked: all strings (and numbers) under a sensitive name, and strings that look
 * like personal numbers anywhere. Returns the same structure so it can still be shown as JSON.
 */
export function maskValue(value: unknown, name = ''): unknown {
  const underSensitiveName = isSensitiveName(name);
  if (typeof value === 'string') return underSensitiveName || looksSensitive(value) ? maskText(value) : value;
  if (typeof value === 'number' && underSensitiveName) return maskText(String(value));
  if (Array.isArray(value)) return value.map((item) => maskValue(item, name));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, maskValue(inner, underSensitiveName ? name : key)]),
    );
  }
  return value;
}

/** Whether masking changes anything (the reveal control is shown only then). */
export function containsPersonalData(value: unknown, name = ''): boolean {
  return JSON.stringify(maskValue(value, name)) !== JSON.stringify(value);
}
