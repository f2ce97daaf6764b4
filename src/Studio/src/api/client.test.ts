import { describe, expect, it, vi } from 'vitest';
import { ApiError, localizeName, parseProblem } from './ApiError';
import { createApiClient } from './client';
import type { TokenStore, Tokens } from './tokens';

function memoryStore(initial: Tokens | null): TokenStore & { value: Tokens | null } {
  const store = {
    value: initial,
    get: () => store.value,
    set: (tokens: Tokens | null) => {
      store.value = tokens;
    },
  };
  return store;
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

const signedIn = (): Tokens => ({ accessToken: 'old-access', refreshToken: 'refresh-1', expiresAt: Date.now() + 3_600_000 });

describe('parseProblem', () => {
  it('ParseProblem_ReadsTitleDetailAndFieldErrors_FromValidationProblem', async () => {
    // Given
    const response = json(
      400,
      {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
        title: '输入有误 / One or more fields are invalid',
        status: 400,
        errors: { comment: ['不予通过或补充材料时须填写审核意见 / A comment is required unless the decision is approve'], Decision: ['x / y'] },
      },
      'application/problem+json',
    );

    // When
    const error = await parseProblem(response);

    // Then
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.title).toBe('输入有误 / One or more fields are invalid');
    expect(error.fieldErrors.comment).toEqual(['不予通过或补充材料时须填写审核意见 / A comment is required unless the decision is approve']);
    expect(error.fieldErrors.decision).toEqual(['x / y']);
  });

  it('ParseProblem_FallsBackToStatusText_WhenBodyIsNotJson', async () => {
    const error = await parseProblem(new Response('', { status: 429, statusText: 'Too Many Requests' }));
    expect(error.status).toBe(429);
    expect(error.title).toBe('Too Many Requests');
    expect(error.fieldErrors).toEqual({});
  });

  it('ParseProblem_ReadsTheCodeAndEachFieldsCodes', async () => {
    // Given
    const response = json(400, {
      title: 'One or more fields are invalid',
      status: 400,
      code: 'validation.failed',
      errors: { Comment: ['A comment is required unless the decision is approve'] },
      errorCodes: { Comment: [{ code: 'task.commentRequired', args: {} }] },
    });

    // When
    const error = await parseProblem(response);

    // Then
    expect(error.code).toBe('validation.failed');
    expect(error.fieldCodes).toEqual({ comment: [{ code: 'task.commentRequired', args: {} }] });
    expect(error.fieldErrors).toEqual({ comment: ['A comment is required unless the decision is approve'] });
  });

  it('LocalizeName_SplitsBilingualElementNames', () => {
    expect(localizeName('审核申请 Review application', 'zh-CN')).toBe('审核申请');
    expect(localizeName('审核申请 Review application', 'en')).toBe('Review application');
    expect(localizeName('reviewApplication', 'zh-CN')).toBe('reviewApplication');
  });
});

