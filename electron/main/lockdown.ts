// Hardening applied to Electron objects: every webContents the app ever creates, and every visit session.
// Takes Electron's objects as arguments (no import of electron here) so tests can pass fakes and check each handler.
import type { Session, WebContents } from 'electron';
import { isNavigationAllowed, type NavigationPolicy } from './navigation';

export interface LockdownContext {
  policy(): NavigationPolicy;
  franceConnectStep(): boolean;
  log: { warn(m: string): void };
}

/** For every webContents (app 'web-contents-created'): no new window, no webview, no navigation off the allowlist. */
export function hardenWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, ctx: LockdownContext): void {
  contents.setWindowOpenHandler(() => {
    ctx.log.warn('window.open refused');
    return { action: 'deny' };
  });
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (!isNavigationAllowed(url, ctx.policy(), ctx.franceConnectStep())) {
      event.preventDefault();
      // The origin only: a URL's query may carry a visitor's data.
      ctx.log.warn(`navigation refused to ${safeOrigin(url)}`);
    }
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-frame-navigate', (event) => guard(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('context-menu', (event) => event.preventDefault());
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).protocol === 'app:' ? 'app:' : new URL(url).origin;
  } catch {
    return 'an invalid URL';
  }
}

/** For every visit session: every permission refused, no download, no spell-check service. */
export function hardenSession(
  ses: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'on' | 'setSpellCheckerEnabled'>,
): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setSpellCheckerEnabled(false);
  ses.on('will-download', (event) => event.preventDefault());
}
