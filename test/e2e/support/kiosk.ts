/// <reference lib="dom" />
// Helpers of the kiosk's end-to-end journeys: typing through the on-screen keyboard, reading codes from the sandbox
// outbox, the accessibility checks every step must pass, and screenshots in both orientations.
import axe, { type AxeResults } from 'axe-core';
import { expect, test, type APIRequestContext, type Locator, type Page, type TestInfo } from '@playwright/test';

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

/**
 * axe-core's results for the current screen (or the part `include` selects), with the WCAG tags above. axe is put into
 * the page once per document and run there (`axe.run`); @axe-core/playwright's `analyze()` injected it again at every
 * scan and opened a second page to finish each one, which was half of the browser tests' CPU. The kiosk has no frames,
 * so nothing of what that second page is for applies here.
 */
export async function axeResults(page: Page, include?: string): Promise<AxeResults> {
  type WithAxe = { axe?: typeof axe };
  if (!(await page.evaluate(() => typeof (window as WithAxe).axe?.run === 'function'))) await page.evaluate(axe.source);
  return page.evaluate(
    ({ tags, selector }) =>
      (window as WithAxe).axe!.run(selector ? { include: [selector] } : document, {
        runOnly: { type: 'tag', values: tags },
        // Passes and incomplete results keep one node each: only the violations are read.
        resultTypes: ['violations'],
      }),
    { tags: wcagTags, selector: include },
  );
}

/** axe finds nothing on the current screen, as it is now (its language and modes). */
export async function expectNoAxeViolationAsIs(page: Page, mode = '', include?: string): Promise<void> {
  const results = await axeResults(page, include);
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, mode ? `axe in ${mode}` : 'axe').toEqual([]);
}

/**
 * With SWEEP_SCREENSHOTS=1 (by hand, not in CI: 8 more screenshots per scanned screen), each swept screen is also
 * shot as it is (French), in each swept combination and in French easy-read with large text (`shotOnlyModes`) at
 * 1080×1920 and 1920×1080, for a person to look at (test-results/…/swept-NN-<screen>-<mode>-<size>.png: one NN per
 * screen, so a contact sheet puts a screen's modes side by side).
 */
async function shootSweptMode(page: Page, mode: Preferences, screen: number): Promise<void> {
  const name = `swept-${String(screen).padStart(2, '0')}-${mode.language}${mode.easyRead ? '-facile' : ''}${mode.largeText ? '-large' : ''}${mode.highContrast ? '-contrast' : ''}`;
  test.info().setTimeout(test.info().timeout + 20_000);
  const original = page.viewportSize() ?? { width: 1920, height: 1080 };
  for (const size of [{ width: 1080, height: 1920 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: test.info().outputPath(`${name}-${size.width}x${size.height}.png`) });
  }
  await page.setViewportSize(original);
}
let sweptScreens = 0;

/**
 * At 1080 px wide (portrait, the narrowest), no step name of a stepper runs out of its column into the next one (in
 * large text, « الأشخاص » and « logement » did in equal columns), and a code's six boxes stay on one row (they
 * wrapped five and one), and the open on-screen keyboard's keys are 48 px wide or more (in large text its letters
 * were 38 px): all seen on the swept screenshots, 2 December 2026.
 */
async function expectLayoutFits(page: Page, mode: string): Promise<void> {
  const original = page.viewportSize() ?? { width: 1920, height: 1080 };
  await page.setViewportSize({ width: 1080, height: 1920 });
  try {
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.stepper__step')]
        .filter((step) => step.scrollWidth > step.clientWidth + 1)
        .map((step) => `"${(step.textContent ?? '').trim()}" ${step.scrollWidth} > ${step.clientWidth} px`),
    );
    expect(overflowing, `step names wider than their column in ${mode}`).toEqual([]);
    // A code's boxes on one row: split five and one, the code read as two.
    const splitCodes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.pin')]
        .map((pin) => [...pin.querySelectorAll<HTMLElement>('.pin__box')].map((box) => Math.round(box.getBoundingClientRect().top)))
        .filter((tops) => new Set(tops).size > 1)
        .map((tops) => tops.join(', ')),
    );
    expect(splitCodes, `a code's boxes on more than one row in ${mode}`).toEqual([]);
    // The on-screen keyboard's keys, when it is open, at least 48 px wide (expectLargeTargets does not see them: they
    // are simple-keyboard's divs, never focused).
    const narrowKeys = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-onscreen-keyboard] .hg-button')]
        .filter((key) => key.getClientRects().length > 0)
        .map((key) => ({ key: key.dataset.skbtn ?? '', width: Math.round(key.getBoundingClientRect().width) }))
        .filter(({ width }) => width < 48)
        .map(({ key, width }) => `${key} ${width} px`),
    );
    expect(narrowKeys, `on-screen keys narrower than 48 px in ${mode}`).toEqual([]);
    // Nor off the screen's edges (in large text the 17 accented letters ran « æ » off the right edge).
    const keysOffScreen = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-onscreen-keyboard] .hg-button')]
        .filter((key) => key.getClientRects().length > 0)
        .filter((key) => key.getBoundingClientRect().left < 0 || key.getBoundingClientRect().right > window.innerWidth)
        .map((key) => key.dataset.skbtn ?? ''),
    );
    expect(keysOffScreen, `on-screen keys off the screen in ${mode}`).toEqual([]);
    // A value to read or write down as one (`data-unbroken`: an identifier) on one line and within its box: in large
    // text « 2 09 0233 » ended a line and « 063 110 » began the next.
    const brokenValues = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-unbroken]')]
        .filter((value) => value.getClientRects().length > 0)
        .filter((value) => {
          const lines = new Set([...value.getClientRects()].map((r) => Math.round(r.top))).size;
          const box = value.parentElement!.getBoundingClientRect();
          const own = value.getBoundingClientRect();
          return lines > 1 || own.left < box.left - 1 || own.right > box.right + 1;
        })
        .map((value) => (value.textContent ?? '').trim()),
    );
    expect(brokenValues, `values split over two lines or out of their box in ${mode}`).toEqual([]);
  } finally {
    await page.setViewportSize(original);
  }
}

