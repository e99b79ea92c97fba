import { describe, expect, it } from 'vitest';
import { hmac, randomToken, sameSecret, sha256 } from '../../../../backend/src/services/secrets';

describe('the back end’s secrets', () => {
  it('gives the PKCE S256 challenge of RFC 7636’s example in base64url, token hashes in hex', () => {
    expect(sha256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', 'base64url')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('keys its HMAC with a string or with bytes', () => {
    const key = Buffer.from('key');
    expect(hmac(key, 'The quick brown fox jumps over the lazy dog')).toBe('f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8');
    expect(hmac('key', 'The quick brown fox jumps over the lazy dog', 'base64url')).toBe(Buffer.from('f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8', 'hex').toString('base64url'));
  });

  it('compares secrets whole: a prefix, a longer value or nothing is not the secret', () => {
    const secret = randomToken();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sameSecret(secret, secret)).toBe(true);
    expect(sameSecret(secret.slice(0, 42), secret)).toBe(false);
    expect(sameSecret(`${secret}x`, secret)).toBe(false);
    expect(sameSecret(undefined, secret)).toBe(false);
    expect(sameSecret('', secret)).toBe(false);
  });
});
