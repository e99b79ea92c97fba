// One step's form: vee-validate over a yup schema of schemas.ts. Errors appear on "Continuer", then each field is
// re-checked live as the visitor corrects it (issue 4). Everything typed is copied to the store as it is typed, so
// going back and forth keeps it. Back-end errors ({code, field}) land on their field; errors are codes, translated
// by `message()`.
import { computed, ref, toRaw, watch } from 'vue';
import { useForm, type GenericObject, type Path } from 'vee-validate';
import type { AnyObjectSchema } from 'yup';
import type { ApiFailure } from '../api/errors';
import { useErrorText } from './error-text';

export function useStepForm<T extends GenericObject>(options: {
  schema: AnyObjectSchema;
  initialValues: T;
  /** Fields in screen order (the error summary lists them in that order). */
  fieldOrder: ReadonlyArray<keyof T & string>;
  onValues?: (values: T) => void;
  /** Back-end field paths (e.g. "lieuNaissance.commune") to this form's field names. */
  serverField?: (field: string, code: string) => (keyof T & string) | null;
  /** Where the journey's own words for an error code are ("aideLogement.errors"), read before errors.<code>. */
  errorScope?: string;
}) {
  // vee-validate's deep-partial type of initialValues does not reduce on a generic T; the values are a full T.
  const initialValues = structuredClone(toRaw(options.initialValues)) as never;
  const form = useForm<T>({ validationSchema: options.schema, initialValues });
  const message = useErrorText(options.errorScope);
  const submitted = ref(false);
  const attempt = ref(0);
  /** An error of the back end that concerns no field ("rateLimited"…). */
  const generalError = ref<string | null>(null);

  function field<K extends keyof T & string>(name: K) {
    return form.defineField(name as unknown as Path<T>, () => ({
      validateOnModelUpdate: submitted.value,
      validateOnBlur: false,
      validateOnChange: false,
      validateOnInput: false,
    }));
  }

  if (options.onValues) {
    const onValues = options.onValues;
    watch(
      () => form.values,
      (values) => onValues(structuredClone(toRaw(values)) as T),
      { deep: true },
    );
  }

  const errorOf = (name: keyof T & string) => message((form.errors.value as Record<string, string | undefined>)[name]);

  const summary = computed(() => {
    const errors = form.errors.value as Record<string, string | undefined>;
    return options.fieldOrder
      .filter((name) => errors[name])
      .map((name) => ({ field: name as string, message: message(errors[name]) ?? '' }));
  });

  /**
   * Validates; when every field is right, runs the step's action on what the visitor had typed when they pressed it.
   * vee-validate checks the schema a moment later, on the values as they are then: a field changed in between (the
   * date corrected just after « Déclarer la séparation », which sent the corrected date unseen) sends nothing, and the
   * next press checks and sends what is on screen.
   */
  async function onContinue(action: (values: T) => Promise<void>): Promise<void> {
    submitted.value = true;
    generalError.value = null;
    const pressed = JSON.stringify(toRaw(form.values));
    const result = await form.validate();
    if (!result.valid) {
      attempt.value += 1;
      return;
    }
    if (JSON.stringify(toRaw(form.values)) !== pressed) return;
    await action(structuredClone(toRaw(form.values)) as T);
  }

  /** Puts a back-end refusal on its field (or at the top when it names none). */
  function showFailure(failure: ApiFailure): void {
    if (failure.kind !== 'api') return;
    const target = failure.field && options.serverField ? options.serverField(failure.field, failure.code) : null;
    if (target) form.setFieldError(target as unknown as Path<T>, failure.code);
    else generalError.value = failure.code;
    attempt.value += 1;
  }

  return { form, field, errorOf, summary, attempt, onContinue, showFailure, generalError, message, submitted };
}
