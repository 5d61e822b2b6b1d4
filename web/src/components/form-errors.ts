/** Puts the server's field errors (`fields: [{ path, message }]`) next to the form fields they name. */
import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/**
 * Marks each field the server named with its message; returns whether any field matched (so the caller
 * shows the general message only when no field took it).
 */
export function showFieldErrors(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || error.fields.length === 0) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  const matched = error.fields.filter((field) => known.has(field.path.split('.')[0] ?? ''));
  form.setFields(matched.map((field) => ({ name: field.path.split('.'), errors: [field.message] })));
  return matched.length > 0;
}
