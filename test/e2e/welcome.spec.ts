import { expectNoAxeViolation } from './support/kiosk';
import { expect, test } from './support/test';

test.describe('the welcome screen', () => {
  test('offers the visit entry points by role and name', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: /Faire une demande de prestation/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /Mon Compte/ })).toBeVisible();
  });

  test('has no accessibility violation that axe can find', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolation(page);
  });
});
