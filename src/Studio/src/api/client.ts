import { ApiError, parseProblem } from './ApiError';
import { acceptLanguage } from '../i18n/language';

/** The language the Studio saved (i18n/index.ts keeps it under this key). */
function savedLanguage(): string | undefined {
  return typeof localStorage === 'undefined' ? undefined : (localStorage.getItem('studio.lang') ?? undefined);
}
import { sessionTokenStore, toTokens, type AccessTokenResponse, type TokenStore } from './tokens';

export interface ApiClientOptions {
  fetch?: typeof fetch;
  tokens?: TokenStore;
  /** Called when the session ended: the refresh token was refused, or the user signed out. */
  onSignedOut?: () => void;
  /** The user's language (default: the one the Studio saved); sent as Accept-Language so problem texts match the screen. */
  language?: () => string | undefined;
}

export type Query = Record<string, string | number | undefined | null>;

/** A request beyond plain JSON GET/POST: other methods, extra headers (Idempotency-Key), multipart bodies. */
export interface RequestOptions {
  body?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
  /** A body sent as is (a BPMN document), with {@link contentType} (default application/xml). */
  text?: string;
  contentType?: string;
}

export interface ApiClient {
  get<T>(path: string, query?: Query): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  request<T>(method: string, path: string, options?: RequestOptions): Promise<T>;
  put<T>(path: string, body?: unknown): Promise<T>;
  /**
   * A request with a body that is not JSON (a BPMN document), answered as the raw response, refreshed and signed
   * like the others but never thrown: the modeler reads 400 bodies (validation issues) as data.
   */
  raw(method: string, path: string, body?: string, contentType?: string): Promise<Response>;
  /** A file behind the bearer token (materials): the caller makes an object URL of it and revokes it when done. */
  blob(path: string): Promise<Blob>;
  login(userName: string, password: string): Promise<void>;
  /** Signs out here at once, then tells the server to end the session (its refresh and access tokens stop working). */
  logout(): Promise<void>;
  isSignedIn(): boolean;
}

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * fetch with the bearer token. A 401 triggers one refresh (shared by concurrent calls) and one retry;
 * a second 401, or a refused refresh, ends the session. Failures throw {@link ApiError}.
 */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const language = options.language ?? savedLanguage;
  const fetchOnce = options.fetch ?? ((input, init) => fetch(input, init));
  const doFetch: typeof fetch = (input, init) =>
    fetchOnce(input, { ...init, headers: { 'Accept-Language': acceptLanguage(language()), ...(init?.headers as Record<string, string> | undefined) } });
  const tokens = options.tokens ?? sessionTokenStore();
  let refreshing: Promise<boolean> | null = null;

  function signOut() {
    tokens.set(null);
    options.onSignedOut?.();
  }

  async function refresh(): Promise<boolean> {
    const current = tokens.get();
    if (!current?.refreshToken) return false;
    const response = await doFetch('/api/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ refreshToken: current.refreshToken }),
    });
    if (!response.ok) return false;
    tokens.set(toTokens((await response.json()) as AccessTokenResponse));
    return true;
  }

  function refreshOnce(): Promise<boolean> {
    refreshing ??= refresh()
      .catch(() => false)
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  }

  async function send(method: string, path: string, options: RequestOptions, retried: boolean): Promise<Response> {
    const { body, form, text, contentType } = options;
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    // A multipart body sets its own Content-Type with the boundary.
    if (text !== undefined) headers['Content-Type'] = contentType ?? 'application/xml';
    else if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
    const access = tokens.get()?.accessToken;
    if (access) headers.Authorization = `Bearer ${access}`;

    const response = await doFetch(path, {
      method,
      headers,
      body: form ?? text ?? (body === undefined ? undefined : JSON.stringify(body)),
    });

    if (response.status === 401 && access && !retried) {
      if (await refreshOnce()) return send(method, path, options, true);
      signOut();
    } else if (response.status === 401 && retried) {
      signOut();
    }
    return response;
  }

  async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const response = await send(method, path, options, false);
    if (!response.ok) throw await parseProblem(response);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  return {
    get: (path, query) => request('GET', withQuery(path, query)),
    post: (path, body) => request('POST', path, { body }),
    put: (path, body) => request('PUT', path, { body }),
    request,
    raw: (method, path, body, contentType) => send(method, path, { text: body, contentType }, false),
    async blob(path) {
      const response = await send('GET', path, {}, false);
      if (!response.ok) throw await parseProblem(response);
      return response.blob();
    },
    async login(userName, password) {
      const response = await doFetch('/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ userName, password }),
      });
      if (!response.ok) throw await parseProblem(response);
      tokens.set(toTokens((await response.json()) as AccessTokenResponse));
    },
    async logout() {
      const access = tokens.get()?.accessToken;
      signOut();
      if (!access) return;
      // Best effort: the local sign-out has happened whatever the network does; an unreachable server leaves a
      // session that ends when its tokens expire, as before.
      try {
        await doFetch('/api/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${access}` } });
      } catch {
        /* offline: nothing more to do */
      }
    },
    isSignedIn: () => tokens.get() !== null,
  };
}

export { ApiError };
