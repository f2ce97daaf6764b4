import { createApiClient } from './client';
import type { CompleteTaskBody, Me, ReferenceItem, TaskDetail, TaskPage, TaskScope } from './types';

/** The one client of the app; the shell subscribes to sign-out through {@link onSignedOut}. */
const listeners = new Set<() => void>();
export const client = createApiClient({ onSignedOut: () => listeners.forEach((l) => l()) });

export function onSignedOut(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface TaskFilter {
  scope: TaskScope;
  processKey?: string;
  regionCode?: string;
  /** ISO instants: tasks due at or after / strictly before (features/inbox/dueFilter.ts). */
  dueAfter?: string;
  dueBefore?: string;
  /** due, created, name, process, assignee, ended, followUp, priority, region, case or applicant; asc unless order is desc. */
  sort?: string;
  order?: 'asc' | 'desc';
  /** Case number, ID number or part of a name: sent in the body of POST /api/tasks/search, never in a URL. */
  text?: string;
  page: number;
  pageSize: number;
}

export const api = {
  me: () => client.get<Me>('/api/me'),
  tasks: (filter: TaskFilter) => client.post<TaskPage>('/api/tasks/search', filter),
  task: (id: string) => client.get<TaskDetail>(`/api/tasks/${encodeURIComponent(id)}`),
  claim: (id: string) => client.post<void>(`/api/tasks/${encodeURIComponent(id)}/claim`),
  unclaim: (id: string) => client.post<void>(`/api/tasks/${encodeURIComponent(id)}/unclaim`),
  complete: (id: string, body: CompleteTaskBody) =>
    client.post<{ taskId: string; instanceId: string }>(`/api/tasks/${encodeURIComponent(id)}/complete`, body),
  regions: () => client.get<ReferenceItem[]>('/api/reference/regions'),
};
