// What a journey's yup schema says of some values: each failing field and its error code (the domain's), as the form
// would show them; {} when every field passes.
import type { AnyObjectSchema, ValidationError } from 'yup';

export async function schemaErrors(schema: AnyObjectSchema, values: object): Promise<Record<string, string>> {
  try {
    await schema.validate(values, { abortEarly: false });
    return {};
  } catch (error) {
    return Object.fromEntries((error as ValidationError).inner.map((e) => [e.path ?? '', e.message]));
  }
}
