/// <reference lib="dom" />
// Helpers of the kiosk's end-to-end journeys: typing through the on-screen keyboard, reading codes from the sandbox
// outbox, the accessibility checks every step must pass, and screenshots in both orientations.
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Types `text` by touching the on-screen keyboard's keys (Shift for capitals), as a visitor would. */
export async function typeOnScreen(page: Page, text: string): Promise<void> {
  const keyboard = page.locator('[data-onscreen-keyboard]');
  await expect(keyboard).toBeVisible();
  let shifted = false;
  for (const char of text) {
    const key = (value: string) => keyboard.locator(`.hg-button[data-skbtn="${value.replace(/"/g, '\\"')}"]`).first();
    const direct = char === ' ' ? key('{space}') : key(char);
    if ((await direct.count()) > 0 && (await direct.isVisible())) {
      await direct.click();
      continue;
    }
    // Not on this layer: the other AZERTY layer has it.
    await key('{shift}').click();
    shifted = !shifted;
    await key(char).click();
    await key('{shift}').click();
    shifted = !shifted;
  }
  expect(shifted).toBe(false);
}

export async function backspaceOnScreen(page: Page, times = 1): Promise<void> {
  for (let i = 0; i < times; i += 1) await page.locator('[data-onscreen-keyboard] .hg-button[data-skbtn="{bksp}"]').click();
}

/** The newest code the sandbox "sent" to this address (GET /sandbox/outbox?to=). */
export async function latestCode(request: APIRequestContext, to: string, previous?: string): Promise<string> {
  let code: string | null = null;
  await expect(async () => {
    const response = await request.get(`/sandbox/outbox?to=${encodeURIComponent(to)}`);
    expect(response.ok()).toBe(true);
    const body = (await response.json()) as { messages: Array<{ code: string | null }> };
    code = body.messages[0]?.code ?? null;
    expect(code).not.toBeNull();
    if (previous) expect(code).not.toBe(previous);
  }).toPass({ timeout: 10_000 });
  return code as unknown as string;
}

/** axe finds nothing on the current screen. */
export async function expectNoAxeViolation(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Every visible interactive element measures at least 48×48 CSS px (issue 4; axe only checks 24). */
export async function expectLargeTargets(page: Page, min = 48): Promise<void> {
  const small = await page.evaluate((minimum) => {
    const selector = 'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="radio"], [role="checkbox"], [role="combobox"], [role="option"], [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => !el.closest('[aria-hidden="true"]') && el.getClientRects().length > 0)
      .filter((el) => getComputedStyle(el).visibility !== 'hidden')
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 1 && r.height > 1 && (r.width < minimum || r.height < minimum))
      .map(({ el, r }) => `${el.tagName.toLowerCase()}#${el.id}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
  }, min);
  expect(small).toEqual([]);
}

/** Screenshots of the screen in landscape (1920×1080) and portrait (1080×1920), kept as test artefacts. */
export async function shootBothOrientations(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const original = page.viewportSize() ?? { width: 1920, height: 1080 };
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: testInfo.outputPath(`${name}-landscape.png`), fullPage: true });
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.screenshot({ path: testInfo.outputPath(`${name}-portrait.png`), fullPage: true });
  await page.setViewportSize(original);
}

/** The checks every step of a journey passes: axe, target sizes, and its screenshots. */
export async function checkStep(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await expectNoAxeViolation(page);
  await expectLargeTargets(page);
  await shootBothOrientations(page, testInfo, name);
}
