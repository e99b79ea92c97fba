// The simulator's server-rendered pages (FranceConnect's own screens: provider choice, the provider's login, consent,
// logout, errors). French, one column, large touch targets (≥ 64 px, docs/product.md "Large touch"), high contrast, no
// external asset and no inline script or style, so they run under `default-src 'none'` (see CSP below).
import { escapeHtml } from '../../../../shared/html';
import type { IdentityProvider, PivotIdentity, SandboxIdentity } from './identities';

/** Where the stylesheet and the logout script are served (same origin as the pages). */
export interface PageContext {
  assetsPath: string;
}

/** Content-Security-Policy of every simulator page: only our own stylesheet and script. */
export const PAGE_CSP =
  "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'";


/** A piece of markup already safe to embed (built only by `html`). */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Tagged template: interpolated strings are escaped, Markup and arrays of Markup are embedded as they are. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Markup(out);
}
function render(value: unknown): string {
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function layout(ctx: PageContext, title: string, body: Markup, options: { script?: string } = {}): string {
  return html`<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} - FranceConnect (bac à sable)</title>
<link rel="stylesheet" href="${ctx.assetsPath}/simulator.css">
${options.script ? html`<script src="${ctx.assetsPath}/${options.script}" defer></script>` : ''}
</head>
<body>
<header class="banner">
<p class="brand">FranceConnect</p>
<p class="sandbox" role="note">Environnement de démonstration : aucune donnée réelle</p>
</header>
<main id="contenu">
${body}
</main>
</body>
</html>`.value;
}

export function providerChoicePage(ctx: PageContext, args: { clientName: string; providers: readonly IdentityProvider[]; providerHref: (id: string) => string; abortHref: string }): string {
  return layout(ctx, 'Je choisis un compte', html`
<h1>Je choisis un compte pour me connecter sur ${args.clientName}</h1>
<p>FranceConnect vous permet d'accéder à ${args.clientName} avec un compte que vous avez déjà.</p>
<ul class="choices">
${args.providers.map((p) => html`<li><a class="button provider" href="${args.providerHref(p.id)}">${p.name}</a></li>`)}
</ul>
<form method="post" action="${args.abortHref}"><button class="button secondary" type="submit">Annuler et revenir sur ${args.clientName}</button></form>`);
}

export function providerLoginPage(ctx: PageContext, args: {
  provider: IdentityProvider;
  action: string;
  backHref: string;
  identities: readonly SandboxIdentity[];
  error?: boolean;
  identifier?: string;
}): string {
  const { provider } = args;
  return layout(ctx, `Connexion avec ${provider.name}`, html`
<h1>Je me connecte avec mon compte ${provider.name}</h1>
${args.error ? html`<p class="error" role="alert" id="erreur">Identifiant ou mot de passe incorrect.</p>` : ''}
<form method="post" action="${args.action}" class="login">
<p><label for="identifier">${provider.identifierLabel}</label>
<input id="identifier" name="identifier" autocomplete="off" required value="${args.identifier ?? ''}"${args.error ? html` aria-invalid="true" aria-describedby="erreur"` : ''}></p>
<p><label for="password">Mot de passe</label>
<input id="password" name="password" type="password" autocomplete="off" required${args.error ? html` aria-invalid="true" aria-describedby="erreur"` : ''}></p>
<button class="button primary" type="submit">Me connecter</button>
</form>
<section aria-labelledby="test-identities">
<h2 id="test-identities">Identités de test</h2>
<p>Dans cet environnement de démonstration, chaque personne ci-dessous se connecte d'un seul geste.</p>
<ul class="choices">
${args.identities.map((i) => html`<li><form method="post" action="${args.action}"><input type="hidden" name="identity" value="${i.id}">
<button class="button identity" type="submit">Me connecter en tant que ${displayName(i.claims)}<span class="detail">${i.note} - identifiant ${i.identifier}, mot de passe ${i.password}</span></button></form></li>`)}
</ul>
</section>
<p><a class="button secondary" href="${args.backHref}">Revenir au choix du compte</a></p>`);
}

const CLAIM_LABELS: Record<keyof PivotIdentity, string> = {
  given_name: 'Prénoms',
  family_name: 'Nom de naissance',
  birthdate: 'Date de naissance',
  gender: 'Sexe',
  birthplace: 'Lieu de naissance',
  birthcountry: 'Pays de naissance',
  email: 'Adresse électronique',
  preferred_username: "Nom d'usage",
};

export function consentPage(ctx: PageContext, args: { clientName: string; identity: SandboxIdentity; claims: Array<keyof PivotIdentity>; action: string; abortHref: string }): string {
  return layout(ctx, `Continuer sur ${args.clientName}`, html`
<h1>Vous êtes connecté(e) en tant que ${displayName(args.identity.claims)}</h1>
<p>Pour continuer, FranceConnect transmet à ${args.clientName} les données suivantes :</p>
<ul class="claims">${args.claims.map((c) => html`<li>${CLAIM_LABELS[c]}</li>`)}</ul>
<form method="post" action="${args.action}"><button class="button primary" type="submit">Continuer sur ${args.clientName}</button></form>
<form method="post" action="${args.abortHref}"><button class="button secondary" type="submit">Annuler et revenir sur ${args.clientName}</button></form>`);
}

export function logoutPage(ctx: PageContext, form: string): string {
  // `form` is oidc-provider's own <form id="op.logoutForm"> with its xsrf token; logout.js submits it at once (FranceConnect
  // v2 logs out without asking), the button is there for a browser without scripts.
  return layout(ctx, 'Déconnexion', html`
<h1>Déconnexion de FranceConnect</h1>
${new Markup(form)}
<input type="hidden" form="op.logoutForm" name="logout" value="yes">
<button class="button primary" type="submit" form="op.logoutForm">Me déconnecter de FranceConnect</button>`, { script: 'logout.js' });
}

export function loggedOutPage(ctx: PageContext): string {
  return layout(ctx, 'Déconnecté', html`<h1>Vous êtes déconnecté(e) de FranceConnect</h1>`);
}

/** `back`: where "Revenir sur …" leads (the service's callback: it sends a browser that started a login back to its page). */
export function errorPage(ctx: PageContext, code: string, back?: { href: string; clientName: string }): string {
  return layout(ctx, 'Erreur', html`
<h1>Une erreur est survenue</h1>
<p>La connexion avec FranceConnect n'a pas pu aboutir. Recommencez depuis ${back ? back.clientName : 'le service'}.</p>
<p class="detail">Code : ${code}</p>
${back ? html`<p><a class="button primary" href="${back.href}">Revenir sur ${back.clientName}</a></p>` : ''}`);
}

function displayName(claims: PivotIdentity): string {
  return `${claims.given_name} ${claims.family_name}`;
}

export const STYLESHEET = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,sans-serif;font-size:1.375rem;line-height:1.5;color:#161616;background:#f6f6f6}
.banner{background:#000091;color:#fff;padding:1rem 2rem;display:flex;justify-content:space-between;align-items:center;flex-wrap:wrap}
.brand{font-size:1.75rem;font-weight:700;margin:0}
.sandbox{margin:0;background:#fff;color:#000091;padding:.25rem .75rem;font-weight:700}
main{max-width:48rem;margin:0 auto;padding:2rem}
h1{font-size:2rem;line-height:1.25}
h2{font-size:1.5rem}
.choices{list-style:none;padding:0;display:grid;gap:1rem}
.button{display:flex;flex-direction:column;justify-content:center;min-height:4rem;width:100%;padding:.75rem 1.5rem;font:inherit;font-weight:700;text-align:left;text-decoration:none;border:3px solid #000091;border-radius:.5rem;cursor:pointer}
.primary{background:#000091;color:#fff}
.provider,.identity,.secondary{background:#fff;color:#000091}
.button:focus-visible,input:focus-visible{outline:4px solid #b34000;outline-offset:3px}
.detail{font-weight:400;font-size:1.125rem}
form{margin:1rem 0}
label{display:block;font-weight:700}
input{width:100%;min-height:4rem;font:inherit;padding:.5rem 1rem;border:2px solid #3a3a3a;border-radius:.25rem;background:#fff}
.error{color:#ce0500;font-weight:700;border-left:6px solid #ce0500;padding-left:1rem}
.claims li{margin:.25rem 0}
`;

export const LOGOUT_SCRIPT = `document.getElementById('op.logoutForm')?.submit();\n`;
