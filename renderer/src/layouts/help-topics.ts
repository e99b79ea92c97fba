// Which « Besoin d'aide ? » topic each screen shows (the texts: i18n/help.<language>.ts). Keyed by route name, so no
// journey's routes need to know about help; test/unit/renderer/layouts/help-topics.test.ts fails for a route that
// has no topic, or a topic that has no questions in some language. A screen not listed shows the general topic
// (fail closed: there is always help and « Appeler un agent »).
export const helpTopicOfRoute = {
  welcome: 'welcome',
  portal: 'portal',
  'demande-themes': 'demande',
  'demande-theme': 'demande',
  'demande-prestation': 'demande',
  'create-account-intro': 'etatCivil',
  'create-account-etat-civil': 'etatCivil',
  'create-account-identity': 'identityDocument',
  'create-account-contact': 'contact',
  'create-account-code': 'code',
  'create-account-password': 'password',
  'create-account-summary': 'summary',
  login: 'login',
  'password-reset': 'passwordReset',
  'password-reset-code': 'code',
  'password-reset-password': 'password',
  'migration-cgu': 'cgu',
  'migration-password': 'password',
  'migration-contact': 'contact',
  'migration-code': 'code',
  'migration-recap': 'contact',
  // « Pour ma prochaine connexion »: the questions of the login screen.
  'migration-end': 'login',
  franceconnect: 'franceConnect',
  'franceconnect-return': 'franceConnect',
  'account-space': 'accountSpace',
  'account-demarches': 'accountSpace',
  'account-allocations': 'documents',
  'account-releve': 'documents',
  'account-attestations': 'documents',
  'account-courriers': 'documents',
  'household-contact': 'contact',
  'household-separation': 'separation',
  'household-separation-done': 'separation',
  'household-autorisation': 'autorisation',
  'aide-logement-start': 'aideLogement',
  'aide-logement-foyer': 'aideLogement',
  'aide-logement-logement': 'logement',
  'aide-logement-loyer': 'loyer',
  'aide-logement-ressources': 'ressources',
  'aide-logement-banque': 'banque',
  'aide-logement-recapitulatif': 'aideLogement',
  'aide-logement-sent': 'aideLogement',
  accessibility: 'accessibility',
} as const;

export type HelpTopic = (typeof helpTopicOfRoute)[keyof typeof helpTopicOfRoute];

export function helpTopicOf(routeName: unknown): HelpTopic {
  return typeof routeName === 'string' && Object.hasOwn(helpTopicOfRoute, routeName)
    ? helpTopicOfRoute[routeName as keyof typeof helpTopicOfRoute]
    : 'welcome';
}
