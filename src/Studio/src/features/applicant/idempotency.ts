/** A v4 UUID; crypto.randomUUID exists only in secure contexts, getRandomValues everywhere. */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One Idempotency-Key per attempt: the same request sent again (a double tap, a retry after a lost answer) carries the
 * same key, so the server replays the first success instead of creating a second application. A changed request is a
 * new attempt with a new key (the server refuses a key reused for another body with 422).
 */
export class AttemptKeys {
  private last: { request: string; key: string } | null = null;

  constructor(private readonly newKey: () => string = uuid) {}

  keyFor(request: unknown): string {
    const text = JSON.stringify(request ?? null);
    if (this.last?.request !== text) this.last = { request: text, key: this.newKey() };
    return this.last.key;
  }

  /** After a refusal (400): nothing was stored, but a fresh key keeps the next attempt unambiguous. */
  reset() {
    this.last = null;
  }
}
