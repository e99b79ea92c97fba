// The yup schemas of the steps several journeys share: where to send a code, the code, a new password. Every rule is
// shared/domain's (through forms/yup-domain.ts); messages are the domain's error codes.
import * as yup from 'yup';
import { checkEmail, checkMobile, checkVerificationCode, confirmationMatches } from '@shared/domain/contact';
import { checkPassword } from '@shared/domain/password';
import type { Channel } from '@shared/api/common';
import { domain } from './yup-domain';

export type { Channel };
export interface ContactValues {
  channel: Channel | null;
  value: string;
  confirmation: string;
}

/** "SMS ou mail": where the code goes, a choice the visitor must make (no channel is picked for them). */
export const channelField = yup
  .mixed<Channel>()
  .nullable()
  .test('channel', domain<Channel | null>((v) => (v ? null : { ok: false, error: 'contactChannel.required' })));

export const contactSchema = yup.object({
  channel: channelField,
  value: yup
    .string()
    .default('')
    .test('value', domain<string>((v, ctx) => {
      const channel = (ctx.parent as ContactValues).channel;
      if (channel === 'sms') return checkMobile(v ?? '');
      if (channel === 'email') return checkEmail(v ?? '');
      return null;
    })),
  confirmation: yup
    .string()
    .default('')
    .test('confirmation', domain<string>((v, ctx) => {
      const values = ctx.parent as ContactValues;
      if (!values.channel) return null;
      if ((v ?? '').trim() === '') return { ok: false, error: 'confirmation.required' };
      return confirmationMatches(values.value, v ?? '') ? null : { ok: false, error: 'confirmation.mismatch' };
    })),
});

export const codeSchema = yup.object({
  code: yup.string().default('').test('code', domain<string>((v) => checkVerificationCode(v ?? ''))),
});

export interface PasswordValues {
  password: string;
  confirmation: string;
}

export const passwordSchema = yup.object({
  password: yup.string().default('').test('password', domain<string>((v) => checkPassword(v ?? ''))),
  confirmation: yup
    .string()
    .default('')
    .test('confirmation', domain<string>((v, ctx) => {
      if ((v ?? '') === '') return { ok: false, error: 'passwordConfirmation.required' };
      return (ctx.parent as PasswordValues).password === v ? null : { ok: false, error: 'passwordConfirmation.mismatch' };
    })),
});

/**
 * A choice the schema made required, read after validation: its absence is a bug, never a reason to pick an answer
 * for the visitor (a silent default would send a civilité or a channel they did not choose).
 */
export function chosen<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} was validated as required but is empty`);
  return value;
}
