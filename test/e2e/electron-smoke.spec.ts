// The real kiosk in Electron (Playwright's _electron), where an Electron binary exists. These machines cannot download
// one (docs/toolchain notes): the test then skips and prints why. It needs `npm run build` first (npm test does).
// It starts the app with its own user-data folder holding a configuration that points at Playwright's back end.
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronBinary } from '../../scripts/electron-binary.mjs';

const binary = electronBinary();
const backendPort = Number(process.env.E2E_BACKEND_PORT ?? 18787);
/** Never reached: the test only checks that the window may not go there once the allowance is closed. */
const franceConnect = 'https://fcp.integ01.dev-franceconnect.fr';

test.describe('the Electron kiosk', () => {
  test.skip(!binary.found, `no Electron binary here: ${binary.found ? '' : binary.reason}`);
  if (!binary.found) console.log(`[electron-smoke] skipped: ${binary.reason}`);

  test('shows the welcome screen from app://, sandboxed, with only the typed bridge; a visit ends on a new partition with the FranceConnect allowance closed', async () => {
    if (!binary.found) return;
    const userData = mkdtempSync(join(tmpdir(), 'kiosk-e2e-'));
    writeFileSync(
      join(userData, 'kiosk-config.json'),
      JSON.stringify({ mode: 'laptop', backendUrl: `http://127.0.0.1:${backendPort}`, franceConnectOrigins: [franceConnect], terminalId: 'e2e' }),
    );
    const app = await electron.launch({ executablePath: binary.path, args: ['.', `--user-data-dir=${userData}`] });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { name: 'Bienvenue à la Caf' })).toBeVisible();
      // Runs in the page (the tests' tsconfig has no DOM types).
      const probe = await page.evaluate(() => {
        const g = globalThis as unknown as { location: { protocol: string }; kiosk: object; require?: unknown; process?: unknown };
        return { protocol: g.location.protocol, bridge: Object.keys(g.kiosk).sort(), node: typeof g.require, process: typeof g.process };
      });
      expect(probe.protocol).toBe('app:');
      expect(probe.node).toBe('undefined');
      expect(probe.process).toBe('undefined');
      expect(probe.bridge).toContain('endVisit');
      expect(probe.bridge).not.toContain('ipcRenderer');
      // The FranceConnect allowance: opened by the renderer, it is closed again at the visit's end.
      await page.evaluate(() => (globalThis as unknown as { kiosk: { setFranceConnectStep(a: boolean): void } }).kiosk.setFranceConnectStep(true));
      await app.evaluate(({ BrowserWindow }) => {
        (globalThis as unknown as { firstSession: unknown }).firstSession = BrowserWindow.getAllWindows()[0]?.webContents.session;
      });
      // Ending a visit replaces the window (new partition): the next window shows the cleared screen.
      const next = app.waitForEvent('window');
      await page.evaluate(() => (globalThis as unknown as { kiosk: { endVisit(r: string): Promise<void> } }).kiosk.endVisit('quit'));
      const second = await next;
      await expect(second.getByRole('heading', { name: 'Vos informations ont été effacées' })).toBeVisible();
      expect(await second.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
      const freshPartition = await app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().every((w) => w.webContents.session !== (globalThis as unknown as { firstSession: unknown }).firstSession),
      );
      expect(freshPartition).toBe(true);
      // The allowance did not survive the visit: FranceConnect's origin is refused again, the window stays on the app.
      await second.evaluate((url) => (globalThis as unknown as { location: { assign(u: string): void } }).location.assign(url), `${franceConnect}/api/v2/authorize`);
      await second.waitForTimeout(500);
      expect(second.url()).toMatch(/^app:\/\/kiosk\//);
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
