import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';

export const password = 'Demo@12345';

/** Console errors and uncaught exceptions of the page; every test fails when there are any. */
type Fixtures = { consoleErrors: string[]; api: ApiHelper };

/** Collects a page's console errors and uncaught exceptions (for pages a test opens itself). */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    // Chromium logs every 4xx response; the screens answer those by design (a wrong password, a 409 after
    // someone else acted). Server errors and the app's own errors still fail the test.
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors = watchConsole(page);
      await use(errors);
      expect(errors, 'console errors during the test').toEqual([]);
    },
    { auto: true },
  ],
  api: async ({ playwright, baseURL }, use) => {
    const context = await playwright.request.newContext({ baseURL });
    await use(new ApiHelper(context));
    await context.dispose();
  },
});

export { expect };

/** Signs in through the login screen. */
export async function signIn(page: Page, userName: string) {
  await page.goto('/login');
  await page.locator('#userName').fill(userName);
  await page.locator('#password').fill(password);
  await page.locator('button[type="submit"]').click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Direct API calls for the parts of a story a test does not drive through the UI. */
export class ApiHelper {
  private tokens = new Map<string, string>();

  constructor(private readonly context: APIRequestContext) {}

  async token(userName: string): Promise<string> {
    const cached = this.tokens.get(userName);
    if (cached) return cached;
    const response = await this.context.post('/api/auth/login', { data: { userName, password } });
    expect(response.status(), `login ${userName}`).toBe(200);
    const { accessToken } = (await response.json()) as { accessToken: string };
    this.tokens.set(userName, accessToken);
    return accessToken;
  }

  async send<T>(userName: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, data?: unknown, expected = [200, 201, 202]): Promise<T> {
    const response = await this.context.fetch(path, {
      method,
      headers: { Authorization: `Bearer ${await this.token(userName)}` },
      data,
    });
    const text = await response.text();
    expect(expected, `${method} ${path} → ${response.status()} ${text}`).toContain(response.status());
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async upload(userName: string, applicationId: string, kind: string, fileName: string, mimeType: string, buffer: Buffer) {
    const response = await this.context.post(`/api/applications/${applicationId}/materials`, {
      headers: { Authorization: `Bearer ${await this.token(userName)}` },
      multipart: { kind, file: { name: fileName, mimeType, buffer } },
    });
    expect(response.status(), `upload ${kind}: ${await response.text()}`).toBe(201);
  }
}
