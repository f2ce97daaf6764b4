/** The user's language as the screens need it: one helper instead of `language.startsWith('zh')` in every file. */
export function isChinese(language: string | undefined): boolean {
  return (language ?? 'zh-CN').toLowerCase().startsWith('zh');
}

/** Picks the text for the language from a pair the server sends (`nameZh`/`nameEn`, `zh`/`en`). */
export function pick<T>(language: string | undefined, zh: T, en: T): T {
  return isChinese(language) ? zh : en;
}

/** The `Accept-Language` value for the user's language, so the server's problem texts match the screen. */
export function acceptLanguage(language: string | undefined): string {
  return isChinese(language) ? 'zh-CN' : 'en';
}
