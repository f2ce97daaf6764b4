import { client } from '../../api/api';

/** A comment on a case (GET/POST /api/tasks/{id}/comments). */
export interface CaseComment {
  id: string;
  author: string;
  authorName?: string | null;
  text: string;
  visibleToApplicant: boolean;
  createdAt: string;
}

export interface Colleague {
  userName: string;
  displayName?: string | null;
}

const path = (id: string) => `/api/tasks/${encodeURIComponent(id)}`;

/** Working a task together: comments, hand-over to a colleague, follow-up date. */
export const collabApi = {
  comments: (taskId: string) => client.get<CaseComment[]>(`${path(taskId)}/comments`),
  addComment: (taskId: string, text: string, visibleToApplicant: boolean) =>
    client.post<CaseComment>(`${path(taskId)}/comments`, { text, visibleToApplicant }),
  colleagues: (taskId: string) => client.get<Colleague[]>(`${path(taskId)}/colleagues`),
  delegate: (taskId: string, userName: string) => client.post<void>(`${path(taskId)}/delegate`, { userName }),
  assign: (taskId: string, userName: string) => client.post<void>(`${path(taskId)}/assign`, { userName }),
  resolve: (taskId: string) => client.post<void>(`${path(taskId)}/resolve`),
  followUp: (taskId: string, followUpAt: string | null) => client.put<void>(`${path(taskId)}/follow-up`, { followUpAt }),
};
