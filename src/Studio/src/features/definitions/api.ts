import { client } from '../../api/api';
import { ApiError, parseProblem } from '../../api/ApiError';

/** Shapes of src/Api/Features/Admin (ListDefinitions, ListDefinitionVersions, DeployDefinition, DefinitionProblems). */
export interface DefinitionSummary {
  key: string;
  name?: string | null;
  latestVersion: number;
  publishedVersion?: number | null;
  deployedAt: string;
  deployedBy?: string | null;
}

export interface VersionSummary {
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

export interface Deployed {
  key: string;
  version: number;
  created: boolean;
  published: boolean;
}

/** One validation problem, keyed by element id (the modeler marks and selects that element). */
export interface Issue {
  elementId: string;
  elementType: string;
  code: string;
  message: string;
}

/** Validate and deploy both answer a 400 with the issues; anything else is an error of its own. */
export type CheckResult = { valid: true; processKeys: string[] } | { valid: false; issues: Issue[] };
export type DeployResult = { deployed: Deployed[] } | { issues: Issue[] };

const path = (key: string) => `/api/admin/definitions/${encodeURIComponent(key)}`;

async function issuesOr<T>(response: Response, ok: (body: unknown) => T): Promise<T | { issues: Issue[] }> {
  if (response.ok) return ok(await response.json());
  if (response.status === 400) {
    const body = (await response.clone().json().catch(() => null)) as { issues?: Issue[] } | null;
    if (body?.issues) return { issues: body.issues };
  }
  throw await parseProblem(response);
}

export const definitionsApi = {
  list: () => client.get<DefinitionSummary[]>('/api/admin/definitions'),
  versions: (key: string) => client.get<VersionSummary[]>(`${path(key)}/versions`),
  async xml(key: string, version: number): Promise<string> {
    const response = await client.raw('GET', `${path(key)}/versions/${version}`);
    if (!response.ok) throw await parseProblem(response);
    return response.text();
  },
  publish: (key: string, version: number) => client.post<void>(`${path(key)}/versions/${version}/publish`),
  async validate(xml: string): Promise<CheckResult> {
    const result = await issuesOr(await client.raw('POST', '/api/admin/definitions/validate', xml), (body) => ({
      valid: true as const,
      processKeys: (body as { processKeys: string[] }).processKeys,
    }));
    return 'issues' in result ? { valid: false, issues: result.issues } : result;
  },
  async deploy(xml: string, publish: boolean): Promise<DeployResult> {
    const response = await client.raw('POST', `/api/admin/definitions${publish ? '?publish=true' : ''}`, xml);
    return issuesOr(response, (body) => ({ deployed: (Array.isArray(body) ? body : [body]) as Deployed[] }));
  },
  elementTemplates: () => client.get<unknown[]>('/api/admin/element-templates'),
};

export { ApiError };
