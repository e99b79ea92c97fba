// The idle guard in web mode (issue 6, "Inactivity"): short timings through the web bridge's query parameters.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
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
    await startVisit(page, '?idle=1&warning=20');
    await expect(dialog(page)).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('[role="alertdialog"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations).toEqual([]);
  });

  test('“Je suis toujours là” extends the visit, at least ten times in a row (WCAG 2.2.1)', async ({ page }) => {
    await startVisit(page, '?idle=1&warning=20');
    await page.evaluate(() => sessionStorage.setItem('probe', 'kept while the visit lasts'));
    for (let i = 0; i < 10; i++) {
      await expect(dialog(page)).toBeVisible();
      await page.getByRole('button', { name: 'Je suis toujours là' }).click();
      await expect(dialog(page)).toBeHidden();
    }
    expect(await page.evaluate(() => sessionStorage.getItem('probe'))).toBe('kept while the visit lasts');
  });

  test('ends the visit when the countdown runs out: cleared screen, then a clean welcome screen', async ({ page }) => {
    test.setTimeout(90_000);
    await startVisit(page, '?idle=1&warning=20');
    await page.evaluate(() => {
      sessionStorage.setItem('draft', 'DUPONT');
      localStorage.setItem('left', 'behind');
    });
    await expect(dialog(page)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Vos informations ont été effacées' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('L’écran n’a pas été touché depuis un moment.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Bienvenue à la Caf' })).toBeVisible({ timeout: 10_000 });
    expect(await leftovers(page)).toEqual([]);
    expect(new URL(page.url()).searchParams.has('cleared')).toBe(false);
    expect(new URL(page.url()).searchParams.get('idle')).toBe('1');
  });

  test('“Terminer et tout effacer” ends the visit at once', async ({ page }) => {
    await startVisit(page, '?idle=1&warning=20');
    await page.getByRole('button', { name: 'Terminer et tout effacer' }).click();
    await expect(page.getByRole('heading', { name: 'Vos informations ont été effacées' })).toBeVisible();
    // The visitor asked for it: no sentence about a screen left untouched.
    await expect(page.getByText('L’écran n’a pas été touché depuis un moment.')).toHaveCount(0);
  });

  test('“Commencer” on the cleared screen shows the welcome screen without waiting', async ({ page }) => {
    await startVisit(page, '?idle=1&warning=20');
    await page.getByRole('button', { name: 'Terminer et tout effacer' }).click();
    await expect(page.getByRole('status')).toContainText('La borne est prête pour la personne suivante.');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations).toEqual([]);
    await page.getByRole('button', { name: 'Commencer' }).click();
    // Well before the cleared screen's own 3 s.
    await expect(page.getByRole('heading', { name: 'Bienvenue à la Caf' })).toBeVisible({ timeout: 1000 });
  });

  test('never warns on a welcome screen nobody touched', async ({ page }) => {
    await page.goto('/?idle=1&warning=20');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(2500); // a negative check: nothing may appear within more than twice the idle time
    await expect(dialog(page)).toHaveCount(0);
  });
});
