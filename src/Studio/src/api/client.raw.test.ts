import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from './client';
import type { Tokens, TokenStore } from './tokens';

function store(initial: Tokens | null): TokenStore {
  let value = initial;
  return { get: () => value, set: (tokens) => (value = tokens) };
}

describe('client.raw', () => {
  it('Raw_SendsXmlAsIs_AndRetriesOnceAfterRefresh', async () => {
    // Given: the first call meets an expired token
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(new Response('', { status: 401 }))
      .mockResolvedValueOnce(new Response(JSON.stringify({ accessToken: 'new', refreshToken: 'r2', expiresIn: 3600 }), { status: 200 }))
      .mockResolvedValueOnce(new Response(JSON.stringify({ issues: [] }), { status: 400 }));
    const client = createApiClient({ fetch, tokens: store({ accessToken: 'old', refreshToken: 'r1', expiresAt: Date.now() + 1000 }) });

    // When
    const response = await client.raw('POST', '/api/admin/definitions/validate', '<definitions/>');

    // Then: the 400 is handed back, not thrown; the body went out untouched with the new token
    expect(response.status).toBe(400);
    const [, init] = fetch.mock.calls[2];
    expect(init?.body).toBe('<definitions/>');
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe('application/xml');
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer new');
  });

  it('Put_SendsJson', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(new Response(JSON.stringify({ key: 'f', version: 2, created: true }), { status: 200 }));
    const client = createApiClient({ fetch, tokens: store(null) });
    await expect(client.put('/api/admin/forms/f', { schema: {} })).resolves.toEqual({ key: 'f', version: 2, created: true });
    expect(fetch.mock.calls[0][1]?.method).toBe('PUT');
    expect(fetch.mock.calls[0][1]?.body).toBe('{"schema":{}}');
  });
});
