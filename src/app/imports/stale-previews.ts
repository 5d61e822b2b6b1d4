/** Previews nobody confirmed or rejected within a day are dropped when imports are next listed or confirmed (no background jobs). */
import { purgeStalePreviews } from '../../db/import-upload.repository';
import type { Deps } from '../deps';

const previewLifetimeMs = 24 * 60 * 60 * 1000;

/** Deletes the previews older than a day; returns how many. */
export async function dropStalePreviews(deps: Deps): Promise<number> {
  return purgeStalePreviews(deps.db.orm, new Date(deps.clock().getTime() - previewLifetimeMs));
}
