// Moves the focus to a field by id, as the error summary's links do (GOV.UK pattern). A radio group or a pin input is
// not focusable itself: its checked (else first) radio, or its first box, takes the focus.
export function focusField(id: string, doc: Document = document): boolean {
  const el = doc.getElementById(id);
  if (!el) return false;
  const target = el.matches('input, select, textarea, button, [tabindex]')
    ? el
    : (el.querySelector<HTMLElement>('[role="radio"][aria-checked="true"]') ??
      el.querySelector<HTMLElement>('input, button, [role="radio"], [tabindex]'));
  if (!target) return false;
  target.focus();
  target.scrollIntoView({ block: 'center' });
  return true;
}
