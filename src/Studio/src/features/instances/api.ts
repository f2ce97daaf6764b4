import { client } from '../../api/api';
import { parseProblem } from '../../api/ApiError';
import { sessionTokenStore } from '../../api/tokens';
import type { JournalItem, TaskSummary } from '../../api/types';

/** Shapes of src/Api/Features/Admin (ListInstances, GetInstance, ListIncidents, GetInstanceWaitStates, ListDefinitions). */

export type InstanceState = 'Active' | 'Completed' | 'Terminated' | 'Cancelled';

export interface ElementRef {
  id: string;
  name?: string | null;
}

export interface InstanceSummary {
  id: string;
  processKey: string;
  processVersion: number;
  businessKey?: string | null;
  caseNumber?: string | null;
  state: InstanceState;
  openIncidents: number;
  startedAt: string;
  endedAt?: string | null;
  startedBy?: string | null;
  currentElements: ElementRef[];
}

export interface InstancePage {
  items: InstanceSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface IncidentItem {
  id: string;
  instanceId: string;
  processKey: string;
  elementId: string;
  elementType: string;
  /** The engine's English text, for operators; the Studio writes the incident from `code` and `args` (incidentText). */
  message: string;
  /** Why it happened (`incident.scriptFailed`…); null on incidents recorded before codes existed. */
  code?: string | null;
  /** The code's arguments by name; `detail` is the script's or job's own error text. */
  args?: Record<string, string> | null;
  createdAt: string;
  resolvedAt?: string | null;
  resolvedBy?: string | null;
  /** The element's name in the instance's version of the diagram ("中文 English"); null when unnamed. */
  elementName?: string | null;
}

export interface TokenItem {
  id: number;
  elementId: string;
  /** TokenStatus: Scheduled, Waiting, Joined, Failed. */
  status: string;
  /** A multi-instance activity's body: it waits for its instances, which are tokens on the same element. */
  multiInstanceBody?: boolean;
  elementName?: string | null;
}

export interface InstanceDetail {
  instance: InstanceSummary;
  activeElementIds: string[];
  tokens: TokenItem[];
  variables: Record<string, unknown>;
  incidents: IncidentItem[];
  journal: JournalItem[];
  /** The instance whose call activity started this one, if any. */
  parentInstanceId?: string | null;
  /** The child instances this instance's call activities started. */
  calledInstances?: { elementId: string; instanceId: string; elementName?: string | null }[];
}

export interface BookmarkItem {
  id: string;
  elementId: string;
  /** BookmarkKind: UserTask, Message, Timer, Job. */
  kind: string;
  messageName?: string | null;
  correlationKey?: string | null;
  dueAt?: string | null;
  count: number;
  createdAt: string;
  elementName?: string | null;
}

export interface WaitStates {
  tasks: TaskSummary[];
  bookmarks: BookmarkItem[];
}

export interface DefinitionSummary {
  key: string;
  name?: string | null;
  latestVersion: number;
  publishedVersion?: number | null;
}

export interface InstanceFilter {
  state?: InstanceState;
  incidents?: boolean;
  processKey?: string;
  businessKey?: string;
  /** Case number, ID number, part of an applicant's name or an application id: sent in a POST body, never a URL. */
  text?: string;
  page: number;
  pageSize: number;
}

const id = encodeURIComponent;

export const instancesApi = {
  list: ({ incidents, ...filter }: InstanceFilter) =>
    filter.text
      ? client.post<InstancePage>('/api/admin/instances/search', { ...filter, incidents })
      : client.get<InstancePage>('/api/admin/instances', { ...filter, incidents: incidents ? 'true' : undefined }),
  get: (instanceId: string) => client.get<InstanceDetail>(`/api/admin/instances/${id(instanceId)}`),
  waitStates: (instanceId: string) => client.get<WaitStates>(`/api/admin/instances/${id(instanceId)}/wait-states`),
  cancel: (instanceId: string, reason: string) => client.post<void>(`/api/admin/instances/${id(instanceId)}/cancel`, { reason }),
  setVariables: (instanceId: string, variables: Record<string, unknown>) =>
    client.post<void>(`/api/admin/instances/${id(instanceId)}/variables`, variables),
  incidents: () => client.get<IncidentItem[]>('/api/admin/incidents'),
  retry: (incidentId: string) => client.post<{ incidentId: string; instanceId: string }>(`/api/admin/incidents/${id(incidentId)}/retry`),
  definitions: () => client.get<DefinitionSummary[]>('/api/admin/definitions'),
  /** The BPMN XML of the version the instance runs on (text, not JSON: fetched with the bearer token by hand). */
  definitionXml: (key: string, version: number) => fetchText(`/api/admin/definitions/${id(key)}/versions/${version}`),
};

/**
 * GET of a non-JSON body with the session's bearer token. The shared client parses JSON only; on a 401 it asks the
 * client for something cheap (which refreshes the token, or signs out) and tries once more.
 */
async function fetchText(path: string, retried = false): Promise<string> {
  const tokens = sessionTokenStore();
  const access = tokens.get()?.accessToken;
  const response = await fetch(path, { headers: access ? { Authorization: `Bearer ${access}` } : {} });
  if (response.status === 401 && !retried) {
    await client.get('/api/me');
    return fetchText(path, true);
  }
  if (!response.ok) throw await parseProblem(response);
  return response.text();
}
