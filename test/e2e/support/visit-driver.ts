// How a visit is driven in the isolation test and the visit benchmark: log in through the login screen, open the
// account space, leave. It returns the visit's session token, read from the back end's answer to POST /v1/sessions,
// so the test can check it is revoked (401) after the visit. A build without the login screen fails here: there is
// no fallback that would skip the token check. The visit ends the way a visitor ends it: "Quitter" / "Déconnexion",
// or doing nothing until the idle guard ends it.
import { expect, type Page } from '@playwright/test';
import type { Visitor } from './visitors';

export type Leave = 'quit' | 'timeout';

export interface VisitDriver {
  name: 'login';
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
    // The account space shows the person's name (« Comment je fais pour me connecter … sur mon mobile ? »: "VERONIQUE
    // F.").
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

/** The login driver, once the login screen is there (a missing login screen fails the test). */
export async function chooseDriver(page: Page): Promise<VisitDriver> {
  expect(await loginScreenExists(page), 'the login screen is missing: the visits could not check the session token').toBe(true);
  await page.reload();
  return login;
}
