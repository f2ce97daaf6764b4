import { useState } from 'react';
import type { QueryChanges } from '../../shell/useUrlQuery';
import { looksLikeIdNumber } from './inboxApi';

/**
 * A list's search box: the text goes to the URL's `q` (shareable, kept on reload), except an ID number, which stays in
 * memory only — it must not reach the URL (history, shared links, access logs). A new search starts from page one.
 */
export function useIdSafeSearch(params: URLSearchParams, update: (changes: QueryChanges) => void) {
  const [idSearch, setIdSearch] = useState<string>();

  const search = (value: string) => {
    const trimmed = value.trim();
    const isIdNumber = looksLikeIdNumber(trimmed);
    setIdSearch(isIdNumber ? trimmed : undefined);
    update({ q: isIdNumber ? undefined : trimmed, page: undefined });
  };

  return { text: idSearch ?? params.get('q') ?? undefined, search };
}
