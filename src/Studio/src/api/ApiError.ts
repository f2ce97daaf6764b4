import { isChinese } from '../i18n/language';

/** An RFC 7807 problem (or any failed response) turned into one typed error the screens can show. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  /** Field name → messages, from a validation problem's `errors` map (in the language the request asked for). */
  readonly fieldErrors: Record<string, string[]>;
  /** The problem's stable code (`task.notFound`) and its arguments: the screens render the text from these. */
  readonly code?: string;
  readonly args: Record<string, unknown>;
  /** Field name → each message's code and arguments, in the order of `fieldErrors`. */
  readonly fieldCodes: Record<string, ProblemCode[]>;

  constructor(
    status: number,
    title: string,
    detail?: string,
    fieldErrors: Record<string, string[]> = {},
    code?: string,
    args: Record<string, unknown> = {},
    fieldCodes: Record<string, ProblemCode[]> = {},
  ) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.fieldErrors = fieldErrors;
    this.code = code;
    this.args = args;
    this.fieldCodes = fieldCodes;
  }
}

export interface ProblemCode {
  code: string;
  args?: Record<string, unknown>;
}

interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[] | string>;
  code?: string;
  args?: Record<string, unknown>;
  errorCodes?: Record<string, ProblemCode[]>;
}

/** Reads a failed response: problem details when the body is JSON, the status text otherwise (a 429 from the rate limiter has no body). */
export async function parseProblem(response: Response): Promise<ApiError> {
  let problem: ProblemDetails = {};
  const text = await response.text().catch(() => '');
  if (text) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object') problem = parsed as ProblemDetails;
    } catch {
      // Not JSON: keep the status text.
    }
  }

  // ASP.NET keys may arrive PascalCase ("Comment") or as paths ("$.comment"): normalise to the form's camelCase names.
  const normalise = (field: string) => {
    const key = field.replace(/^\$\./, '');
    return key.charAt(0).toLowerCase() + key.slice(1);
  };
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(problem.errors ?? {})) {
    fieldErrors[normalise(field)] = Array.isArray(messages) ? messages : [String(messages)];
  }
  const fieldCodes: Record<string, ProblemCode[]> = {};
  for (const [field, codes] of Object.entries(problem.errorCodes ?? {})) {
    if (Array.isArray(codes)) fieldCodes[normalise(field)] = codes;
  }

  return new ApiError(
    problem.status ?? response.status,
    problem.title ?? response.statusText ?? String(response.status),
    problem.detail ?? undefined,
    fieldErrors,
    problem.code,
    problem.args ?? {},
    fieldCodes,
  );
}

/**
 * BPMN element names are written "中文 English" (e.g. "审核申请 Review application"): shows the half for the language.
 * A name without both halves is shown as it is.
 */
export function localizeName(name: string, language: string): string {
  const match = /^([^A-Za-z]*[\u3400-\u9fff][^A-Za-z]*?)\s+([A-Za-z].*)$/.exec(name.trim());
  if (!match) return name;
  return isChinese(language) ? match[1].trim() : match[2].trim();
}
