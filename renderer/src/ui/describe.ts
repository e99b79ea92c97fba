// aria-describedby of a field's control: its hint and its error, by the ids FieldShell gives them.
export function describedBy(id: string, parts: { hint?: string | undefined; error?: string | undefined; extra?: string }): string | undefined {
  const ids = [parts.hint ? `${id}-hint` : null, parts.error ? `${id}-error` : null, parts.extra ?? null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