describe('createApiClient', () => {
  it('Request_AsksForTheUsersLanguage_SoProblemTextsMatchTheScreen', async () => {
    // Given
    const fetch = vi.fn<typeof globalThis.fetch>().mockImplementation(() => Promise.resolve(json(200, {})));
    const english = createApiClient({ fetch, tokens: memoryStore(signedIn()), language: () => 'en' });
    const chinese = createApiClient({ fetch, tokens: memoryStore(signedIn()), language: () => 'zh-CN' });

    // When
    await english.get('/api/me');
    await chinese.get('/api/me');

    // Then
    const sent = fetch.mock.calls.map(([, init]) => (init?.headers as Record<string, string>)['Accept-Language']);
    expect(sent).toEqual(['en', 'zh-CN']);
  });

  it('Request_RefreshesOnceAndRetries_WhenAccessTokenExpired', async () => {
    // Given
    const tokens = memoryStore(signedIn());
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(new Response(null, { status: 401 }))
      .mockResolvedValueOnce(json(200, { tokenType: 'Bearer', accessToken: 'new-access', expiresIn: 3600, refreshToken: 'refresh-2' }))
      .mockResolvedValueOnce(json(200, { userName: 'reviewer1' }));
    const client = createApiClient({ fetch, tokens });

    // When
    const me = await client.get<{ userName: string }>('/api/me');

    // Then
    expect(me.userName).toBe('reviewer1');
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(fetch.mock.calls[1][0]).toBe('/api/auth/refresh');
    expect(JSON.parse(String(fetch.mock.calls[1][1]?.body))).toEqual({ refreshToken: 'refresh-1' });
    expect((fetch.mock.calls[2][1]?.headers as Record<string, string>).Authorization).toBe('Bearer new-access');
    expect(tokens.value?.refreshToken).toBe('refresh-2');
  });

  it('Request_SignsOutWithoutLooping_WhenRetryIsUnauthorizedAgain', async () => {
    // Given
    const tokens = memoryStore(signedIn());
    const onSignedOut = vi.fn();
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(new Response(null, { status: 401 }))
      .mockResolvedValueOnce(json(200, { tokenType: 'Bearer', accessToken: 'new-access', expiresIn: 3600, refreshToken: 'refresh-2' }))
      .mockResolvedValueOnce(new Response(null, { status: 401 }));
    const client = createApiClient({ fetch, tokens, onSignedOut });

    // When
    const failure = client.get('/api/me');

    // Then
    await expect(failure).rejects.toMatchObject({ status: 401 });
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(onSignedOut).toHaveBeenCalledTimes(1);
    expect(tokens.value).toBeNull();
  });

  it('Request_SignsOut_WhenRefreshIsRefused', async () => {
    const tokens = memoryStore(signedIn());
    const onSignedOut = vi.fn();
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(new Response(null, { status: 401 }))
      .mockResolvedValueOnce(json(401, { title: '刷新令牌无效或已过期 / The refresh token is invalid or expired', status: 401 }));
    const client = createApiClient({ fetch, tokens, onSignedOut });

    await expect(client.get('/api/me')).rejects.toBeInstanceOf(ApiError);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(onSignedOut).toHaveBeenCalledTimes(1);
    expect(tokens.value).toBeNull();
  });

  it('Request_SharesOneRefresh_WhenConcurrentCallsGetUnauthorized', async () => {
    const tokens = memoryStore(signedIn());
    let refreshes = 0;
    const fetch = vi.fn<typeof globalThis.fetch>(async (input, init) => {
      if (input === '/api/auth/refresh') {
        refreshes++;
        return json(200, { tokenType: 'Bearer', accessToken: 'new-access', expiresIn: 3600, refreshToken: 'refresh-2' });
      }
      const auth = (init?.headers as Record<string, string>).Authorization;
      return auth === 'Bearer new-access' ? json(200, { ok: true }) : new Response(null, { status: 401 });
    });
    const client = createApiClient({ fetch, tokens });

    await Promise.all([client.get('/api/a'), client.get('/api/b'), client.get('/api/c')]);

    expect(refreshes).toBe(1);
  });

  it('Login_StoresTokens_AndLoginFailureCarriesProblemTitle', async () => {
    const tokens = memoryStore(null);
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(json(401, { title: '用户名或密码错误 / Wrong user name or password', status: 401 }))
      .mockResolvedValueOnce(json(200, { tokenType: 'Bearer', accessToken: 'a', expiresIn: 60, refreshToken: 'r' }));
    const client = createApiClient({ fetch, tokens });

    await expect(client.login('reviewer1', 'bad')).rejects.toMatchObject({ status: 401, title: '用户名或密码错误 / Wrong user name or password' });
    expect(tokens.value).toBeNull();
    await client.login('reviewer1', 'good');
    expect(tokens.value?.accessToken).toBe('a');
    expect(client.isSignedIn()).toBe(true);
  });
});

describe('createApiClient.logout', () => {
  it('Logout_EndsTheServerSession_WithTheTokenItHeld_AndSignsOutAtOnce', async () => {
    // Given a signed-in client
    const tokens = memoryStore(signedIn());
    const onSignedOut = vi.fn();
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(new Response(null, { status: 204 }));
    const client = createApiClient({ fetch, tokens, onSignedOut });

    // When the user signs out
    await client.logout();

    // Then the server was asked to end the session with the old token, and the client is signed out
    expect(fetch).toHaveBeenCalledWith('/api/auth/logout', expect.objectContaining({ method: 'POST', headers: expect.objectContaining({ Authorization: 'Bearer old-access' }) }));
    expect(tokens.value).toBeNull();
    expect(onSignedOut).toHaveBeenCalledOnce();
  });

  it('Logout_SignsOutLocally_WhenTheServerCannotBeReached', async () => {
    // Given a client whose network is down
    const tokens = memoryStore(signedIn());
    const fetch = vi.fn<typeof globalThis.fetch>().mockRejectedValue(new TypeError('Failed to fetch'));
    const client = createApiClient({ fetch, tokens });

    // When the user signs out
    await client.logout();

    // Then they are signed out all the same
    expect(client.isSignedIn()).toBe(false);
  });
});

describe('createApiClient.request', () => {
  it('Request_SendsExtraHeaders_AndAJsonBody', async () => {
    // Given
    const fetch = vi.fn().mockResolvedValue(json(201, { id: 'a1' }));
    const client = createApiClient({ fetch, tokens: memoryStore(signedIn()) });

    // When
    const created = await client.request<{ id: string }>('POST', '/api/applications', { body: { type: 'NewEnrollment' }, headers: { 'Idempotency-Key': 'k-1' } });

    // Then
    expect(created).toEqual({ id: 'a1' });
    const [, init] = fetch.mock.calls[0];
    expect(init.headers).toMatchObject({ 'Idempotency-Key': 'k-1', 'Content-Type': 'application/json', Authorization: 'Bearer old-access' });
    expect(init.body).toBe('{"type":"NewEnrollment"}');
  });

  it('Request_WithAForm_LetsTheBrowserSetTheMultipartContentType', async () => {
    const fetch = vi.fn().mockResolvedValue(json(201, { materialId: 'm1' }));
    const client = createApiClient({ fetch, tokens: memoryStore(signedIn()) });
    const form = new FormData();
    form.append('kind', 'IdCardFront');

    await client.request('POST', '/api/applications/a1/materials', { form });

    const [, init] = fetch.mock.calls[0];
    expect(init.body).toBe(form);
    expect(init.headers).not.toHaveProperty('Content-Type');
  });
});
