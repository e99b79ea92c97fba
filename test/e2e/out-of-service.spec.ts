// « Borne hors service »: the screen main shows when the configuration is invalid or names no back end
// (electron/main/wire.ts loads out-of-service.html). Here the same page of the production build, in Chromium.
import { expectNoAxeViolationAsIs } from './support/kiosk';
import { expect, test } from './support/test';

test.describe('the out-of-service screen', () => {
  test('says calmly that the kiosk is out of service and where to go, asks nothing and calls no back end', async ({ page }) => {
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (/\/(v1|sandbox|franceconnect)\//.test(new URL(request.url()).pathname)) apiCalls.push(request.url());
    });
    await page.goto('/out-of-service.html');
    await expect(page.getByRole('heading', { level: 1, name: 'Borne hors service' })).toBeVisible();
    await expect(page.getByText('Merci de vous adresser à l’accueil.')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expectNoAxeViolationAsIs(page);
    expect(apiCalls).toEqual([]);
  });
});
