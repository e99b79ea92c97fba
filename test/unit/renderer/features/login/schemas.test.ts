import { describe, expect, it } from 'vitest';
import type { ValidationError } from 'yup';
import { ALLOCATAIRE_NUMBER_TYPED, loginSchema } from '@renderer/features/login/schemas';

async function errorsOf(provisional: boolean, values: { identifier: string; password: string }) {
  try {
    await loginSchema(() => provisional).validate(values, { abortEarly: false });
    return {};
  } catch (e) {
    return Object.fromEntries((e as ValidationError).inner.map((i) => [i.path, i.message]));
  }
}

describe('the login schema', () => {
  it('takes a NIR\'s 13 first digits and a password', async () => {
    expect(await errorsOf(false, { identifier: '1600667482107', password: '47110592' })).toEqual({});
  });

  it('recognises an allocataire number typed as the NIR (« Comment je fais pour me connecter … sur mon mobile ? »: the former identifier), not a bare length error', async () => {
    expect(await errorsOf(false, { identifier: '1122334', password: '47110592' })).toEqual({ identifier: ALLOCATAIRE_NUMBER_TYPED });
    expect(await errorsOf(false, { identifier: '112 23 34', password: '' })).toEqual({
      identifier: ALLOCATAIRE_NUMBER_TYPED, password: 'loginPassword.required',
    });
  });

  it('keeps the NIR\'s own errors for anything else that is short', async () => {
    expect(await errorsOf(false, { identifier: '112233', password: 'x' })).toEqual({ identifier: 'nir.length' });
    expect(await errorsOf(false, { identifier: '11223344', password: 'x' })).toEqual({ identifier: 'nir.length' });
  });

  it('checks a provisional identifier as one, whatever its length', async () => {
    expect(await errorsOf(true, { identifier: '1122334', password: 'x' })).toEqual({ identifier: 'provisionalId.format' });
  });
});
