// J2 "Mot de passe oublié ?" (seed 003 ③), end to end: identifier → SMS → code from the sandbox outbox → new password
// with the live checklist → back to the login screen with a confirmation (after « Réessayer », the answer of the new
// password lost) → the new password opens the account.
import { expect, test } from './support/test';
import { expectNoAxeViolation, latestCode, login, openLogin, resetSandbox, typeCode, VERONIQUE } from './support/login';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

test('a forgotten password is replaced through a code sent by SMS, then the new one logs in', async ({ page, request }) => {
  await openLogin(page);
  await page.getByRole('button', { name: 'Mot de passe oublié ?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recevoir un code pour choisir un nouveau mot de passe' })).toBeVisible();
  await expectNoAxeViolation(page);

  await page.getByLabel('Numéro de Sécurité sociale', { exact: true }).fill(VERONIQUE.nir);
  await page.getByRole('radio', { name: 'Par SMS' }).click();
  await page.getByRole('button', { name: 'Recevoir le code' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Saisir le code de vérification' })).toBeVisible();
  await expect(page.getByText('Ce code est valable 10 minutes.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Demander l’envoi d’un nouveau code' })).toBeVisible();
  await expectNoAxeViolation(page);
  const code = await latestCode(request, VERONIQUE.mobile);
  // A wrong code first: refused on the field, the visitor can try again.
  await typeCode(page, code === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Valider le code' }).click();
  await expect(page.getByRole('link', { name: /Ce code n’est pas le bon/ })).toBeVisible();
  for (let i = 6; i >= 1; i -= 1) await page.getByLabel(`Chiffre ${i} sur 6`).fill('');
  await typeCode(page, code);
  await page.getByRole('button', { name: 'Valider le code' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' })).toBeVisible();
  const newPassword = page.getByLabel('Nouveau mot de passe', { exact: true });
  await newPassword.fill('abc');
  // The live checklist: "1 lettre minuscule" is met, "1 chiffre" not yet.
  await expect(page.getByText(/respecté :\s*1 lettre minuscule/)).toBeVisible();
  await expect(page.getByText(/pas encore respecté :\s*1 chiffre/)).toBeVisible();
  await expectNoAxeViolation(page);
  await newPassword.fill('Nouveau2026Pass');
  await page.getByLabel('Confirmation du nouveau mot de passe', { exact: true }).fill('Nouveau2026Pass');
  // The new password reaches the back end and its answer is lost (issue 17): « Réessayer » asks where the reset
  // stands and shows the login screen, rather than « déjà enregistré » for its own first success.
  await page.route('**/v1/password-resets/*/password', async (route) => {
    await route.fetch();
    await route.abort('connectionfailed');
  }, { times: 1 });
  await page.getByRole('button', { name: 'Valider le nouveau mot de passe' }).click();
  await page.getByRole('button', { name: 'Réessayer' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Me connecter à Mon Compte' })).toBeVisible();
  await expect(page.getByText('Votre mot de passe a été modifié.')).toBeVisible();
  await expect(page.getByLabel('Numéro de Sécurité sociale', { exact: true })).toHaveValue(VERONIQUE.nir);

  await login(page, VERONIQUE.nir, VERONIQUE.password);
  await expect(page.getByText('L’identifiant ou le mot de passe est incorrect')).toBeVisible();
  await login(page, VERONIQUE.nir, 'Nouveau2026Pass');
  await expect(page.getByTestId('account-name')).toHaveText('VERONIQUE F.');
});
