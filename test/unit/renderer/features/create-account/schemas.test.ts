import { describe, expect, it } from 'vitest';
import type { ValidationError } from 'yup';
import { etatCivilSchema, nirDisagreements, type EtatCivilValues } from '@renderer/features/create-account/schemas';
import { contactSchema, passwordSchema } from '@renderer/forms/schemas';

const today = () => ({ year: 2026, month: 11, day: 22 });
// INES BENALI of the sandbox seed: a valid NIR consistent with her état civil.
const ines: EtatCivilValues = {
  hasNir: 'oui', nir: '2090233063110', civilite: 'MADAME', nomNaissance: 'Benali', prenoms: 'Inès', nomUsage: '',
  dateNaissance: '08/02/2009', lieuKind: 'france', departement: '33', commune: '33063', pays: null,
};

async function errorsOf(schema: { validate: (v: unknown, o: object) => Promise<unknown> }, values: unknown) {
  try {
    await schema.validate(values, { abortEarly: false });
    return {};
  } catch (e) {
    return Object.fromEntries((e as ValidationError).inner.map((i) => [i.path, i.message]));
  }
}

describe('the état civil schema', () => {
  it('accepts a consistent état civil', async () => {
    expect(await errorsOf(etatCivilSchema(today), ines)).toEqual({});
  });

  it('answers with the domain error codes, field by field', async () => {
    const errors = await errorsOf(etatCivilSchema(today), {
      ...ines, nir: '3090233063110', nomNaissance: '', dateNaissance: '31/02/2009', lieuKind: null,
    });
    expect(errors).toMatchObject({ nomNaissance: 'nomNaissance.required', dateNaissance: 'birthDate.invalid', lieuKind: 'birthPlace.required' });
    expect(errors.nir).toBe('nir.sex');
  });

  it('asks no NIR of a visitor who has none', async () => {
    expect(await errorsOf(etatCivilSchema(today), { ...ines, hasNir: 'non', nir: '' })).toEqual({});
  });

  it('points out the answer that disagrees with the NIR before the back end refuses it', async () => {
    expect(nirDisagreements({ ...ines, civilite: 'MONSIEUR' }, today())).toEqual(['civilite']);
    const errors = await errorsOf(etatCivilSchema(today), { ...ines, dateNaissance: '08/03/2009' });
    expect(errors).toEqual({ dateNaissance: 'nirConsistency.dateNaissance' });
  });
});

describe('the contact and password schemas', () => {
  it('checks a mobile and its confirmation', async () => {
    expect(await errorsOf(contactSchema, { channel: 'sms', value: '06 12 34 56 78', confirmation: '0612345678' })).toEqual({});
    expect(await errorsOf(contactSchema, { channel: 'sms', value: '06 12 34 56 78', confirmation: '0612345679' })).toEqual({
      confirmation: 'confirmation.mismatch',
    });
    expect(await errorsOf(contactSchema, { channel: null, value: '', confirmation: '' })).toEqual({ channel: 'contactChannel.required' });
  });

  it('checks the password rules and that both typings are the same', async () => {
    expect(await errorsOf(passwordSchema, { password: 'Soleil2024x', confirmation: 'Soleil2024x' })).toEqual({});
    expect(await errorsOf(passwordSchema, { password: 'court1A', confirmation: 'court1B' })).toEqual({
      password: 'password.rules', confirmation: 'passwordConfirmation.mismatch',
    });
  });
});
