// Helpers of the login journeys' end-to-end tests (issue 5): the seed identities of backend/src/db/seed-data.ts, the
// sandbox's outbox and reset, and axe (support/kiosk.ts).
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const VERONIQUE = { nir: '2780506088101', password: 'Veronique2021', email: 'veronique.fontaine@example.fr', mobile: '+33612345601' };
export const PIERRE_LEGACY = { nir: '1600667482107', password: '47110592' };

// axe in French and in every swept language and mode (support/kiosk.ts).
export { expectNoAxeViolation } from './kiosk';

export async function resetSandbox(request: APIRequestContext): Promise<void> {
  const response = await request.post('/sandbox/reset');
  expect(response.status()).toBe(204);
}

/** The newest code sent to `to` (E.164 mobile or e-mail), read from the sandbox outbox. */
export async function latestCode(request: APIRequestContext, to: string): Promise<string> {
  let code: string | null = null;
  await expect(async () => {
    const response = await request.get(`/sandbox/outbox?to=${encodeURIComponent(to)}`);
    expect(response.ok()).toBe(true);
    const body = (await response.json()) as { messages: Array<{ code: string | null }> };
    code = body.messages[0]?.code ?? null;
    expect(code).not.toBeNull();
  }).toPass({ timeout: 5_000 });
  return code as unknown as string;
}

/** Welcome → "Mon Compte" → portal → "Se connecter". The on-screen keyboard is off: Playwright types directly. */
export async function openLogin(page: Page): Promise<void> {
  await page.goto('/?keyboard=off');
  await page.getByRole('button', { name: /Mon Compte/ }).click();
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Me connecter à Mon Compte' })).toBeVisible();
}

export async function login(page: Page, identifier: string, password: string): Promise<void> {
  await page.getByLabel('Numéro de Sécurité sociale', { exact: true }).fill(identifier);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
}

/** Types a 6-digit code into the code boxes (reka-ui PinInput moves to the next box as each digit is typed). */
export async function typeCode(page: Page, code: string): Promise<void> {
  await page.getByLabel('Chiffre 1 sur 6').click();
  await page.keyboard.type(code);
}

/**
 * A Mon Compte account without NIR, created through the back end's account-creation API (J1) as the wizard would:
 * the back end issues its provisional identifier (shared/domain/provisional-id.ts).
 */
export async function createProvisionalAccount(request: APIRequestContext, password: string): Promise<string> {
  const email = `provisoire.${Date.now()}@example.fr`;
  const post = async (url: string, data?: unknown, method: 'post' | 'put' = 'post') => {
    const response = await request[method](url, data === undefined ? {} : { data });
    expect(response.ok(), `${url}: ${await response.text()}`).toBe(true);
    return (await response.json()) as { id: string; step: string; identifier?: string };
  };
  const flow = await post('/v1/account-creations', {
    hasNir: false,
    civilite: 'MADAME',
    nomNaissance: 'NGUYEN',
    prenoms: 'LINH',
    nomUsage: '',
    dateNaissance: '03/03/1993',
    lieuNaissance: { kind: 'etranger', pays: '99243' },
  });
  let step = flow.step;
  if (step === 'identity-document') step = (await post(`/v1/account-creations/${flow.id}/identity-document`, { kind: 'aucune' }, 'put')).step;
  expect(step).toBe('contact');
  await post(`/v1/account-creations/${flow.id}/contact`, { channel: 'email', value: email, confirmation: email }, 'put');
  await post(`/v1/account-creations/${flow.id}/code/verify`, { code: await latestCode(request, email) });
  await post(`/v1/account-creations/${flow.id}/password`, { password, confirmation: password }, 'put');
  const created = await post(`/v1/account-creations/${flow.id}/complete`);
  expect(created.identifier).toMatch(/^9\d{12}$/);
  return created.identifier as string;
}

/** "Déconnexion": the visit ends, the page reloads cleared (web bridge), and the welcome screen is back. */
export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Déconnexion' }).click();
  await page.waitForURL(/[?&]cleared=logout/);
  await expect(page.getByRole('button', { name: /Faire une demande de prestation/ })).toBeVisible();
}
