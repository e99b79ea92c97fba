// J3 "S'identifier avec FranceConnect" (« Me connecter à Mon Compte »): the wire contract of the Mon Compte side of
// FranceConnect. The browser leaves the kiosk for FranceConnect and comes back; nothing secret travels in a URL: the
// back end hands
// the kiosk a one-time code (60 s, single use) in the fragment of `returnTo`, which the kiosk exchanges for either a
// session (the person has a Mon Compte account) or the état civil that prefills account creation (they have none).
//
//   GET  /v1/franceconnect/start?returnTo=URL&challenge=C
//                                               302 to FranceConnect (browser navigation, not XHR), through a hop to
//                                               the back end's own origin that sets a cookie binding the login to this
//                                               browser (path: the callback)
//   GET  /v1/franceconnect/callback             FranceConnect comes back here; 302 to returnTo#franceconnect_code=…
//                                               (or #franceconnect_error=<code> when the visitor cancelled or it failed)
//   POST /v1/franceconnect/exchange {code, verifier}
//                                               → FranceConnectResult, only for the kiosk that holds the verifier of
//                                               the challenge it sent at /start
//   POST /v1/franceconnect/logout {returnTo}    Bearer; revokes the session → { endSessionUrl } (navigate to it; it
//                                               ends at returnTo#franceconnect_logout=done)
//   GET  /v1/franceconnect/logout/callback      FranceConnect comes back here after its logout; 302 to returnTo
import { Type, type Static } from 'typebox';
import { BirthPlace, Civilite } from './common';
import { Session } from './sessions';

/**
 * `returnTo`: where the kiosk wants the browser back, a URL of a kiosk origin the back end is configured with
 * (`app://kiosk/…` in Electron, a web kiosk's origin). `ticket` is for the back end's own hop: /start, reached through
 * the kiosk's origin, checks returnTo and continues on the callback's origin with a one-time ticket.
 * `challenge` (with returnTo): BASE64URL(SHA-256(verifier)) of a random verifier the kiosk keeps for /exchange
 * (RFC 7636's S256 method, between the kiosk and the back end).
 */
export const FranceConnectStartQuery = Type.Object(
  {
    returnTo: Type.Optional(Type.String({ maxLength: 2048 })),
    challenge: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{43}$' })),
    ticket: Type.Optional(Type.String({ maxLength: 128 })),
  },
  { additionalProperties: false },
);
export type FranceConnectStartQuery = Static<typeof FranceConnectStartQuery>;

/** What FranceConnect sends back to the redirect_uri (RFC 6749 §4.1.2 and §4.1.2.1). */
export const FranceConnectCallbackQuery = Type.Object({
  code: Type.Optional(Type.String({ maxLength: 512 })),
  state: Type.Optional(Type.String({ maxLength: 512 })),
  error: Type.Optional(Type.String({ maxLength: 128 })),
  error_description: Type.Optional(Type.String({ maxLength: 1024 })),
  iss: Type.Optional(Type.String({ maxLength: 512 })),
});
export type FranceConnectCallbackQuery = Static<typeof FranceConnectCallbackQuery>;

/** `verifier`: the kiosk's secret behind the challenge it sent at /start (RFC 7636 §4.1: 43 to 128 characters). */
export const FranceConnectExchangeInput = Type.Object(
  { code: Type.String({ maxLength: 128 }), verifier: Type.String({ pattern: '^[A-Za-z0-9._~-]{43,128}$' }) },
  { additionalProperties: false },
);
export type FranceConnectExchangeInput = Static<typeof FranceConnectExchangeInput>;

/**
 * The état civil of the FranceConnect pivot identity, in the shape of the account-creation step "État civil"
 * (EtatCivilInput without the NIR, which FranceConnect does not give). `dateNaissance` is JJ/MM/AAAA.
 */
export const FranceConnectPrefill = Type.Object({
  civilite: Civilite,
  nomNaissance: Type.String(),
  prenoms: Type.String(),
  /** FranceConnect's preferred_username: the nom d'usage when the person has one. */
  nomUsage: Type.Union([Type.String(), Type.Null()]),
  dateNaissance: Type.String({ description: 'JJ/MM/AAAA' }),
  lieuNaissance: BirthPlace,
  email: Type.Union([Type.String(), Type.Null()]),
});
export type FranceConnectPrefill = Static<typeof FranceConnectPrefill>;

export const FranceConnectResult = Type.Union([
  /** A Mon Compte account matched the identity: a full session, as a password login gives. */
  Type.Object({ kind: Type.Literal('session'), session: Session }),
  /** No Mon Compte account for this identity: offer "Créer un compte" with the état civil prefilled. */
  Type.Object({ kind: Type.Literal('create-account'), prefill: FranceConnectPrefill }),
]);
export type FranceConnectResult = Static<typeof FranceConnectResult>;

export const FranceConnectLogoutInput = Type.Object(
  { returnTo: Type.String({ maxLength: 2048 }) },
  { additionalProperties: false },
);
export type FranceConnectLogoutInput = Static<typeof FranceConnectLogoutInput>;

export const FranceConnectLogout = Type.Object({
  /** FranceConnect's end_session URL to navigate to; null when the session did not come from FranceConnect. */
  endSessionUrl: Type.Union([Type.String(), Type.Null()]),
});
export type FranceConnectLogout = Static<typeof FranceConnectLogout>;

// Error codes of these routes (ApiError.code), with their HTTP status:
// - 400 returnTo.invalid: not a URL of a kiosk origin from the back end's configuration;
// - 400 challenge.required: /start without the kiosk's challenge;
// - 400 franceconnect.state: callback without a known, live, unused state bound to this browser (missing, short,
//   replayed, expired, another browser); a browser that started a login here goes back to its returnTo with
//   #franceconnect_error=franceconnect.expired instead;
// - 502 franceconnect.failed: FranceConnect's answer did not verify (signature, nonce, acr, identity);
// - 400 franceconnect.code: unknown, expired or already used one-time code, or a verifier that does not match;
// - 503 franceconnect.unavailable: no FranceConnect configured (not sandbox, no issuer given).

// Codes put in `#franceconnect_error=` of returnTo (the kiosk translates them): franceconnect.cancelled,
// franceconnect.failed, franceconnect.acr, franceconnect.expired.
