// The numéro allocataire: the number of a household's file at the Caf, written on every Caf letter. Until October
// 2021 it was the login identifier of Mon Compte, with an 8-digit password; since then the login is the NIR's 13 first
// digits (« Depuis ce 9/10/2021, la connexion … est facilitée » and « Comment je fais pour me connecter … sur mon
// mobile ? »: "AVANT, je me connectais avec mon numéro allocataire … MAINTENANT, il faut que je me connecte avec mon
// numéro de sécurité sociale").
//
// A numéro allocataire has 7 digits (the sandbox's files: 1234567, 7654321, 1122334). Nothing else a visitor might
// type in the login's identifier field has that shape: a NIR has 13 characters (15 with its key), a provisional
// identifier 13 digits beginning with 9, the old password 8 digits. So 7 digits typed as the identifier are
// recognised as an allocataire number, and the login explains the change instead of a bare "13 caractères".
import { normalizeNir } from './nir';

const ALLOCATAIRE_NUMBER = /^\d{7}$/;

/** True when the input (spaces, dots and hyphens ignored) has the shape of a numéro allocataire: 7 digits. */
export function looksLikeAllocataireNumber(input: string): boolean {
  return ALLOCATAIRE_NUMBER.test(normalizeNir(input).replace(/[.-]/g, ''));
}
