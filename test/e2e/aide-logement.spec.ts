// Issue 14 in Chromium against the sandbox back end: the request for the aide au logement. A first visit chooses the
// prestation, "Faire la demande", logs in, fills two steps and quits; a new visit logs in, "Reprendre la demande en
// cours" brings back every answer at the step where the visitor stopped, the request is sent and appears in "Mes
// démarches" with its accusé de réception. The on-screen keyboard is off: Playwright types (the keyboard's layouts
// are tested by the other journeys). Who may read a draft is the back end's authorization table
// (test/unit/backend/routes/authorization.test.ts); here, a person of another household cannot reach it either.
import type { Page } from '@playwright/test';
import { expectNoAxeViolation, shootBothOrientations } from './support/kiosk';
import { expect, test } from './support/test';

const VERONIQUE = { nir: '2780506088101', password: 'Veronique2021' };
const SAMIA = { nir: '2851133063105', password: 'Samia2021Benali' };

async function logIn(page: Page, who: { nir: string; password: string }) {
  await page.getByLabel('Numéro de Sécurité sociale', { exact: true }).fill(who.nir);
  await page.getByLabel('Mot de passe', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
}

async function openAideLogement(page: Page) {
  await page.goto('/?keyboard=off');
  await page.getByRole('button', { name: /Faire une demande de prestation/ }).click();
  await page.getByRole('button', { name: 'Le logement' }).click();
  await page.getByRole('button', { name: 'Aide au logement', exact: true }).click();
}

async function quit(page: Page) {
  await page.getByRole('button', { name: 'Quitter' }).first().click();
  // The end of the visit reloads the page: a navigation started before the new page has loaded would be aborted by
  // it, and the welcome screen can show for a moment before the reload, so it is no sign of the end.
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Oui, quitter' }).click();
  await reloaded;
  await expect(page.getByRole('heading', { name: 'Bienvenue à la Caf' })).toBeVisible();
}

test.beforeEach(async ({ request }) => {
  expect((await request.post('/sandbox/reset')).status()).toBe(204);
});

test('a request begun at one visit is resumed at the next with every answer, sent, and listed in "Mes démarches"', async ({ page }, testInfo) => {
  test.setTimeout(180_000); // a cap for a loaded 2-core machine: two visits and six steps
  // First visit: the prestation, "Faire la demande", the portal, the login, then the request's first step.
  await openAideLogement(page);
  await page.getByRole('button', { name: 'Faire la demande' }).click();
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await logIn(page, VERONIQUE);
  await expect(page.getByRole('heading', { level: 1, name: 'Qui vit dans le logement ?' })).toBeVisible();
  // The household the Caf knows is already listed; Robert no longer lives here.
  await expect(page.getByTestId('members')).toContainText('MARC FONTAINE');
  await page.getByRole('button', { name: 'Retirer ROBERT FONTAINE' }).click();
  await expectNoAxeViolation(page);
  await page.getByRole('button', { name: 'Continuer' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Le logement' })).toBeVisible();
  await page.locator('#line').fill('4 place Garibaldi');
  await page.locator('#postalCode').fill('6300');
  await page.locator('#city').fill('Nice');
  await page.getByRole('radio', { name: 'Locataire' }).click();
  await page.getByRole('radio', { name: 'Un appartement' }).click();
  await page.getByLabel('Date d’entrée dans le logement', { exact: true }).fill('01/09/2026');
  await page.getByRole('button', { name: 'Continuer' }).click();
  // Bad input: a clear message at the field, nothing typed lost.
  await expect(page.locator('#postalCode-error')).toContainText('Le code postal est composé de 5 chiffres');
  await expect(page.locator('#line')).toHaveValue('4 place Garibaldi');
  await page.locator('#postalCode').fill('06300');
  await expectNoAxeViolation(page);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Le loyer' })).toBeVisible();
  await quit(page);

  // A new visit: log in from "Mon Compte", then "Reprendre la demande en cours" from the prestation's page.
  await openAideLogement(page);
  await page.getByRole('button', { name: 'Reprendre la demande en cours' }).click();
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await logIn(page, VERONIQUE);
  // At the step where the visitor stopped; the answers of the first visit are checked on the récapitulatif below,
  // which shows every step the back end kept (one screen instead of going back through two and forward again).
  await expect(page.getByRole('heading', { level: 1, name: 'Le loyer' })).toBeVisible();
  await expect(page.getByText('Étape 3 sur 6')).toBeVisible();

  await page.getByLabel('Montant du loyer, sans les charges', { exact: true }).fill('650');
  await page.getByLabel('Montant des charges', { exact: true }).fill('45,50');
  await page.getByLabel('Nom du bailleur', { exact: true }).fill('Habitat 06');
  await page.locator('#line').fill('1 rue de France');
  await page.locator('#postalCode').fill('06000');
  await page.locator('#city').fill('Nice');
  await page.getByRole('button', { name: 'Continuer' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Les ressources' })).toBeVisible();
  await page.getByLabel('Vos ressources', { exact: true }).fill('15 600');
  await page.getByLabel('Ressources de MARC FONTAINE', { exact: true }).fill('9800');
  await page.getByLabel('Ressources de LEA FONTAINE', { exact: true }).fill('0');
  await page.getByRole('button', { name: 'Continuer' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Le compte bancaire' })).toBeVisible();
  await page.getByLabel('IBAN', { exact: true }).fill('FR14 2004 1010 0505 0001 3M02 607');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.locator('#iban-error')).toContainText('L’IBAN est incorrect : vérifiez chaque caractère sur votre RIB');
  await page.getByLabel('IBAN', { exact: true }).fill('FR14 2004 1010 0505 0001 3M02 606');
  await page.getByRole('button', { name: 'Continuer' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Récapitulatif' })).toBeVisible();
  // Every answer of the first visit is there.
  const foyer = page.getByRole('region', { name: 'Les personnes du logement', exact: true });
  await expect(foyer).toContainText('LEA FONTAINE');
  await expect(foyer).not.toContainText('ROBERT');
  const logement = page.getByRole('region', { name: 'Le logement', exact: true });
  for (const answer of ['4 place Garibaldi, 06300 NICE', 'Locataire', 'Un appartement', '01/09/2026']) await expect(logement).toContainText(answer);
  await expect(page.getByText('FR14 2004 1010 0505 0001 3M02 606')).toBeVisible();
  await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
  await expect(page.locator('#declaration-error')).toContainText('Cochez la déclaration sur l’honneur');
  // An error shown follows a later switch of language: its code is kept, not its French words.
  const header = page.getByRole('banner');
  await header.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('#declaration-error')).toContainText('Tick the declaration on your honour');
  await expect(page.getByRole('alert').filter({ hasText: 'Cochez' })).toHaveCount(0);
  await header.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('#declaration-error')).toContainText('Cochez la déclaration sur l’honneur');
  await page.getByRole('checkbox', { name: /Je déclare sur l’honneur/ }).click();
  await expectNoAxeViolation(page);
  await shootBothOrientations(page, testInfo, 'aide-logement-recapitulatif');
  await page.getByRole('button', { name: 'Envoyer ma demande' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Votre demande a bien été envoyée' })).toBeVisible();
  const number = ((await page.getByTestId('demande-number').textContent()) ?? '').match(/AL-\d{4}-\d{6}/)?.[0];
  expect(number).toBeDefined();
  await page.getByRole('button', { name: 'Imprimer l’accusé de réception' }).click();
  await expect(page.getByText('L’accusé de réception est imprimé')).toBeVisible();

  await page.getByRole('button', { name: 'Aller à mon espace' }).click();
  await page.getByRole('button', { name: 'Mes démarches' }).click();
  const list = page.getByTestId('demarches');
  await expect(list).toContainText(`N° ${number}`);
  await expect(list.getByRole('listitem').first()).toContainText('Reçue par la Caf');
  await expect(list).toContainText('Traitée'); // the household's request of 2019
  await expectNoAxeViolation(page);
  // The courrier "Votre demande d'aide au logement a bien été reçue".
  await page.getByRole('button', { name: 'Retour à mon compte' }).click();
  await page.getByRole('button', { name: 'Mes courriers, courriels' }).click();
  await expect(page.getByText('Votre demande d\'aide au logement a bien été reçue')).toBeVisible();
});

test('a person of another household gets her own household\'s request, never another\'s; another prestation says where to go', async ({ page }) => {
  // FONTAINE's household has a draft (the back end answers SAMIA's household 404 for it: the authorization table).
  // At the kiosk, SAMIA's "Faire la demande" opens her own household's request, empty.
  await openAideLogement(page);
  await page.getByRole('button', { name: 'Faire la demande' }).click();
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await logIn(page, SAMIA);
  await expect(page.getByRole('heading', { level: 1, name: 'Qui vit dans le logement ?' })).toBeVisible();
  await expect(page.getByTestId('members')).toContainText('KARIM BENALI');
  await expect(page.getByTestId('members')).not.toContainText('FONTAINE');

  // Another prestation of the catalogue: said plainly, no loop to the portal.
  await page.goto('/?keyboard=off');
  await page.getByRole('button', { name: /Faire une demande de prestation/ }).click();
  await page.getByRole('button', { name: 'Le Rsa et la Prime d’activité' }).click();
  await page.getByRole('button', { name: /Revenu de solidarité active/ }).click();
  await page.getByRole('button', { name: 'Faire la demande' }).click();
  await expect(page.getByText('Cette demande se fait à l’accueil')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /Revenu de solidarité active/ })).toBeVisible();
});
