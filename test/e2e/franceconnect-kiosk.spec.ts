// J3 "S'identifier avec FranceConnect" at the kiosk (« Me connecter à Mon Compte »), end to end through the sandbox
// simulator: the kiosk hands the browser to the back end's start URL, the simulator's pages do the provider choice and
// login, and back in
// the kiosk the one-time code is exchanged: a known person reaches the account space, an unknown one account creation
// with the état civil prefilled.
import type { Page } from '@playwright/test';
import { holdTheClearedScreen, releaseTheClock } from './support/cleared-screen';
import { expect, test } from './support/test';
import { expectNoAxeViolation, logout, openLogin, resetSandbox } from './support/login';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

async function throughFranceConnect(page: Page, provider: string, identity: RegExp) {
  await openLogin(page);
  await page.getByRole('button', { name: 'S’identifier avec FranceConnect' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Je choisis un compte pour me connecter sur Mon Compte' })).toBeVisible();
  await page.getByRole('link', { name: provider, exact: true }).click();
  await page.getByRole('button', { name: identity }).click();
  await page.getByRole('button', { name: 'Continuer sur Mon Compte' }).click();
}

test('a person with Mon Compte reaches the account space, and "Déconnexion" also ends the FranceConnect session', async ({ page, request }) => {
  const exchange = page.waitForResponse((r) => r.url().endsWith('/v1/franceconnect/exchange'));
  await throughFranceConnect(page, 'ameli.fr', /en tant que Véronique FONTAINE/);
  const { session } = (await (await exchange).json()) as { session: { token: string } };

  await expect(page.getByTestId('account-name')).toHaveText('VERONIQUE F.');
  // The one-time code does not stay in the address bar.
  expect(new URL(page.url()).hash).toBe('');
  await expect(page.getByText('le 25/05/2021')).toBeVisible();
  await expectNoAxeViolation(page);

  await logout(page);
  expect((await request.get('/v1/me', { headers: { Authorization: `Bearer ${session.token}` } })).status()).toBe(401);
});

test('the next visitor is asked who they are at FranceConnect, even when the previous one left without "Déconnexion"', async ({ page }) => {
  // A browser in web mode keeps FranceConnect's cookies from one visit to the next (Electron's per-visit partition
  // does not): without prompt=login, FranceConnect would hand the next visitor the previous one's identity.
  await throughFranceConnect(page, 'ameli.fr', /en tant que Véronique FONTAINE/);
  await expect(page.getByTestId('account-name')).toHaveText('VERONIQUE F.');
  // She walks away. The web bridge ends an inactive visit by reloading the page as `?cleared=inactivity` (storages
  // emptied, no FranceConnect logout on this path, cookies untouched): the same reload here.
  await holdTheClearedScreen(page);
  await page.goto('/?keyboard=off&cleared=inactivity');
  await page.getByRole('button', { name: 'Commencer' }).click();
  await releaseTheClock(page);
  await page.getByRole('button', { name: /Mon Compte/ }).click();
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('button', { name: 'S’identifier avec FranceConnect' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Je choisis un compte pour me connecter sur Mon Compte' })).toBeVisible();
  await expect(page.getByText(/VERONIQUE/i)).toHaveCount(0);
});

test('a person without Mon Compte goes to account creation with the état civil prefilled', async ({ page }) => {
  await throughFranceConnect(page, 'France Identité', /en tant que Ana Sofia PEREIRA/);
  await expect(page.getByLabel('Nom de naissance', { exact: true })).toHaveValue('PEREIRA');
  await expect(page.getByLabel(/^Nom d’usage/)).toHaveValue('MARTIN');
  await expect(page.getByLabel(/^Prénom\(s\)/)).toHaveValue(/Ana Sofia/i);
});

test('a visitor who cancels at FranceConnect is told so calmly and may log in otherwise', async ({ page }) => {
  await openLogin(page);
  await page.getByRole('button', { name: 'S’identifier avec FranceConnect' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Je choisis un compte pour me connecter sur Mon Compte' })).toBeVisible();
  await page.getByRole('button', { name: /^Annuler et revenir sur/ }).click();
  await expect(page.getByText('Vous avez annulé la connexion avec FranceConnect.')).toBeVisible();
  await expectNoAxeViolation(page);
  await page.getByRole('button', { name: 'Se connecter avec mon numéro de Sécurité sociale' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Me connecter à Mon Compte' })).toBeVisible();
});
