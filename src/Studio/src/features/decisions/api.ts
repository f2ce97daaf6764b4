import { client } from '../../api/api';
import { ApiError, parseProblem } from '../../api/ApiError';

/** Shapes of src/Api/Features/Admin/*Decision*. */
export interface DecisionSummary {
  key: string;
  name?: string | null;
  latestVersion: number;
  publishedVersion?: number | null;
  deployedAt: string;
  deployedBy?: string | null;
  source?: string | null;
}

export interface DecisionVersion {
  key: string;
  version: number;
  name?: string | null;
  contentHash: string;
  source?: string | null;
  deployedAt: string;
  deployedBy?: string | null;
  isPublished: boolean;
  publishedAt?: string | null;
}

export interface DeployedDecision {
  key: string;
  version: number;
  created: boolean;
  published: boolean;
}

export interface DecisionIssue {
  elementId: string;
  elementType: string;
  code: string;
  message: string;
}

export interface Evaluated {
  key: string;
  version: number;
  matchedRules: string[];
  result: Record<string, unknown>[];
}

export interface DecisionDiff {
  hitPolicy?: { from: string; to: string } | null;
  columns: { id: string; label?: string | null; kind: string }[];
  rules: { id: string; position?: number | null; kind: string; cells: { column: string; from?: string | null; to?: string | null }[] }[];
}

export type DeployOutcome = { deployed: DeployedDecision[] } | { issues: DecisionIssue[] };
/** A result, or the server's reason the decision gave none (422: hit policy violated, wrong type). */
export type EvaluateOutcome = { evaluated: Evaluated } | { failed: string };

const path = (key: string) => `/api/admin/decisions/${encodeURIComponent(key)}`;

export const decisionsApi = {
  list: () => client.get<DecisionSummary[]>('/api/admin/decisions'),
  versions: (key: string) => client.get<DecisionVersion[]>(`${path(key)}/versions`),
  async xml(key: string, version: number): Promise<string> {
    const response = await client.raw('GET', `${path(key)}/versions/${version}`);
    if (!response.ok) throw await parseProblem(response);
    return response.text();
  },
  publish: (key: string, version: number) => client.post<void>(`${path(key)}/versions/${version}/publish`),
  diff: (key: string, from: number, to: number) => client.get<DecisionDiff>(`${path(key)}/diff`, { from, to }),
  async deploy(xml: string, publish: boolean): Promise<DeployOutcome> {
    const response = await client.raw('POST', `/api/admin/decisions${publish ? '?publish=true' : ''}`, xml);
    if (response.ok) return { deployed: (await response.json()) as DeployedDecision[] };
    if (response.status === 400) {
      const body = (await response.clone().json().catch(() => null)) as { issues?: DecisionIssue[] } | null;
      if (body?.issues) return { issues: body.issues };
    }
    throw await parseProblem(response);
  },
  async evaluate(key: string, variables: Record<string, unknown>, version?: number): Promise<EvaluateOutcome> {
    const response = await client.raw('POST', `${path(key)}/evaluate`, JSON.stringify({ variables, version }), 'application/json');
    if (response.ok) return { evaluated: (await response.json()) as Evaluated };
    const problem = await parseProblem(response);
    if (response.status === 422) return { failed: problem.detail ?? problem.title };
    throw problem;
  },
};

export { ApiError };
