// The checks of the request's steps, each a shared/domain rule (the back end runs the same ones and answers with the
// same codes at the same fields).
import * as yup from 'yup';
import { checkAddressLine, checkCity, checkPostalCode } from '@shared/domain/address';
import { checkAmount } from '@shared/domain/amount';
import { checkPastDay } from '@shared/domain/calendar-day';
import { checkIban } from '@shared/domain/iban';
import { checkName } from '@shared/domain/names';
import { parisDay } from '@shared/domain/paris-day';
import { domain } from '../../forms/yup-domain';

/** Today in Europe/Paris, as the back end computes it. */
const todayHere = () => parisDay(Date.now());
const text = (check: (v: string) => ReturnType<typeof checkAddressLine>) => yup.string().default('').test('rule', domain<string>((v) => check(v ?? '')));
const required = (code: string) => yup.string().default('').test('rule', function (v) {
  return (v ?? '').trim() !== '' || this.createError({ message: code });
});
const choice = (code: string) => yup.string().nullable().default(null).test('rule', function (v) {
  return Boolean(v) || this.createError({ message: code });
});
const amount = (maxCents: number) => text((v) => checkAmount(v, maxCents) as never);
const pastDay = () => text((v) => checkPastDay(v, todayHere()) as never);

export interface MemberValues { lien: 'conjoint' | 'enfant' | 'autre' | null; nom: string; prenoms: string; dateNaissance: string }
export const memberSchema = yup.object({
  lien: choice('lien.required'),
  nom: text((v) => checkName(v, 'nomNaissance')),
  prenoms: text((v) => checkName(v, 'prenoms')),
  dateNaissance: pastDay(),
});

export interface LogementValues {
  line: string; postalCode: string; city: string;
  statut: 'locataire' | 'proprietaire' | null; kind: 'appartement' | 'maison' | 'chambre' | 'foyer' | null; dateEntree: string;
}
export const logementSchema = yup.object({
  line: text(checkAddressLine), postalCode: text(checkPostalCode), city: text(checkCity),
  statut: choice('statut.required'), kind: choice('kind.required'), dateEntree: pastDay(),
});

export interface LoyerValues { montant: string; charges: string; bailleur: string; line: string; postalCode: string; city: string }
export const loyerSchema = yup.object({
  montant: amount(1_000_000), charges: amount(500_000), bailleur: required('nom.required'),
  line: text(checkAddressLine), postalCode: text(checkPostalCode), city: text(checkCity),
});

/** One amount per member of the home: field names are "r-<memberId>". */
export const ressourcesSchema = (memberIds: readonly string[]) =>
  yup.object(Object.fromEntries(memberIds.map((id) => [`r-${id}`, amount(100_000_000)])));

export interface BanqueValues { titulaire: string; iban: string }
export const banqueSchema = yup.object({ titulaire: required('titulaire.required'), iban: text(checkIban as never) });
