import { expect, test } from '../fixtures';

/*
 * One language at a time: a refused sign-in reads wholly Chinese in Chinese and wholly English in English. The server
 * answers in the language the Studio asks for (Accept-Language) and the Studio renders the message from its code.
 */
for (const [language, title, detail] of [
  ['zh-CN', '登录失败', '用户名或密码错误'],
  ['en', 'Sign-in failed', 'Wrong user name or password'],
] as const) {
  test(`a refused sign-in is explained in ${language} only`, async ({ page }, testInfo) => {
    await page.addInitScript((lang) => localStorage.setItem('studio.lang', lang), language);
    await page.goto('/login');
    await page.locator('#userName').fill('reviewer1');
    await page.locator('#password').fill('not-the-password');
    await page.locator('button[type="submit"]').click();

    const alert = page.locator('.ant-alert-error');
    await expect(alert).toContainText(title);
    await expect(alert).toContainText(detail);
    const text = (await alert.innerText()).trim();
    expect(/[\u3400-\u9fff]/.test(text), text).toBe(language === 'zh-CN');
    expect(/[A-Za-z]{3,}/.test(text), text).toBe(language === 'en');
    await page.screenshot({ path: testInfo.outputPath(`login-error-${language}.png`), fullPage: true });
  });
}
