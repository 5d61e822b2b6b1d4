/** A project's whole target table, for anyone who may read its unit year (the public: published ones only). */
import { authorize, authorizeRecord } from '../../core/access/policy';
import { loadProjectTable } from '../../db/project.repository';
import type { Caller } from '../audit/caller';
import type { Deps } from '../deps';
import { projectScope, viewOf, type ProjectView } from './project-view';

/**
 * The project with its indicators, spending plan, stored findings and grade, read in one statement (one
 * consistent snapshot).
 * @throws DomainError('not_found') when there is none or it lies outside the caller's scope (same answer)
 */
export async function showProject(deps: Deps, input: { caller: Caller; id: string }): Promise<ProjectView> {
  authorize(input.caller.actor, 'read_targets');
  const table = await loadProjectTable(deps.db.orm, input.id);
  authorizeRecord(input.caller.actor, 'read_targets', table, (found) => projectScope(found.head), '该项目');
  return viewOf(table, input.caller.actor);
}
