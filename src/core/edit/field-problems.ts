/**
 * What an edit got wrong, field by field: the request path of the field ("budget.total", "spendingPlan.2.raw")
 * and a Chinese message naming the field as the user sees it. An edit with problems changes nothing.
 */
import { DomainError } from '../errors';

export interface FieldProblem {
  path: string;
  message: string;
}

/** A value read from an edit, or the problems that stop it. */
export type EditReading<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/**
 * The value of `reading`.
 * @throws DomainError('validation_failed') with `details.fields` (the door shows each next to its field)
 */
export function valueOrThrow<T>(reading: EditReading<T>): T {
  if (reading.ok) return reading.value;
  const summary = reading.problems.map((problem) => problem.message).join('；');
  throw new DomainError('validation_failed', `修改未保存：${summary}`, { fields: reading.problems });
}
