// The cleared screen (« Vos informations ont été effacées ») passes by itself after 3 seconds of the page's clock
// (renderer/src/kiosk/KioskShell.vue). A test that reads it and then touches « Commencer » races that timer: on a busy
// machine the 3 seconds can be over between the page's mount and the click, the button is detached under Playwright's
// hand and the click waits for a button that is gone. Such a test stops the page's clock first (Playwright's fake
// timers, also installed in the documents the page loads next, e.g. the web bridge's reload at the end of a visit), so
// the screen stays until the test touches « Commencer », and starts it again after.
import type { Page } from '@playwright/test';

export async function holdTheClearedScreen(page: Page): Promise<void> {
  await page.clock.install();
  // pauseAt moves the page's clock to that instant (firing what falls due on the way) and stops it there.
  await page.clock.pauseAt(Date.now() + 1_000);
}

export async function releaseTheClock(page: Page): Promise<void> {
  await page.clock.resume();
}
