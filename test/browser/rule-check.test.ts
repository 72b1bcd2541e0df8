/**
 * The rule-check page in a real browser: the coordinator tries an on-site inspection of a C-grade
 * enterprise inside its quiet period, sees R6 block it with the clause, and applies the suggested date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, signIn, startBrowserEnv, type BrowserEnv } from '../helpers/browser.ts';

interface EnterprisePage {
  items: { uscc: string; name: string; grade: string | null }[];
}

describe.skipIf(chromiumMissing)('rule check page in Chromium', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(() => env?.close());

  it('blocks a C-grade on-site inspection on 2026-03-23 by R6 and offers 2026-04-01', async () => {
    const page = await env.newPage();
    await signIn(page, env.baseUrl, 'coordinator');
    await page.getByTestId('nav-rule-check').click();
    await page.getByTestId('rule-check-form').waitFor();
    await page.getByTestId('rule-check-empty').waitFor();

    // a C-grade demo enterprise, from the same register the page searches
    const response = await page.request.get(`${env.baseUrl}/api/v1/enterprises?grade=C&limit=1`);
    const enterprise = ((await response.json()) as EnterprisePage).items[0];
    expect(enterprise.grade).toBe('C');

    await page.getByTestId('rc-enterprise').click();
    await page.keyboard.type(enterprise.uscc);
    await page.getByTestId(`enterprise-option-${enterprise.uscc}`).click();

    await page.getByTestId('rc-department').click();
    await page.keyboard.type('市场监督管理局');
    await page.keyboard.press('Enter');

    await page.getByTestId('rc-items').click();
    // the department's first item (options read "<code> <name>")
    await page.locator('.ant-select-item-option[title^="scjg-"]').first().click();
    await page.keyboard.press('Escape');

    await page.getByTestId('rc-date').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026-03-23');
    await page.keyboard.press('Enter');

    // the answer comes as the form is filled, without a submit button
    await page.locator('[data-testid="rule-check-result"][data-date="2026-03-23"]:not([data-loading])').waitFor();
    const verdict = page.getByTestId('rule-check-verdict');
    await expect(verdict.getAttribute('data-verdict')).resolves.toBe('block');
    await expect(verdict.textContent()).resolves.toContain('禁止');

    const r6 = page.getByTestId('finding-R6');
    await expect(r6.getAttribute('data-verdict')).resolves.toBe('block');
    const r6Text = await r6.textContent();
    expect(r6Text).toContain('企业安静期');
    expect(r6Text).toContain('Y24 二(三)');
    expect(r6Text).toContain('2026-04-01');

    const earliest = page.getByTestId('earliest-date');
    await expect(earliest.getAttribute('data-date')).resolves.toBe('2026-04-01');
    await expect(earliest.textContent()).resolves.toContain('2026-04-01');

    // applying the suggestion re-checks the new date: R6 no longer blocks
    await page.getByTestId('apply-earliest').click();
    await page.locator('[data-testid="rule-check-result"][data-date="2026-04-01"]:not([data-loading])').waitFor();
    await expect(page.getByTestId('rule-check-verdict').getAttribute('data-verdict')).resolves.not.toBe('block');
    await expect(page.getByTestId('rc-date').inputValue()).resolves.toBe('2026-04-01');
    await expect(page.getByTestId('finding-R6').getAttribute('data-verdict')).resolves.not.toBe('block');
    await page.context().close();
  });
});