/**
 * Shot only (axe already covers their parts in `sweptModes`): French easy-read with large text, the longest words at
 * the largest size in the kiosk's first language, where text is likeliest to overflow.
 */
const shotOnlyModes: readonly Preferences[] = [{ language: 'fr', easyRead: true, largeText: true, highContrast: false }];

/** The visitor's display choices (renderer/src/app/preferences.ts). */
type Preferences = { language: 'fr' | 'en' | 'ar'; easyRead: boolean; largeText: boolean; highContrast: boolean };

/**
 * The combinations every scanned screen is also swept in: Arabic (right to left) with large text and high contrast,
 * English easy-read, and each mode alone in a left-to-right language (French with high contrast, English with large
 * text), so that a fault of one mode is not hidden, or caused, by another (issue 13: the combination alone was swept
 * until 2 December 2026). French easy-read is the same markup with French words.
 */
export const sweptModes: readonly Preferences[] = [
  { language: 'ar', easyRead: false, largeText: true, highContrast: true },
  { language: 'en', easyRead: true, largeText: false, highContrast: false },
  { language: 'fr', easyRead: false, largeText: false, highContrast: true },
  { language: 'en', easyRead: false, largeText: true, highContrast: false },
];

/** The visitor's display choices now, read from the preferences store. */
async function currentPreferences(page: Page): Promise<Preferences> {
  return page.evaluate(() => {
    type Store = Preferences;
    const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $pinia: { _s: Map<string, Store> } } } } }).__vue_app__;
    const store = app.config.globalProperties.$pinia._s.get('preferences')!;
    return { language: store.language, easyRead: store.easyRead, largeText: store.largeText, highContrast: store.highContrast };
  });
}

/**
 * Sets the visitor's display choices in place, as the header's buttons do, without touching the screen (a dialog may
 * be open over it), and returns the ones before. Reads the preferences store through the app's Pinia.
 */
async function setPreferences(page: Page, wanted: Preferences): Promise<Preferences> {
  const before = await page.evaluate(async (next) => {
    type Store = Preferences & { $patch: (p: Partial<Preferences>) => void };
    const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $pinia: { _s: Map<string, Store> } } } } }).__vue_app__;
    const store = app.config.globalProperties.$pinia._s.get('preferences')!;
    const previous = { language: store.language, easyRead: store.easyRead, largeText: store.largeText, highContrast: store.highContrast };
    store.$patch(next);
    // Vue renders on the next tick; two frames later the new words and styles are painted.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return previous;
  }, wanted);
  await expect(page.locator('html')).toHaveAttribute('lang', wanted.language);
  return before;
}

/**
 * axe finds nothing on the current screen in French (or as it is) and in every swept combination of language and
 * mode (`sweptModes`, with AXE_SWEEP=1); the screen is left in the language and modes it had. `include`: a CSS
 * selector to scan only that part (a dialog over the screen).
 */
export async function expectNoAxeViolation(page: Page, options: { include?: string } = {}): Promise<void> {
  const started = Date.now();
  await expectNoAxeViolationAsIs(page, '', options.include);
  // Only with AXE_SWEEP=1 (docs/accessibility.md): a whole run with it passed, but it more than doubles the browser
  // tests' time, beyond CI's budget.
  if (process.env.AXE_SWEEP !== '1') return;
  // The sweep costs about twice the French scan: the test's time grows by as much, so a loaded machine does not
  // turn the added scans into a timeout.
  test.info().setTimeout(test.info().timeout + 2 * (Date.now() - started) + 2_000);
  const shoot = Boolean(process.env.SWEEP_SCREENSHOTS);
  const screen = ++sweptScreens;
  if (shoot) await shootSweptMode(page, await currentPreferences(page), screen);
  for (const mode of [...sweptModes, ...(shoot ? shotOnlyModes : [])]) {
    const before = await setPreferences(page, mode);
    try {
      if (sweptModes.includes(mode)) await expectNoAxeViolationAsIs(page, JSON.stringify(mode), options.include);
      await expectLayoutFits(page, JSON.stringify(mode));
      if (shoot) await shootSweptMode(page, mode, screen);
    } finally {
      await setPreferences(page, before);
    }
  }
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

/**
 * Every text of `locator` is laid out left to right, as an identifier, a phone number or an e-mail address must be
 * inside an Arabic sentence: without an isolate of its own, « 1 60 0667 482 107 » showed as « 107 482 0667 60 1 ».
 */
export async function expectLeftToRight(locator: Locator): Promise<void> {
  const directions = await locator.evaluate((element) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.trim()) found.push(`${getComputedStyle(node.parentElement!).direction}: ${node.textContent.trim()}`);
    }
    return found;
  });
  expect(directions.length).toBeGreaterThan(0);
  expect(directions.filter((d) => !d.startsWith('ltr:'))).toEqual([]);
}
