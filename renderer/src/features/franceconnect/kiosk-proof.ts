// The kiosk's proof that it is the one that started the FranceConnect login whose one-time code it exchanges
// (shared/api/franceconnect.ts: `challenge` at /start, `verifier` at /exchange; RFC 7636's S256 method, between the
// kiosk and the back end). A code that reaches anyone else opens nothing without the verifier.
// The verifier must outlive the page, which leaves for FranceConnect and loads afresh on its return: it waits in this
// tab's sessionStorage (this origin and this tab only, emptied at every visit's end) and is taken out of it as soon as
// the page is back (return.ts).
const storageKey = 'franceconnect.verifier';

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A new verifier (256 random bits), kept for the return; answers its challenge, BASE64URL(SHA-256(verifier)). */
export async function newKioskChallenge(storage: Storage = sessionStorage, crypto: Crypto = globalThis.crypto): Promise<string> {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  storage.setItem(storageKey, verifier);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** The verifier kept by newKioskChallenge, removed from the storage (null when there is none). */
export function takeKioskVerifier(storage: Storage = sessionStorage): string | null {
  const verifier = storage.getItem(storageKey);
  storage.removeItem(storageKey);
  return verifier;
}
