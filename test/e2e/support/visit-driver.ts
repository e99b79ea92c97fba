// How a visit is driven in the isolation test and the visit benchmark. Two drivers:
// - `login` (the target of issue 6): log in through the login screen, open the account space, leave. Used as soon as
//   the login journey exists (a "Mot de passe" field behind "Se connecter"); it returns the visit's session token,
//   read from the back end's answer to POST /v1/sessions, so the test can check it is revoked (401) after the visit.
// - `create-account` (what exists today): start "Créer un compte" and type the visitor's NIR and names into the
//   état civil form (the visitor's data in the DOM, the wizard's store and the form state), then leave.
// Both end the visit the way a visitor does: "Quitter" (confirmed) or doing nothing until the idle guard ends it.
import { expect, type Page } from '@playwright/test';
import type { Visitor } from './visitors';

export type Leave = 'quit' | 'timeout';

export interface VisitDriver {
  name: 'login' | 'create-account';
  /** Runs one visit from the welcome screen; resolves with the session token when one was opened. */
  visit(page: Page, visitor: Visitor): Promise<string | null>;
  leave(page: Page, how: Leave): Promise<void>;
}

const welcomeHeading = (page: Page) => page.getByRole('heading', { name: 'Bienvenue à la Caf' });

async function toPortal(page: Page): Promise<void> {
  await expect(welcomeHeading(page)).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: /Mon Compte/ }).click();
}

export async function loginScreenExists(page: Page): Promise<boolean> {
  await toPortal(page);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  return page
    .getByRole('heading', { level: 1, name: 'Me connecter à Mon Compte' })
    .waitFor({ state: 'visible', timeout: 10_000 })
    .then(
      () => true,
      () => false,
    );
}

const createAccount: VisitDriver = {
  name: 'create-account',
  async visit(page, v) {
    await toPortal(page);
    await page.getByRole('button', { name: 'Créer', exact: true }).click();
    await page.getByRole('button', { name: 'Commencer' }).click();
    await page.getByRole('radio', { name: 'Oui' }).first().click();
    await page.getByRole('textbox', { name: /Numéro de Sécurité sociale/ }).fill(v.nir);
    await page.getByRole('textbox', { name: /Nom de naissance/ }).fill(v.nomNaissance);
    await page.getByRole('textbox', { name: /Prénom\(s\)/ }).fill(v.prenoms);
    await expect(page.getByRole('textbox', { name: /Nom de naissance/ })).toHaveValue(v.nomNaissance);
    return null;
  },
  leave: leaveVisit,
};

const login: VisitDriver = {
  name: 'login',
  async visit(page, v) {
    await toPortal(page);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const answer = page.waitForResponse((r) => r.url().endsWith('/v1/sessions') && r.request().method() === 'POST');
    await page.getByLabel('Numéro de Sécurité sociale', { exact: true }).fill(v.nir);
    await page.getByLabel('Mot de passe', { exact: true }).fill(v.password);
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    const session = (await (await answer).json()) as { token?: string };
    expect(session.token, 'POST /v1/sessions gave no token: the revocation check would be blind').toBeTruthy();
    // The account space shows the person's name (seed 004: "VERONIQUE F.").
    await expect(page.getByTestId('account-name')).toHaveText(new RegExp(`^${v.prenoms} `));
    return session.token ?? null;
  },
  leave: leaveVisit,
};

async function leaveVisit(page: Page, how: Leave): Promise<void> {
  if (how === 'quit') {
    const quit = page.getByRole('button', { name: /^(Quitter|Déconnexion)$/ }).first();
    await quit.click();
    // "Quitter" asks for a confirmation, "Déconnexion" does not: whichever comes first (no fixed wait for a dialog that
    // will not come).
    const confirm = page.getByRole('button', { name: 'Oui, quitter' });
    const cleared = page.getByRole('heading', { name: 'Vos informations ont été effacées' });
    await expect(confirm.or(cleared).first()).toBeVisible({ timeout: 15_000 });
    if (await confirm.isVisible()) await confirm.click();
    // The next visitor does not wait for the cleared screen to pass (the timed-out visits do).
    await expect(cleared).toBeVisible({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Commencer' }).click();
    await expect(welcomeHeading(page)).toBeVisible({ timeout: 15_000 });
    return;
  }
  // Timeout: nothing to do but let time pass until the idle guard ends the visit. The test installed Playwright's fake
  // clock (page.clock) before the page loaded: the idle time, the WCAG 20 s warning and the cleared screen's own 3 s
  // are jumped over in steps of 1 s, each seen by the guard's interval as that much time without a touch. (Steps
  // shorter than the cleared screen's 3 s, which comes after a reload, so that it is seen before it passes.)
  const cleared = page.getByRole('heading', { name: 'Vos informations ont été effacées' });
  for (let step = 0; step < 120 && !(await cleared.isVisible()); step++) await page.clock.fastForward(1_000);
  await expect(cleared).toBeVisible();
  await page.clock.fastForward(5_000);
  await expect(welcomeHeading(page)).toBeVisible({ timeout: 15_000 });
}

/** The login driver once the login journey exists, else the account-creation one (and say which). */
export async function chooseDriver(page: Page): Promise<VisitDriver> {
  const hasLogin = await loginScreenExists(page);
  await page.reload();
  return hasLogin ? login : createAccount;
}
