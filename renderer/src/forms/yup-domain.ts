// The yup adapter over shared/domain: a schema's test calls the domain's check, so the renderer's forms and the back
// end's checks apply the same rule; a failed check becomes the domain's error code (translated by the views).
import type * as yup from 'yup';
import type { Check } from '@shared/domain/check';

/** A yup test that passes when the domain check passes, and otherwise fails with the domain's error code. */
export function domain<V>(check: (value: V, context: yup.TestContext) => Check<unknown> | null) {
  return function (this: yup.TestContext, value: unknown) {
    const result = check(value as V, this);
    return result === null || result.ok ? true : this.createError({ message: result.error });
  };
}
