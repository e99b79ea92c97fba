// J2 "Me connecter à Mon Compte" and J4 the account space (issue 5; « Me connecter à Mon Compte » and « Comment je fais
// pour me connecter … sur mon mobile ? »), in Chromium against the sandbox back end.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareKioskProfile } from '../../scripts/kiosk-launch.mjs';
import { holdTheClearedScreen, releaseTheClock } from './support/cleared-screen';
import { expect, test } from './support/test';
import { createProvisionalAccount, expectNoAxeViolation, login, logout, openLogin, resetSandbox, VERONIQUE } from './support/login';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

test.describe('logging in', () => {
  test('by the NIR opens the account space with the seed allocataire’s name, last payment and links', async ({ page }) => {
    await openLogin(page);
    await expectNoAxeViolation(page);
    await login(page, VERONIQUE.nir, VERONIQUE.password);

    await expect(page.getByRole('heading', { level: 1, name: 'Mon Compte' })).toBeVisible();
    await expect(page.getByTestId('account-name')).toHaveText('VERONIQUE F.');
    await expect(page.getByText('le 25/05/2021')).toBeVisible();
    await expect(page.getByTestId('last-payment-amount')).toHaveText(/^58\s€\*$/);
    await expect(page.getByText('* Versé à un tiers')).toBeVisible();
    for (const name of ['Voir le détail de mes allocations', 'Mon relevé de compte PDF', 'Mes attestations', 'Mes courriers, courriels', 'Déconnexion']) {
      await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    }
    await expectNoAxeViolation(page);
  });

  test('by a provisional identifier, after ticking "J’ai un identifiant provisoire"', async ({ page, request }) => {
    const identifier = await createProvisionalAccount(request, 'Provisoire2026');
    await openLogin(page);
    await page.getByRole('checkbox', { name: 'J’ai un identifiant provisoire' }).click();
    // The provisional identifier is checked on its own rules (its key), not the NIR's.
    await page.getByLabel('Identifiant provisoire', { exact: true }).fill(`${identifier.slice(0, 12)}${(Number(identifier[12]) + 1) % 10}`);
    await page.getByLabel('Mot de passe', { exact: true }).fill('Provisoire2026');
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await expect(page.getByRole('link', { name: /L’identifiant provisoire est incorrect/ })).toBeVisible();
    await expectNoAxeViolation(page);

    await page.getByLabel('Identifiant provisoire', { exact: true }).fill(identifier);
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await expect(page.getByTestId('account-name')).toHaveText('LINH N.');
    // "Mes informations personnelles" groups it as the récapitulatif of the account creation does: 9 XXXX XXXX XXXX.
    await expect(page.getByTestId('personal-identifier')).toContainText(`${identifier[0]} ${identifier.slice(1, 5)} ${identifier.slice(5, 9)} ${identifier.slice(9)}`);
  });

  test('with a wrong password says so calmly, without saying which part was wrong, and keeps the identifier', async ({ page }) => {
    await openLogin(page);
    await login(page, VERONIQUE.nir, 'Wrong2021pass');
    await expect(page.getByText('Il y a un problème')).toHaveCount(0);
    const alert = page.getByRole('alert').filter({ hasText: 'L’identifiant ou le mot de passe est incorrect' });
    await expect(alert).toBeVisible();
    await expect(page.getByLabel('Numéro de Sécurité sociale', { exact: true })).toHaveValue(VERONIQUE.nir);
    await expect(page.getByLabel('Mot de passe', { exact: true })).toHaveValue('');

    // An identifier nobody has gets exactly the same words (no enumeration).
    await login(page, '1850575056123', 'Wrong2021pass');
    await expect(page.getByLabel('Mot de passe', { exact: true })).toHaveValue('');
    await expect(alert).toBeVisible();
    await expectNoAxeViolation(page);
  });

  test('refused five times in a row is locked, the right password too, the screen says what to do next, and the lock ends', async ({ page, request }) => {
    await openLogin(page);
    for (let i = 0; i < 4; i += 1) {
      await login(page, VERONIQUE.nir, `Wrong${i}pass2021`);
      // The refused password is emptied once the answer is in (the previous attempt's message is still on screen).
      await expect(page.getByLabel('Mot de passe', { exact: true })).toHaveValue('');
      await expect(page.getByRole('alert').filter({ hasText: 'L’identifiant ou le mot de passe est incorrect' })).toBeVisible();
    }
    // The fifth failure locks the identifier (backend/src/services/throttle.ts); even the right password then waits.
    await login(page, VERONIQUE.nir, 'Wrong4pass2021');
    await expect(page.getByRole('heading', { name: 'Trop d’essais' })).toBeVisible();
    await login(page, VERONIQUE.nir, VERONIQUE.password);
    await expect(page.getByRole('heading', { name: 'Trop d’essais' })).toBeVisible();
    await expect(page.getByTestId('account-name')).toHaveCount(0);
    await expect(page.getByText(/Vous pourrez réessayer dans \d+ minute/)).toBeVisible();
    await expect(page.getByText('vous pouvez choisir un nouveau mot de passe avec « Mot de passe oublié ? »')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Me connecter à Mon Compte' })).toBeVisible();
    await expectNoAxeViolation(page);

    // Once the minute of the first lock is over (the sandbox's clock moved past it), the right password opens the space.
    expect((await request.post('/sandbox/clock', { data: { advanceSeconds: 60 } })).status()).toBe(200);
    await login(page, VERONIQUE.nir, VERONIQUE.password);
    await expect(page.getByTestId('account-name')).toHaveText('VERONIQUE F.');
  });

  test('checks the NIR before asking the back end', async ({ page }) => {
    await openLogin(page);
    let calls = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/v1/sessions') && r.method() === 'POST') calls += 1;
    });
    await login(page, '278050608', VERONIQUE.password);
    await expect(page.getByRole('link', { name: 'Le numéro de Sécurité sociale doit comporter 13 caractères' })).toBeVisible();
    await expect(page.getByTestId('allocataire-number-explanation')).toHaveCount(0);
    // Seed 004: the former identifier, the allocataire number, gets "AVANT / MAINTENANT" instead of a length error.
    await login(page, '1234567', VERONIQUE.password);
    await expect(page.getByRole('link', { name: /C’est un numéro allocataire/ })).toBeVisible();
    const explanation = page.getByTestId('allocataire-number-explanation');
    await expect(explanation.getByRole('heading', { name: 'Vous avez saisi votre numéro allocataire' })).toBeVisible();
    await expect(explanation).toContainText('MAINTENANT, je me connecte avec :');
    expect(calls).toBe(0);
    // Seed 003: where to ask for a lost NIR.
    const lostNir = page.getByRole('button', { name: 'J’ai perdu mon numéro de Sécurité sociale' });
    await expect(lostNir).toHaveAttribute('aria-expanded', 'false');
    await lostNir.click();
    await expect(lostNir).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByText(/à l’accueil de la Caf, en présentant ma pièce d’identité et une pièce d’état civil/)).toBeVisible();
    await expectNoAxeViolation(page);
  });

  test('keeps what was typed and offers "Réessayer" when the back end does not answer', async ({ page }) => {
    await openLogin(page);
    await page.route('**/v1/sessions', (route) => route.abort('connectionrefused'));
    await login(page, VERONIQUE.nir, VERONIQUE.password);
    await expect(page.getByText('Le service Mon Compte ne répond pas pour le moment')).toBeVisible();
    await expect(page.getByLabel('Numéro de Sécurité sociale', { exact: true })).toHaveValue(VERONIQUE.nir);
    await expect(page.getByLabel('Mot de passe', { exact: true })).toHaveValue(VERONIQUE.password);
    await page.unroute('**/v1/sessions');
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await expect(page.getByTestId('account-name')).toHaveText('VERONIQUE F.');
  });
});

