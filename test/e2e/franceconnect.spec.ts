// FranceConnect through the sandbox simulator in a real browser (web mode): the kiosk's origin starts the flow, the
// simulator's pages are driven by role and name, the browser comes back to the kiosk with a one-time code that the
// back end exchanges for a session. The kiosk screens themselves come with the renderer's FranceConnect journey.
import { createHash, randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoAxeViolationAsIs } from './support/kiosk';

// The simulator's pages are the back end's, not the kiosk's: axe scans them as they are (no language or mode to sweep).
const noAxeViolation = (page: Page) => expectNoAxeViolationAsIs(page);

function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    // A blocked script, style or form is reported as "Refused to … because it violates … Content Security Policy".
    if (/Refused to .*Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

// These tests read the one-time code themselves, so the browser must come back to a page of the origin that is not the
// kiosk app (the app exchanges the code at once and clears the fragment: test/e2e/franceconnect-kiosk.spec.ts).
const notTheApp = (baseURL: string | undefined) => `${baseURL}/v1/health`;
// What the kiosk does for each login (renderer/src/features/franceconnect/kiosk-proof.ts): it keeps a verifier and
// sends its challenge at /start; the one-time code is exchanged only with that verifier.
const verifier = randomBytes(32).toString('base64url');
const challenge = createHash('sha256').update(verifier).digest('base64url');
const startUrl = (returnTo: string) => `/v1/franceconnect/start?returnTo=${encodeURIComponent(returnTo)}&challenge=${challenge}`;

test.describe('FranceConnect (sandbox simulator)', () => {
  test('leads a visitor from the provider choice to an open Mon Compte session', async ({ page, baseURL }) => {
    const csp = watchCsp(page);
    await page.goto(startUrl(notTheApp(baseURL)));

    await expect(page.getByRole('heading', { level: 1, name: 'Je choisis un compte pour me connecter sur Mon Compte' })).toBeVisible();
    for (const name of ['impots.gouv.fr', 'ameli.fr', "L'Identité Numérique La Poste", 'MSA', 'Yris', 'France Identité']) {
      const link = page.getByRole('link', { name, exact: true });
      await expect(link).toBeVisible();
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(64); // large touch targets
    }
    await noAxeViolation(page);

    await page.getByRole('link', { name: 'ameli.fr', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Je me connecte avec mon compte ameli.fr' })).toBeVisible();
    await page.getByLabel('Numéro de sécurité sociale').fill('2780506088101');
    await page.getByLabel('Mot de passe').fill('mauvais');
    await page.getByRole('button', { name: 'Me connecter', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('Identifiant ou mot de passe incorrect.');
    await noAxeViolation(page);

    await page.getByRole('button', { name: /Me connecter en tant que Véronique FONTAINE/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /connecté\(e\) en tant que Véronique FONTAINE/ })).toBeVisible();
    await noAxeViolation(page);
    await page.getByRole('button', { name: 'Continuer sur Mon Compte' }).click();

    await page.waitForURL((url) => url.origin === new URL(baseURL!).origin && url.hash.startsWith('#franceconnect_code='));
    const code = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('franceconnect_code')!;
    const exchanged = await page.request.post('/v1/franceconnect/exchange', { data: { code, verifier } });
    expect(exchanged.status()).toBe(200);
    const { kind, session } = await exchanged.json();
    expect(kind).toBe('session');
    const me = await page.request.get('/v1/me', { headers: { authorization: `Bearer ${session.token}` } });
    expect((await me.json()).nomNaissance).toBe('FONTAINE');

    // Déconnexion chained with FranceConnect's logout: logout.js submits FranceConnect's form, no click needed.
    const logout = await page.request.post('/v1/franceconnect/logout', {
      headers: { authorization: `Bearer ${session.token}` },
      data: { returnTo: notTheApp(baseURL) },
    });
    const { endSessionUrl } = await logout.json();
    await page.goto(endSessionUrl);
    await page.waitForURL((url) => url.hash === '#franceconnect_logout=done');
    expect((await page.request.get('/v1/me', { headers: { authorization: `Bearer ${session.token}` } })).status()).toBe(401);
    expect(csp).toEqual([]);
  });

  test('brings a person without Mon Compte back with the état civil to prefill', async ({ page, baseURL }) => {
    await page.goto(startUrl(notTheApp(baseURL)));
    await page.getByRole('link', { name: 'France Identité', exact: true }).click();
    await page.getByRole('button', { name: /en tant que Ana Sofia PEREIRA/ }).click();
    await page.getByRole('button', { name: 'Continuer sur Mon Compte' }).click();
    await page.waitForURL((url) => url.hash.startsWith('#franceconnect_code='));
    const code = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('franceconnect_code')!;
    const result = await (await page.request.post('/v1/franceconnect/exchange', { data: { code, verifier } })).json();
    expect(result).toMatchObject({ kind: 'create-account', prefill: { nomNaissance: 'PEREIRA', nomUsage: 'MARTIN', lieuNaissance: { kind: 'etranger', pays: '99139' } } });
  });

  test('tells the kiosk when the visitor cancels', async ({ page, baseURL }) => {
    await page.goto(startUrl(`${baseURL}/`));
    await page.getByRole('button', { name: 'Annuler et revenir sur Mon Compte' }).click();
    await page.waitForURL((url) => url.hash === '#franceconnect_error=franceconnect.cancelled');
  });
});
