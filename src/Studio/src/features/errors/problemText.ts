import type { TFunction } from 'i18next';
import { ApiError, type ProblemCode } from '../../api/ApiError';
import { isChinese } from '../../i18n/language';

/**
 * An argument that names a term (a status, a material kind, a service) arrives as its enum name — several joined by
 * commas — and is shown in the user's words; any other value as it is.
 */
function argsIn(t: TFunction, language: string, args: Record<string, unknown> = {}): Record<string, unknown> {
  const shown: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(args)) {
    shown[name] =
      typeof value === 'string' && /^[A-Z][A-Za-z]+(,[A-Z][A-Za-z]+)*$/.test(value)
        ? value
            .split(',')
            .map((term) => t(`errorTerms.${term}`, { defaultValue: term }))
            .join(isChinese(language) ? '、' : ', ')
        : value;
  }
  return shown;
}

/** One coded message in the user's language; `fallback` (the server's text, already in that language) for a code the Studio does not know. */
export function codeText(t: TFunction, language: string, problem: ProblemCode | undefined, fallback: string): string {
  if (!problem?.code) return fallback;
  const key = `errors.${problem.code}`;
  return t(key, { ...argsIn(t, language, problem.args), defaultValue: fallback });
}

/**
 * What went wrong, for an alert: the problem's detail rendered from its code (the server's detail for a code the
 * Studio does not know); `orElse` (by default the title) when the problem has no detail.
 */
export function problemDetail(t: TFunction, language: string, error: ApiError, orElse?: string): string {
  if (!error.detail) return orElse ?? error.title;
  return codeText(t, language, error.code ? { code: error.code, args: error.args } : undefined, error.detail);
}

/** A field's messages rendered from their codes, beside the server's texts for codes the Studio does not know. */
export function fieldTexts(t: TFunction, language: string, error: ApiError): Record<string, string[]> {
  const texts: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(error.fieldErrors)) {
    const codes = error.fieldCodes[field] ?? [];
    texts[field] = messages.map((message, i) => codeText(t, language, codes[i], message));
  }
  return texts;
}
