import { describe, expect, it } from 'vitest';
import { isNavigationAllowed, originOf, type NavigationPolicy } from '../../../../electron/main/navigation';

const policy: NavigationPolicy = {
  backendOrigin: 'https://api.caf.example',
  franceConnectOrigins: ['https://fcp.integ01.dev-franceconnect.fr', 'https://idp.impots.example'],
};

describe('the navigation allowlist', () => {
  it.each([
    ['app://kiosk/', false, true],
    ['app://kiosk/index.html?cleared=1', false, true],
    ['https://api.caf.example/v1/session', false, true],
    ['https://api.caf.example:443/franceconnect/callback', false, true],
    ['https://fcp.integ01.dev-franceconnect.fr/api/v1/authorize', false, false],
    ['https://fcp.integ01.dev-franceconnect.fr/api/v1/authorize', true, true],
    ['https://idp.impots.example/login', true, true],
    ['https://evil.example/', true, false],
    ['http://api.caf.example/', false, false],
    ['https://api.caf.example@evil.example/', false, false],
    ['file:///etc/passwd', true, false],
    ['javascript:alert(1)', true, false],
    ['data:text/html,<h1>x</h1>', true, false],
    ['app://other/', false, false],
    ['not a url', false, false],
  ])('%s during a FranceConnect step: %s → allowed %s', (url, step, allowed) => {
    expect(isNavigationAllowed(url, policy, step)).toBe(allowed);
  });

  it('allows the embedded sandbox on the loopback only over plain http', () => {
    const local = { backendOrigin: 'http://127.0.0.1:8787', franceConnectOrigins: [] };
    expect(isNavigationAllowed('http://127.0.0.1:8787/franceconnect/authorize', local, false)).toBe(true);
    expect(isNavigationAllowed('http://127.0.0.1:9999/', local, false)).toBe(false);
  });

  it('gives the custom scheme an origin (WHATWG says "null")', () => {
    expect(originOf('app://kiosk/x')).toBe('app://kiosk');
  });
});
