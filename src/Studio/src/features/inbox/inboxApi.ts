import { client } from '../../api/api';

export interface SavedFilter {
  id: string;
  name: string;
  /** The inbox URL's query string, without the search text. */
  query: string;
  createdAt: string;
}

export interface ClaimOutcome {
  taskId: string;
  outcome: 'claimed' | 'conflict' | 'forbidden' | 'notFound';
  detail?: string | null;
}

export const inboxApi = {
  savedFilters: () => client.get<SavedFilter[]>('/api/me/saved-filters'),
  saveFilter: (name: string, query: string) => client.post<SavedFilter>('/api/me/saved-filters', { name, query }),
  deleteFilter: (id: string) => client.request<void>('DELETE', `/api/me/saved-filters/${encodeURIComponent(id)}`),
  claimMany: (taskIds: string[]) => client.post<{ results: ClaimOutcome[]; claimed: number }>('/api/tasks/claim', { taskIds }),
};

/** 15 or more digits in a row: an ID number (or most of one), which must stay out of URLs and saved filters. */
export function looksLikeIdNumber(text: string | undefined | null): boolean {
  return /\d{15,}/.test(text ?? '');
}

/** The regions a reviewer's groups serve (reviewers-6501 → 6501); none means every region (administrators). */
export function regionsOfGroups(groups: string[] | undefined): string[] {
  return (groups ?? []).map((g) => /^reviewers-(\d{2,6})$/.exec(g)?.[1]).filter((code): code is string => !!code);
}
