import { describe, expect, it } from 'vitest';
import { clearedUrl, defaultWebConfig, webConfigFrom } from '@renderer/kiosk/web-bridge';

describe('the web bridge configuration', () => {
  it('calls the back end on the page origin with the kiosk defaults', () => {
    const config = webConfigFrom('', 'http://127.0.0.1:4173');
    expect(config.backendUrl).toBe('http://127.0.0.1:4173');
    expect(config.mode).toBe('kiosk');
    expect(config.onScreenKeyboard).toBe(true);
    expect(config.timeouts).toEqual(defaultWebConfig.timeouts);
  });

  it('turns the on-screen keyboard off in laptop mode and reads test timeouts', () => {
    const config = webConfigFrom('?mode=laptop&idle=5&warning=20', 'http://x');
    expect(config.onScreenKeyboard).toBe(false);
    expect(config.timeouts.idleSeconds).toBe(5);
    expect(config.timeouts.warningSeconds).toBe(20);
  });

  it('ignores nonsense in the query string', () => {
    const config = webConfigFrom('?mode=root&idle=-3', 'http://x');
    expect(config.mode).toBe('kiosk');
    expect(config.timeouts.idleSeconds).toBe(defaultWebConfig.timeouts.idleSeconds);
  });

  it('keeps the test parameters (printer included) across the end of a visit, and nothing else', () => {
    const url = new URL(clearedUrl('http://x/?keyboard=off&printer=off&nir=2780506088101#/compte'));
    expect(url.searchParams.get('keyboard')).toBe('off');
    expect(url.searchParams.get('printer')).toBe('off');
    expect(url.searchParams.get('cleared')).toBe('1');
    expect(url.searchParams.has('nir')).toBe(false);
    expect(url.hash).toBe('');
  });
});
