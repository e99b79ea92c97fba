// The kiosk's one Content-Security-Policy (shared/content-security-policy.ts): strict, the same in header and <meta>
// but for what a <meta> cannot carry, and allowing exactly the inline <style> reka-ui's ComboboxViewport inserts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  comboboxViewportStyleHash,
  contentSecurityPolicy,
  developmentContentSecurityPolicy,
  metaContentSecurityPolicy,
} from '@shared/content-security-policy';

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

describe('the content security policy', () => {
  it('allows no inline or foreign script, and connections to its own origin only', () => {
    expect(directive(contentSecurityPolicy, 'default-src')).toBe("default-src 'none'");
    // 'wasm-unsafe-eval' lets the speech synthesiser (WebAssembly) compile; eval() stays refused ('unsafe-eval').
    expect(directive(contentSecurityPolicy, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directive(contentSecurityPolicy, 'connect-src')).toBe("connect-src 'self'");
    expect(contentSecurityPolicy).not.toMatch(/'unsafe-eval'|script-src[^;]*unsafe-inline|style-src-elem[^;]*unsafe-inline/);
  });

  it('gives the <meta> the same policy without frame-ancestors, which a <meta> cannot carry', () => {
    expect(directive(contentSecurityPolicy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(metaContentSecurityPolicy).not.toContain('frame-ancestors');
    expect(`${metaContentSecurityPolicy}; frame-ancestors 'none'`).toBe(contentSecurityPolicy);
  });

  it('relaxes only styles and the hot-reload socket for the development server', () => {
    expect(directive(developmentContentSecurityPolicy, 'style-src-elem')).toBe("style-src-elem 'self' 'unsafe-inline'");
    expect(directive(developmentContentSecurityPolicy, 'connect-src')).toBe("connect-src 'self' ws: wss:");
    expect(directive(developmentContentSecurityPolicy, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('allows the exact <style> the installed reka-ui ComboboxViewport renders, by its hash', () => {
    const require = createRequire(import.meta.url);
    const file = require.resolve('reka-ui').replace(/index\.c?js$/, 'Combobox/ComboboxViewport.js');
    const source = readFileSync(file, 'utf8');
    const text = /as: "style",[\s\S]*?createTextVNode\(("(?:[^"\\]|\\.)*"), -1\)/.exec(source)?.[1];
    expect(text, `no <style> text found in ${file}: has reka-ui changed how it hides the scrollbar?`).toBeDefined();
    const hash = createHash('sha256').update(JSON.parse(text!) as string).digest('base64');
    expect(comboboxViewportStyleHash).toBe(`'sha256-${hash}'`);
    expect(directive(contentSecurityPolicy, 'style-src-elem')).toBe(`style-src-elem 'self' ${comboboxViewportStyleHash}`);
  });
});
