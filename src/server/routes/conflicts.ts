/** A version conflict's `current` record is a use case's record; the door presents it like its GET. */
import { versionConflictOf } from '../../app/targets/version-conflict';
import { DomainError, isDomainError } from '../../core/errors';

/**
 * Runs `work`; a 409 version conflict it throws is thrown again with `details.current` presented by `present`
 * (the same presenter as the record's GET) and dates as ISO text.
 */
export async function presentingConflicts<T, C>(work: () => Promise<T>, present: (current: C) => unknown): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const conflict = versionConflictOf(error);
    if (!conflict || !isDomainError(error)) throw error;
    // The use case behind `work` puts its own record type (C) in its conflicts.
    const current = present(conflict.current as C);
    throw new DomainError('conflict', error.message, { ...conflict, current, updatedAt: conflict.updatedAt.toISOString() });
  }
}
