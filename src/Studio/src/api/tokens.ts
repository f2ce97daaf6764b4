/** Bearer tokens of the signed-in user, kept for the browser tab only (sessionStorage). */
export interface Tokens {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export interface AccessTokenResponse {
  tokenType: string;
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
}

const key = 'studio.tokens';

export interface TokenStore {
  get(): Tokens | null;
  set(tokens: Tokens | null): void;
}

export function sessionTokenStore(storage: Storage = sessionStorage): TokenStore {
  return {
    get() {
      const raw = storage.getItem(key);
      if (!raw) return null;
      try {
        return JSON.parse(raw) as Tokens;
      } catch {
        return null;
      }
    },
    set(tokens) {
      if (tokens) storage.setItem(key, JSON.stringify(tokens));
      else storage.removeItem(key);
    },
  };
}

export function toTokens(response: AccessTokenResponse, now = Date.now()): Tokens {
  return {
    accessToken: response.accessToken,
    refreshToken: response.refreshToken,
    expiresAt: now + response.expiresIn * 1000,
  };
}
