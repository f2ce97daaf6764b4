import { client } from '../../api/api';
import { ApiError } from '../../api/ApiError';
import { fieldTexts, problemDetail } from '../errors/problemText';
import i18n from '../../i18n';

/**
 * The forms API (src/Api/Features/Admin, being built alongside): GET /api/admin/forms, GET /api/admin/forms/{key}
 * (?version=), GET /api/admin/forms/{key}/versions, PUT /api/admin/forms/{key} with { schema } → { key, version, created }.
 */
export interface FormSummary {
  key: string;
  version: number;
  deployedAt: string;
  deployedBy?: string | null;
}

export interface FormDocument {
  key: string;
  version: number;
  schema: FormSchema;
}

export interface FormSaved {
  key: string;
  version: number;
  created: boolean;
}

/** A form-js schema: only the parts this screen reads are typed. */
export interface FormSchema {
  id?: string;
  type?: string;
  components?: unknown[];
  [property: string]: unknown;
}

const path = (key: string) => `/api/admin/forms/${encodeURIComponent(key)}`;

export const formsApi = {
  list: () => client.get<FormSummary[]>('/api/admin/forms'),
  get: (key: string, version?: number) => client.get<FormDocument>(path(key), { version }),
  versions: (key: string) => client.get<FormSummary[]>(`${path(key)}/versions`),
  save: (key: string, schema: FormSchema) => client.put<FormSaved>(path(key), { schema }),
};

/** A key the server can store as a file name: letters, digits, dot, dash and underscore. */
export const formKeyPattern = /^[A-Za-z][A-Za-z0-9._-]{1,99}$/;

/** What "new form" opens. */
export function emptyFormSchema(id: string): FormSchema {
  return {
    type: 'default',
    id,
    schemaVersion: 16,
    exporter: { name: 'SocialInsuranceWorkflows Studio', version: '1.0.0' },
    components: [],
  };
}

/** Problems from a refused save: the detail and each field's messages, in the current language. */
export function saveProblems(error: unknown, language: string): string[] {
  if (!(error instanceof ApiError)) return [];
  const lines = Object.entries(fieldTexts(i18n.getFixedT(language), language, error)).flatMap(([field, messages]) =>
    messages.map((m) => (field && field !== 'schema' ? `${field}: ${m}` : m)),
  );
  if (lines.length === 0) lines.push(problemDetail(i18n.getFixedT(language), language, error));
  return lines;
}
