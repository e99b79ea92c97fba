// J2, first login of a migrated allocataire (« Comment je fais pour me connecter … sur mon mobile ? », step ④–⑩), end
// to end: the old 8-digit password gives a restricted session; CGU (the box unlocks only at the end of the text), new
// password, contact details and code, then the
// account space.
import { expect, test } from './support/test';
import { expectNoAxeViolation, latestCode, login, logout, openLogin, PIERRE_LEGACY, resetSandbox, typeCode } from './support/login';
import { expectLeftToRight } from './support/kiosk';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

test('a migrated allocataire accepts the CGU, chooses a password, verifies a contact and reaches the account space', async ({ page, request }) => {
  await openLogin(page);
  // He types his former identifier first, the allocataire number of his Caf letters (« Comment je fais pour me
  // connecter … sur mon mobile ? » "AVANT").
  await login(page, '1122334', PIERRE_LEGACY.password);
  await expect(page.getByTestId('allocataire-number-explanation')).toContainText('MAINTENANT, je me connecte avec :');
  await login(page, PIERRE_LEGACY.nir, PIERRE_LEGACY.password);

  await expect(page.getByRole('heading', { level: 1, name: 'Conditions générales d’utilisation' })).toBeVisible();
  // Seed 004's stepper: "1 Mon profil 2 Contact 3 Récapitulatif 4 Fin".
  await expect(page.getByText('Étape 1 sur 4')).toBeVisible();
  await expect(page.getByTestId('stepper-steps')).toHaveText(/1\s*Mon profil\s*2\s*Contact\s*3\s*Récapitulatif\s*4\s*Fin/);
  const accept = page.getByRole('checkbox', { name: 'J’ai pris connaissance des conditions générales d’utilisation et je les accepte' });
  await expect(accept).toBeDisabled();
  await expectNoAxeViolation(page);
  await page.getByRole('region', { name: 'Texte des conditions générales d’utilisation' }).evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(accept).toBeEnabled();
  await accept.click();
  await page.getByRole('button', { name: 'Continuer' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Mon mot de passe' })).toBeVisible();
  await expect(page.getByText('Pour ma 1ère connexion, je choisis mon mot de passe personnel.')).toBeVisible();
  await expectNoAxeViolation(page);
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('Pierre2026Martin');
  await page.getByLabel('Confirmation du nouveau mot de passe', { exact: true }).fill('Pierre2026Martin');
  await page.getByRole('button', { name: 'Continuer' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Coordonnées de contact' })).toBeVisible();
  await expect(page.getByText('Étape 2 sur 4')).toBeVisible();
  await expectNoAxeViolation(page);
  await page.getByLabel('Téléphone portable', { exact: true }).fill('06 12 34 56 99');
  await page.getByLabel(/^Autre téléphone/).fill('03 88 12 34 56');
  await page.getByLabel('Adresse mail', { exact: true }).fill('pierre.martin@example.fr');
  await page.getByRole('radio', { name: 'Par SMS' }).click();
  await page.getByRole('button', { name: 'Continuer' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Vérification de vos coordonnées de contact' })).toBeVisible();
  // \s: the number's groups are joined by no-break spaces (forms/phone.ts), which a regular expression sees as such.
  await expect(page.getByText(/par SMS au numéro suivant 06\s12\s34\s56\s99/)).toBeVisible();
  await expectNoAxeViolation(page);
  await typeCode(page, await latestCode(request, '+33612345699'));
  await page.getByRole('button', { name: 'Valider le code' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Récapitulatif' })).toBeVisible();
  await expect(page.getByText('Étape 3 sur 4')).toBeVisible();
  const recap = page.getByTestId('migration-recap');
  await expect(recap).toContainText('1 60 0667 482 107');
  await expect(recap).toContainText('06 12 34 56 99');
  await expect(recap).toContainText('03 88 12 34 56');
  await expect(recap).toContainText('pierre.martin@example.fr');
  // In Arabic the identifier, the phone numbers and the e-mail address still read left to right.
  await page.getByRole('banner').getByRole('button', { name: 'العربية' }).click();
  for (const value of await recap.locator('dd').all()) await expectLeftToRight(value);
  await page.getByRole('banner').getByRole('button', { name: 'Français' }).click();
  await page.getByRole('button', { name: 'Continuer' }).click();
  // Seed 004 ⑪: the first login ends with what to type next time.
  await expect(page.getByRole('heading', { level: 2, name: 'Pour ma prochaine connexion' })).toBeVisible();
  await expect(page.getByText('Étape 4 sur 4')).toBeVisible();
  await expect(page.getByTestId('next-identifier')).toHaveText('1 60 0667 482 107');
  await page.getByRole('banner').getByRole('button', { name: 'العربية' }).click();
  await expectLeftToRight(page.getByTestId('next-identifier'));
  await page.getByRole('banner').getByRole('button', { name: 'Français' }).click();
  await expectNoAxeViolation(page);
  await page.getByRole('button', { name: 'Continuer' }).click();

  await expect(page.getByTestId('account-name')).toHaveText('PIERRE M.');
  await expect(page.getByText('le 05/05/2021')).toBeVisible();

  // The new password works from now on; the old one no longer does.
  await logout(page);
  await openLogin(page);
  await login(page, PIERRE_LEGACY.nir, PIERRE_LEGACY.password);
  await expect(page.getByText('L’identifiant ou le mot de passe est incorrect')).toBeVisible();
  await login(page, PIERRE_LEGACY.nir, 'Pierre2026Martin');
  await expect(page.getByTestId('account-name')).toHaveText('PIERRE M.');
});
