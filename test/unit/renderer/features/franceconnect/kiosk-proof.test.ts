import { describe, expect, it } from 'vitest';
import { newKioskChallenge, takeKioskVerifier } from '@renderer/features/franceconnect/kiosk-proof';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() { return map.size; },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

describe('the kiosk’s proof for a FranceConnect login', () => {
  it('keeps a fresh 256-bit verifier and answers its S256 challenge', async () => {
    const storage = memoryStorage();
    const challenge = await newKioskChallenge(storage, globalThis.crypto);
    expect(storage.getItem('franceconnect.verifier')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await newKioskChallenge(storage, globalThis.crypto)).not.toBe(challenge);
  });

  it('computes the challenge as RFC 7636 appendix B does', async () => {
    // The RFC's verifier is the base64url of 32 octets: a crypto that draws exactly those gives the RFC's challenge.
    const rfcVerifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
    const octets = Uint8Array.from(atob(rfcVerifier.replace(/-/g, '+').replace(/_/g, '/') + '='), (c) => c.charCodeAt(0));
    const drawn = {
      getRandomValues: <T extends ArrayBufferView | null>(array: T) => {
        (array as unknown as Uint8Array).set(octets);
        return array;
      },
      subtle: globalThis.crypto.subtle,
    } as Crypto;
    const storage = memoryStorage();
    expect(await newKioskChallenge(storage, drawn)).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    expect(storage.getItem('franceconnect.verifier')).toBe(rfcVerifier);
  });

  it('hands the verifier over once, and takes it out of the storage', async () => {
    const storage = memoryStorage();
    await newKioskChallenge(storage, globalThis.crypto);
    const verifier = storage.getItem('franceconnect.verifier');
    expect(takeKioskVerifier(storage)).toBe(verifier);
    expect(storage.length).toBe(0);
    expect(takeKioskVerifier(storage)).toBeNull();
  });
});
