// The idle guard in web mode (issue 6, "Inactivity"): short timings through the web bridge's query parameters. Where a
// test would otherwise wait out the WCAG 20 s warning or the cleared screen, Playwright's fake clock (page.clock,
// installed before the page loads, flowing with real time until told otherwise) jumps over it: the guard reads
// Date.now() on its 1 s interval, so a jump is seen at its next tick exactly as the elapsed time would be.
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { axeResults, expectNoAxeViolation } from './support/kiosk';
import { leftovers } from './support/leftovers';

const dialog = (page: Page) => page.getByRole('alertdialog', { name: 'Êtes-vous toujours là ?' });

async function startVisit(page: Page, query: string): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The first touch starts the visit: a fresh welcome screen has nothing to protect.
  await page.getByRole('heading', { level: 1 }).click();
}

test.describe('the idle guard', () => {
  test('warns with a visible countdown and focuses “Je suis toujours là”', async ({ page }) => {
    await startVisit(page, '?idle=1&warning=20');
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page)).toContainText(/L’écran va s’effacer dans (20|19|18) secondes/);
    await expect(page.getByRole('button', { name: 'Je suis toujours là' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Terminer et tout effacer' })).toBeVisible();
    const first = await dialog(page).textContent();
    await expect(dialog(page)).not.toHaveText(first ?? '', { timeout: 3000 });
  });

  test('has no accessibility violation that axe can find in the dialog', async ({ page }) => {
    // A long warning: the three scans (French, then the swept languages and modes) must end before the visit does.
    await startVisit(page, '?idle=1&warning=120');
    await expect(dialog(page)).toBeVisible();
    await expectNoAxeViolation(page, { include: '[role="alertdialog"]' });
  });

  test('“Je suis toujours là” extends the visit, at least ten times in a row (WCAG 2.2.1)', async ({ page }) => {
    await page.clock.install();
    await startVisit(page, '?idle=1&warning=20');
    await page.evaluate(() => sessionStorage.setItem('probe', 'kept while the visit lasts'));
    for (let i = 0; i < 10; i++) {
      await page.clock.fastForward(1_500);
      await expect(dialog(page)).toBeVisible();
      await page.getByRole('button', { name: 'Je suis toujours là' }).click();
      await expect(dialog(page)).toBeHidden();
    }
    expect(await page.evaluate(() => sessionStorage.getItem('probe'))).toBe('kept while the visit lasts');
  });

  test('ends the visit when the countdown runs out: cleared screen, then a clean welcome screen', async ({ page }) => {
    await page.clock.install();
    await startVisit(page, '?idle=1&warning=20');
    await page.evaluate(() => {
      sessionStorage.setItem('draft', 'DUPONT');
      localStorage.setItem('left', 'behind');
    });
    await expect(dialog(page)).toBeVisible();
    // Not yet at 19 s of the 20: the visit is still there.
    await page.clock.fastForward(18_000);
    await expect(dialog(page)).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.getItem('draft'))).toBe('DUPONT');
    await page.clock.fastForward(3_000);
    await expect(page.getByRole('heading', { name: 'Vos informations ont été effacées' })).toBeVisible();
    await expect(page.getByText('L’écran n’a pas été touché depuis un moment.')).toBeVisible();
    await page.clock.fastForward(3_000);
    await expect(page.getByRole('heading', { name: 'Bienvenue à la Caf' })).toBeVisible();
    expect(await leftovers(page)).toEqual([]);
    expect(new URL(page.url()).searchParams.has('cleared')).toBe(false);
    expect(new URL(page.url()).searchParams.get('idle')).toBe('1');
  });

  test('“Terminer et tout effacer” ends the visit at once', async ({ page }) => {
    await page.clock.install();
    await startVisit(page, '?idle=1&warning=20');
    await expect(dialog(page)).toBeVisible();
    // The page's time stands still from here, through the reload that ends the visit: the cleared screen's 3 s cannot
    // pass before the test has read it on a loaded machine.
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
    await page.getByRole('button', { name: 'Terminer et tout effacer' }).click();
    await expect(page.getByRole('heading', { name: 'Vos informations ont été effacées' })).toBeVisible();
    // The visitor asked for it: no sentence about a screen left untouched.
    await expect(page.getByText('L’écran n’a pas été touché depuis un moment.')).toHaveCount(0);
  });

  test('“Commencer” on the cleared screen shows the welcome screen without waiting', async ({ page }) => {
    await page.clock.install();
    await startVisit(page, '?idle=1&warning=20');
    await expect(dialog(page)).toBeVisible();
    // From here the page's time stands still, through the reload that ends the visit: the welcome screen that follows
    // "Commencer" cannot be the cleared screen's own 3 s running out.
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
    await page.getByRole('button', { name: 'Terminer et tout effacer' }).click();
    await expect(page.getByRole('status')).toContainText('La borne est prête pour la personne suivante.');
    await expect(page.getByRole('heading', { name: 'Vos informations ont été effacées' })).toBeVisible();
    // axe waits on the page's timers, which stand still: while axe scans, the test moves the page's time by 10 ms
    // after each 50 ms of real time, never as far as the cleared screen's 3 s, so the screen scanned is the cleared one
    // however slow the machine (2.5 s of page time is 12.5 s of real time at least).
    let scanned = false;
    const scan = axeResults(page).finally(() => (scanned = true));
    for (let elapsed = 0; !scanned && elapsed < 2_500; elapsed += 10) {
      await Promise.race([scan, new Promise((resolve) => setTimeout(resolve, 50))]);
      if (!scanned) await page.clock.runFor(10);
    }
    expect(scanned, 'axe finished within 2.5 s of the page time, before the cleared screen passes').toBe(true);
    expect((await scan).violations).toEqual([]);
    await expect(page.getByRole('heading', { name: 'Vos informations ont été effacées' })).toBeVisible();
    await page.getByRole('button', { name: 'Commencer' }).click();
    await expect(page.getByRole('heading', { name: 'Bienvenue à la Caf' })).toBeVisible();
  });

  test('never warns on a welcome screen nobody touched', async ({ page }) => {
    await page.clock.install();
    await page.goto('/?idle=1&warning=20');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // A negative check: nothing may appear within many times the idle time (the guard's interval ticks in between).
    for (let i = 0; i < 5; i++) await page.clock.fastForward(1_000);
    await page.clock.fastForward(60_000);
    await page.clock.fastForward(1_000);
    await expect(dialog(page)).toHaveCount(0);
  });
});