test.describe('the account space', () => {
  test('shows the allocations, the relevé, the attestations and the courriers of the seed household', async ({ page }) => {
    await openLogin(page);
    await login(page, VERONIQUE.nir, VERONIQUE.password);

    await page.getByRole('button', { name: 'Voir le détail de mes allocations' }).click();
    await expect(page.getByRole('heading', { name: 'Aide personnalisée au logement (Apl)' })).toBeVisible();
    await expect(page.getByText(/58\s€ par mois/)).toBeVisible();
    await expectNoAxeViolation(page);
    await page.getByRole('button', { name: 'Retour à mon compte' }).click();

    await page.getByRole('button', { name: 'Mon relevé de compte PDF' }).click();
    await expect(page.getByRole('cell', { name: '25/05/2021' })).toBeVisible();
    await expect(page.getByRole('cell', { name: '26/04/2021' })).toBeVisible();
    await expectNoAxeViolation(page);
    await page.getByRole('button', { name: 'Retour à mon compte' }).click();

    await page.getByRole('button', { name: 'Mes attestations' }).click();
    await expect(page.getByRole('heading', { name: 'Attestation de quotient familial' })).toBeVisible();
    await page.getByRole('button', { name: 'Lire : Attestation de paiement' }).click();
    await expect(page.getByText('Montant : 58,00 €.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
    await expectNoAxeViolation(page);
    await page.getByRole('button', { name: 'Retour à mon compte' }).click();

    await page.getByRole('button', { name: 'Mes courriers, courriels' }).click();
    await page.getByRole('button', { name: /^Lire : Votre droit à l.aide au logement$/ }).click();
    await expect(page.getByText('Votre droit à l\'aide personnalisée au logement est maintenu à compter du 1er mai 2021.')).toBeVisible();
    await expectNoAxeViolation(page);
  });

  test('offers a conjoint without autorisation de gestion only their personal data', async ({ page }) => {
    await openLogin(page);
    await login(page, '1830433063106', 'Karim2021Benali');
    await expect(page.getByTestId('account-name')).toHaveText('KARIM B.');
    await expect(page.getByRole('heading', { name: 'Mes informations personnelles' })).toBeVisible();
    // The whole état civil the Caf holds and every contact (« Depuis ce 9/10/2021, la connexion … est facilitée »:
    // "s'apercevoir de toute erreur").
    await expect(page.getByTestId('personal-identifier')).toContainText('1 83 0433 063 106');
    const etatCivil = page.getByTestId('etat-civil');
    for (const fact of ['Monsieur', 'BENALI', 'KARIM', '17/04/1983', 'BORDEAUX (33)']) await expect(etatCivil).toContainText(fact);
    await expect(page.getByTestId('personal-contact')).toContainText('06 12 34 56 06');
    await expect(page.getByRole('button', { name: 'Mes attestations' })).toHaveCount(0);
    await expect(page.getByText('Mon dernier paiement')).toHaveCount(0);
  });

  test('"Déconnexion" goes back to the welcome screen and the old token is refused by the back end', async ({ page, request }) => {
    await openLogin(page);
    const loginResponse = page.waitForResponse((r) => r.url().endsWith('/v1/sessions') && r.request().method() === 'POST');
    await login(page, VERONIQUE.nir, VERONIQUE.password);
    const { token } = (await (await loginResponse).json()) as { token: string };
    await expect(page.getByTestId('account-name')).toHaveText('VERONIQUE F.');
    expect((await request.get('/v1/me', { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(200);

    await logout(page);
    await expect(page.getByText('VERONIQUE')).toHaveCount(0);
    expect((await request.get('/v1/me', { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);

    // Nothing of her is left to the next visitor: the login screen is empty again.
    await page.getByRole('button', { name: /Mon Compte/ }).click();
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByLabel('Numéro de Sécurité sociale', { exact: true })).toHaveValue('');
  });

  test('a session the back end ended during the visit ends the visit, and nothing of the account stays', async ({ page, request }) => {
    await openLogin(page);
    await login(page, VERONIQUE.nir, VERONIQUE.password);
    await expect(page.getByTestId('account-name')).toHaveText('VERONIQUE F.');
    // The back end's 15 idle minutes pass (its clock moves; the kiosk's own idle guard is not involved).
    expect((await request.post('/sandbox/clock', { data: { advanceSeconds: 15 * 60 + 1 } })).status()).toBe(200);
    await holdTheClearedScreen(page);
    await page.getByRole('button', { name: 'Mon relevé de compte PDF' }).click();
    await expect(page.getByRole('heading', { name: 'Vos informations ont été effacées' })).toBeVisible();
    await expect(page.getByText('Votre session Mon Compte a pris fin. Vous pouvez vous connecter à nouveau.')).toBeVisible();
    await page.getByRole('button', { name: 'Commencer' }).click();
    await releaseTheClock(page);
    await expect(page.getByRole('heading', { name: 'Bienvenue à la Caf' })).toBeVisible();
    await expect(page.getByText('VERONIQUE')).toHaveCount(0);
  });

  test('goes on with the prestation chosen before logging in', async ({ page }) => {
    await page.goto('/?keyboard=off');
    await page.getByRole('button', { name: /Faire une demande de prestation/ }).click();
    await page.getByRole('button', { name: /Le logement/ }).click();
    await page.getByRole('button', { name: /Aide au logement/ }).first().click();
    await page.getByRole('button', { name: 'Faire la demande' }).click();
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await login(page, VERONIQUE.nir, VERONIQUE.password);
    // "Faire la demande" of the aide au logement leads, once logged in, to the request's first step (issue 14).
    await expect(page.getByRole('heading', { level: 1, name: 'Qui vit dans le logement ?' })).toBeVisible();
  });
});

test.describe('one browser profile for every visitor (web mode)', () => {
  test('keeps nothing of the last visitor on disk: no NIR, name or contact in any file of the profile (issue 16)', async ({ playwright, launchOptions, baseURL }) => {
    // The same Chromium and flags as every journey, on ONE persistent profile prepared as the browser kiosk prepares
    // its own (scripts/kiosk-launch.mjs), kept between visitors: before issue 16 it held her NIR in form history (Web
    // Data) and Login Data, and her account's answers in the HTTP cache; without the profile's password manager off it
    // still kept her NIR in Login Data (the save-password offer Chromium makes despite autocomplete="off").
    const profile = mkdtempSync(join(tmpdir(), 'kiosk-profile-'));
    prepareKioskProfile(profile);
    try {
      const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, locale: 'fr-FR', viewport: { width: 1920, height: 1080 } });
      const page = context.pages()[0] ?? (await context.newPage());
      await openLogin(page);
      await login(page, VERONIQUE.nir, VERONIQUE.password);
      await expect(page.getByTestId('account-name')).toHaveText('VERONIQUE F.');
      await page.getByRole('button', { name: 'Mon relevé de compte PDF' }).click();
      await expect(page.getByRole('cell', { name: '25/05/2021' })).toBeVisible();
      await logout(page);
      await context.close(); // the profile's databases and caches are written out
      const needles = [VERONIQUE.nir, 'VERONIQUE', 'FONTAINE', VERONIQUE.email, VERONIQUE.mobile, '0612345601'];
      const found: string[] = [];
      for (const file of readdirSync(profile, { recursive: true, withFileTypes: true })) {
        if (!file.isFile()) continue;
        const path = join(file.parentPath, file.name);
        const bytes = readFileSync(path);
        for (const needle of needles) {
          // As written by Chromium: UTF-8 (SQLite, caches, LevelDB) or UTF-16 (form and session state).
          if (bytes.includes(Buffer.from(needle, 'utf8')) || bytes.includes(Buffer.from(needle, 'utf16le'))) found.push(`${needle} in ${path.slice(profile.length)}`);
        }
      }
      expect(found).toEqual([]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
