/** An RFC 7807 problem (or any failed response) turned into one typed error the screens can show. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  /** Field name → messages, from a validation problem's `errors` map (each message "中文 / English"). */
  readonly fieldErrors: Record<string, string[]>;

  constructor(status: number, title: string, detail?: string, fieldErrors: Record<string, string[]> = {}) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.fieldErrors = fieldErrors;
  }
}

interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[] | string>;
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

  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(problem.errors ?? {})) {
    // ASP.NET keys may arrive PascalCase ("Comment") or as paths ("$.comment"): normalise to the form's camelCase names.
    const key = field.replace(/^\$\./, '');
    fieldErrors[key.charAt(0).toLowerCase() + key.slice(1)] = Array.isArray(messages) ? messages : [String(messages)];
  }

  return new ApiError(
    problem.status ?? response.status,
    problem.title ?? response.statusText ?? String(response.status),
    problem.detail ?? undefined,
    fieldErrors,
  );
}

/**
 * The server writes messages as "中文 / English". Shows the half for the current language;
 * a message without the separator is shown as it is.
 */
export function localize(message: string | undefined, language: string): string {
  if (!message) return '';
  const at = message.indexOf(' / ');
  if (at < 0) return message;
  return language.startsWith('zh') ? message.slice(0, at).trim() : message.slice(at + 3).trim();
}

/**
 * BPMN element names are written "中文 English" (e.g. "审核申请 Review application"): shows the half for the language.
 * A name without both halves is shown as it is.
 */
export function localizeName(name: string, language: string): string {
  const match = /^([^A-Za-z]*[\u3400-\u9fff][^A-Za-z]*?)\s+([A-Za-z].*)$/.exec(name.trim());
  if (!match) return name;
  return language.startsWith('zh') ? match[1].trim() : match[2].trim();
}
