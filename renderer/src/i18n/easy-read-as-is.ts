// Which texts the easy-read (« Facile à lire ») locales must rewrite: every text a visitor reads on a screen, in
// every language of kiosk/languages.ts' easyReadLanguages. test/unit/renderer/i18n/messages.test.ts fails when one of
// them is neither rewritten (features/<journey>/easy-read.<code>.ts, help.easy-read.<code>.ts, easy-read.<code>.ts)
// nor listed below as already easy to read, so a new screen's text cannot be forgotten.

/** Parts of the messages no visitor reads in easy-read mode, and why. */
export const notVisitorScreens = [
  'agent.', // the agent panel: staff only, opened with the agent's code
  'speech.words.', // words spoken by the voice (« bouton », « coché »), not shown
  'kiosk.outOfService.', // shown when the kiosk cannot run at all, before any visitor has chosen a mode
  'kiosk.workshop', // the workshop banner: for the agent who runs the workshop
  'welcome.practice.', // the workshop's practice identities: an agent runs the workshop beside the trainees
  'migration.cguSummary', // the translated summary of the CGU: empty in French, a summary in the other languages
] as const;

/** Texts whose ordinary version already is easy to read: a name, a one-word label, a button's word. */
export const easyReadAsIs: readonly string[] = [
  // The header's and the voice's controls, the on-screen keyboard: short labels, the same on every screen.
  'app.title', 'app.caf', 'app.largeText', 'app.highContrast', 'app.easyRead', 'app.display', 'app.language',
  'app.chooseLanguage', 'app.quit', 'app.back', 'app.close', 'app.help',
  // The error summary's title, « Il y a un problème »: four everyday words above the error texts.
  'errors.summaryTitle',
  'speech.turnOn', 'speech.turnOnHint', 'speech.controls', 'speech.on', 'speech.turnOff', 'speech.repeat',
  'speech.louder', 'speech.quieter', 'speech.faster', 'speech.slower',
  'keyboard.region', 'keyboard.backspace', 'keyboard.shift', 'keyboard.space', 'keyboard.hide',
  // Buttons' words (« Continuer », « Se connecter », « Mot de passe oublié ? »…), which the easy-read texts quote as
  // they are, and labels of one or two everyday words.
  // « Mon Compte » and « Accessibilité » are names the visitor finds on every Caf screen and letter (« Comment je fais
  // pour me connecter … sur mon mobile ? »'s header).
  'welcome.monCompte', 'accessibility.title', 'help.accessibility', 'help.topics.accessibility.title',
  'welcome.portal.create', 'welcome.portal.login', 'welcome.portal.or', 'welcome.portal.franceConnect',
  'demande.back', 'demande.toThemes', 'demande.apply', 'demande.prestations.aideLogement.name',
  'demande.prestations.primeDemenagement.name', 'demande.prestations.versementDirect.name',
  'demande.prestations.attestationLoyer.name', 'demande.prestations.certificatPret.name',
  'demande.prestations.pretAmelioration.name', 'demande.prestations.paje.name',
  'demande.prestations.allocationsFamiliales.name', 'demande.prestations.cmg.name', 'demande.prestations.asf.name',
  'demande.prestations.deces.name', 'demande.prestations.rsa.name', 'demande.prestations.primeActivite.name',
  'demande.prestations.aah.name', 'demande.prestations.aeeh.name', 'demande.prestations.ajpp.name',
  'demande.prestations.changementSituation.name',
  'help.open', 'help.title', 'help.close',
  'accessibility.on', 'accessibility.off', 'accessibility.state', 'accessibility.textSize.title',
  'accessibility.contrast.title', 'accessibility.easyRead.title', 'accessibility.languages.title',
  'accessibility.help.title', 'accessibility.back',
  'aideLogement.step', 'aideLogement.continue', 'aideLogement.back', 'aideLogement.retry', 'aideLogement.close',
  'aideLogement.helpLabel', 'aideLogement.foyer.person', 'aideLogement.foyer.liens.conjoint',
  'aideLogement.foyer.liens.enfant', 'aideLogement.logement.postalCode', 'aideLogement.logement.kinds.appartement',
  'aideLogement.logement.kinds.maison', 'aideLogement.logement.kinds.chambre', 'aideLogement.logement.kinds.foyer',
  'aideLogement.loyer.postalCode', 'aideLogement.banque.iban', 'aideLogement.recap.edit',
  'aideLogement.recap.editShort', 'aideLogement.recap.iban', 'aideLogement.recap.euros', 'aideLogement.sent.date',
  'createAccount.step', 'createAccount.continue', 'createAccount.back', 'createAccount.retry',
  'createAccount.helpLabel', 'createAccount.close', 'createAccount.intro.start', 'createAccount.etatCivil.yes',
  'createAccount.etatCivil.no', 'createAccount.etatCivil.madame', 'createAccount.etatCivil.monsieur',
  'createAccount.etatCivil.optional', 'createAccount.identityDocument.carteIdentite',
  'createAccount.identityDocument.titreSejour', 'createAccount.identityDocument.passeport',
  'createAccount.contact.send', 'createAccount.code.digit', 'createAccount.code.validate',
  'createAccount.password.show', 'createAccount.password.hide', 'createAccount.summary.edit',
  'createAccount.summary.login',
  'kiosk.cleared.start',
  'login.show', 'login.hide', 'login.submit', 'login.forgotten', 'login.or', 'login.franceConnect', 'login.retry',
  'login.helpLabel', 'login.close', 'login.lostNir.toggle',
  'passwordReset.email', 'passwordReset.send', 'passwordReset.validate',
  // Seed 004, the Caf's own easy-read tutorial, quotes these two as they are: the CGU's acceptance and the secret.
  'migration.accept', 'migration.secret',
  'migration.continue', 'migration.optional', 'migration.byEmail', 'migration.validate',
  'migration.step',
  'franceConnect.go',
  'accountSpace.logout', 'accountSpace.open', 'accountSpace.print', 'accountSpace.demarches.number',
  'accountSpace.etatCivil.civilites.MADAME', 'accountSpace.etatCivil.civilites.MONSIEUR',
  'accountSpace.etatCivil.born', 'accountSpace.table.date', 'accountSpace.table.amount',
  'household.separation.newAddress', 'household.separation.postalCode', 'household.contact.send',
];
