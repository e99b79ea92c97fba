// Printing from the account space (issue 6, "Printing"): an attestation goes to the printer and the screen says so; a
// kiosk whose print fails says so too, and the document stays on screen. In web mode the browser's print stands in
// for main's silent print, and `?printer=off` stands for a kiosk whose printer is missing.
import { expect, test } from './support/test';
import { login, resetSandbox, VERONIQUE } from './support/login';
import type { Page } from '@playwright/test';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

async function openAttestation(page: Page, query: string): Promise<void> {
  await page.goto(`/?keyboard=off${query}`);
  await page.getByRole('button', { name: /Mon Compte/ }).click();
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await login(page, VERONIQUE.nir, VERONIQUE.password);
  await page.getByRole('button', { name: 'Mes attestations' }).click();
  await page.getByRole('button', { name: 'Lire : Attestation de paiement' }).click();
  await expect(page.getByText('Montant : 58,00 €.')).toBeVisible();
}

test('an attestation is printed and the screen says so', async ({ page }) => {
  await openAttestation(page, '');
  await page.getByRole('button', { name: 'Imprimer' }).click();
  await expect(page.getByText('Le document a été envoyé à l’imprimante de la borne.')).toBeVisible();
});

test('a print that fails says so, and the attestation stays on screen', async ({ page }) => {
  await openAttestation(page, '&printer=off');
  await page.getByRole('button', { name: 'Imprimer' }).click();
  await expect(page.getByText('L’impression n’a pas pu se faire. Demandez de l’aide à un agent de l’accueil.')).toBeVisible();
  await expect(page.getByText('Montant : 58,00 €.')).toBeVisible();
});
