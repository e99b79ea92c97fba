// The agent panel in web mode: hidden gesture (3-second press on the top-left corner), PIN with limited attempts,
// status, workshop switch with its permanent banner, the workshop's practice identities and "Réinitialiser l'atelier".
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';

async function holdCorner(page: Page): Promise<void> {
  // The panel is loaded just after the first screen (kiosk/KioskShell.vue): its corner is there first.
  await page.getByTestId('agent-corner').waitFor({ state: 'attached' });
  await page.mouse.move(20, 20);
  await page.mouse.down();
  await page.waitForTimeout(3300); // the gesture itself is a 3-second press
  await page.mouse.up();
}

test.describe('the agent panel', () => {
  test('opens after a long press and the PIN, and shows the terminal status', async ({ page }) => {
    await page.goto('/?agentPin=2468');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await holdCorner(page);
    const panel = page.getByRole('dialog', { name: 'Panneau agent' });
    await expect(panel).toBeVisible();
    await panel.getByLabel(/Code agent/).fill('0000');
    await panel.getByRole('button', { name: 'Valider' }).click();
    await expect(panel.getByRole('alert')).toHaveText('Code incorrect. Essais restants : 4.');
    await panel.getByLabel(/Code agent/).fill('2468');
    await panel.getByRole('button', { name: 'Valider' }).click();
    await expect(panel).toContainText('Serveur Mon Compte');
    await expect(panel).toContainText('joignable');
    await expect(panel.getByRole('button', { name: 'Réinitialiser la visite' })).toBeVisible();
  });

  test('« Appeler un agent »: the visitor sees help is on its way, the panel shows which terminal asked and when', async ({ page }) => {
    await page.goto('/?agentPin=2468');
    await page.getByRole('banner').getByRole('button', { name: 'Besoin d’aide ?' }).click();
    const help = page.getByRole('dialog', { name: 'Besoin d’aide ?' });
    await expect(help).toContainText('Que puis-je faire sur cette borne ?');
    await help.getByRole('button', { name: 'Appeler un agent' }).click();
    await expect(help).toContainText(/Un agent a été prévenu à \d\d:\d\d\. Il arrive/);
    await help.getByRole('button', { name: 'Fermer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Un agent arrive pour vous aider' })).toBeVisible();
    const day = await page.evaluate(() => new Date().toLocaleDateString('fr-FR'));
    await holdCorner(page);
    const panel = page.getByRole('dialog', { name: 'Panneau agent' });
    await panel.getByLabel(/Code agent/).fill('2468');
    await panel.getByRole('button', { name: 'Valider' }).click();
    await expect(panel.getByTestId('agent-last-call')).toHaveText(new RegExp(`^Borne web \\(Navigateur\\), le ${day} à \\d\\d:\\d\\d$`));
  });

  test('switches to workshop mode, shown by a permanent banner, with practice identities and "Réinitialiser l’atelier"', async ({ page, request }) => {
    await page.goto('/?agentPin=2468');
    await expect(page.getByTestId('practice-identities')).toHaveCount(0);
    const unlock = async () => {
      await holdCorner(page);
      const panel = page.getByRole('dialog', { name: 'Panneau agent' });
      await panel.getByLabel(/Code agent/).fill('2468');
      await panel.getByRole('button', { name: 'Valider' }).click();
      return panel;
    };
    await (await unlock()).getByRole('button', { name: 'Passer en mode atelier' }).click();
    await expect(page.getByText('MODE ATELIER')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Bienvenue à la Caf' })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByText('MODE ATELIER')).toBeVisible();

    // The sandbox's practice identities, each with what to type (issue 14).
    const practice = page.getByTestId('practice-identities');
    for (const text of ['VERONIQUE FONTAINE', '2780506088101', 'PIERRE MARTIN', '1122334', '47110592', 'KARIM BENALI', 'AMINA DIALLO', 'SÉNÉGAL']) {
      await expect(practice).toContainText(text);
    }

    // "Réinitialiser l'atelier" restores the sandbox: its clock, moved on meanwhile, is back (so are its seed data).
    expect((await request.post('/sandbox/clock', { data: { advanceSeconds: 600 } })).status()).toBe(200);
    await (await unlock()).getByRole('button', { name: 'Réinitialiser l’atelier' }).click();
    await expect(page.getByRole('dialog', { name: 'Panneau agent' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Bienvenue à la Caf' })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByText('MODE ATELIER')).toBeVisible();
    expect((await (await request.post('/sandbox/clock', { data: { advanceSeconds: 1 } })).json()).offsetSeconds).toBe(1);
  });

  test('does not exist without a configured PIN', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('agent-corner')).toHaveCount(0);
  });
});
