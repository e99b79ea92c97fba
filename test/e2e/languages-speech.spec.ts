// Languages and speech in the browser, under the kiosk's Content-Security-Policy: the language is chosen on the welcome
// screen and in the header, <html lang dir> follows, and the bundled speech synthesiser (WebAssembly) produces real
// audio — every decoded utterance is recorded by wrapping the Web Audio API the player uses.
import { expectNoAxeViolationAsIs } from './support/kiosk';
import { expect, test } from './support/test';

declare global {
  interface Window {
    decodedSeconds?: number[];
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const decode = AudioContext.prototype.decodeAudioData;
    window.decodedSeconds = [];
    AudioContext.prototype.decodeAudioData = function (this: AudioContext, data: ArrayBuffer) {
      return decode.call(this, data).then((buffer: AudioBuffer) => {
        window.decodedSeconds!.push(buffer.duration);
        return buffer;
      });
    } as typeof decode;
  });
});

test('the language is chosen on the welcome screen, changed from the header, and Arabic reads right to left', async ({ page }) => {
  await page.goto('/?keyboard=off');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'fr');
  const choice = page.getByRole('main').getByRole('group', { name: 'Langue' });
  await choice.getByRole('button', { name: 'English' }).click();
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(html).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to the Caf');
  await page.getByRole('banner').getByRole('button', { name: 'العربية' }).click();
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مرحبًا بكم في الـCaf');
  // The language buttons keep their own names and languages whatever the screen's language.
  await expect(page.getByRole('banner').getByRole('button', { name: 'Français' })).toHaveAttribute('lang', 'fr');
});

test('speech is turned on from the welcome screen and speaks with the bundled synthesiser', async ({ page }) => {
  await page.goto('/?keyboard=off');
  const toggle = page.getByRole('button', { name: /Écouter l’écran à voix haute/ });
  await expect(toggle).toBeVisible();
  await toggle.click();
  await expect(page.getByRole('button', { name: /Voix activée/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('group', { name: 'Voix' })).toBeVisible();
  // The welcome screen's heading and instructions are said: one utterance of real audio.
  await expect.poll(() => page.evaluate(() => window.decodedSeconds?.length ?? 0), { timeout: 20_000 }).toBeGreaterThan(0);
  const first = await page.evaluate(() => window.decodedSeconds![0]!);
  expect(first).toBeGreaterThan(1);
  // Repeat says it again; in Arabic too.
  await page.getByRole('button', { name: 'Répéter' }).click();
  await expect.poll(() => page.evaluate(() => window.decodedSeconds!.length)).toBeGreaterThan(1);
  await page.getByRole('banner').getByRole('button', { name: 'العربية' }).click();
  await expect.poll(() => page.evaluate(() => window.decodedSeconds!.length)).toBeGreaterThan(2);
  await page.getByRole('button', { name: 'إيقاف الصوت' }).click();
  await expect(page.getByRole('group', { name: 'الصوت' })).toHaveCount(0);
});

// The sweep of issue 13's "Done when": axe in each language and mode on the screens every visitor meets — the welcome
// screen, « Besoin d'aide ? » open over the login screen, the « Accessibilité » page — while the journeys' own specs run
// axe on each of their steps in French. The modes are combined so that each is swept without running every screen
// seven times: French easy-read (its welcome screen), English easy-read with high contrast, Arabic (right to left)
// with large text.
test('axe finds nothing in every language and mode: welcome, « Besoin d’aide ? », « Accessibilité »', async ({ page }) => {
  test.setTimeout(150_000);
  const passes = [
    { before: 'Facile à lire', language: 'English', after: ['High contrast'], help: 'Need help?', login: 'Log in', a11y: 'Accessibility' },
    { before: 'Agrandir le texte', language: 'العربية', after: [], help: 'هل تحتاجون إلى مساعدة؟', login: 'تسجيل الدخول', a11y: 'إمكانية الوصول' },
  ];
  for (const [i, pass] of passes.entries()) {
    await page.goto('/?keyboard=off');
    const header = page.getByRole('banner');
    // First a mode in French, then the language: the mode stays on across the switch.
    await header.getByRole('button', { name: pass.before }).click();
    if (i === 0) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bonjour. Vous êtes à la Caf.');
      await expectNoAxeViolationAsIs(page);
    }
    await header.getByRole('button', { name: pass.language }).click();
    for (const mode of pass.after) await header.getByRole('button', { name: mode }).click();
    if (i === 1) await expectNoAxeViolationAsIs(page);
    await page.getByRole('main').getByRole('button', { name: /Mon Compte/ }).click();
    await page.getByRole('main').getByRole('button', { name: pass.login, exact: true }).click();
    await expect(page.getByRole('main').getByRole('textbox').first()).toBeVisible();
    await header.getByRole('button', { name: pass.help }).click();
    const help = page.getByRole('dialog', { name: pass.help });
    await expect(help.getByRole('term').first()).toBeVisible();
    await expectNoAxeViolationAsIs(page);
    await help.getByRole('link', { name: pass.a11y }).click();
    await expect(page.getByRole('heading', { level: 1, name: pass.a11y })).toBeVisible();
    await expectNoAxeViolationAsIs(page);
  }
});
