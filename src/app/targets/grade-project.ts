/** The finance reviewer grades a submitted project (财政审核: 优/良/中/差) with a comment. */
import { DomainError } from '../../core/errors';
import { assertGradeable, type ReviewGrade } from '../../core/workflow/unit-year-status';
import { updateProjectRow } from '../../db/project.repository';
import type { Caller } from '../audit/caller';
import { withAudit } from '../audit/record';
import type { Deps } from '../deps';
import { editorOf, loadProjectView, openProject, projectConflict, projectNotFound, type ProjectView } from './project-view';
import { projectSnapshot } from './snapshots';
import { stateOf } from './target-scope';

/**
 * Sets the project's grade and comment if it is still at `expectedVersion`; audited as `project.grade`.
 * @throws DomainError('conflict') a newer version exists, or the targets are not awaiting review
 * @throws DomainError('not_found' | 'forbidden' | 'unauthenticated') as the policy decides
 */
export async function gradeProject(
  deps: Deps,
  input: { caller: Caller; id: string; expectedVersion: number; grade: ReviewGrade; comment: string },
): Promise<ProjectView> {
  const { caller, id, expectedVersion } = input;
  return withAudit(deps, caller, async (tx, record) => {
    const head = await openProject(tx, caller, id, 'grade_projects');
    assertGradeable(stateOf(head.unitYear));
    // The table ties a grade to the account that gave it; the command line has none.
    if (caller.actor.userId === null) throw new DomainError('forbidden', '评定项目需要以财政审核人的账号登录。');
    const before = await loadProjectView(tx, id, caller.actor);
    const at = deps.clock();
    const changes = { reviewGrade: input.grade, reviewComment: input.comment, gradedBy: caller.actor.userId, gradedAt: at };
    const updated = await updateProjectRow(tx, { id, expectedVersion, at }, changes);
    if (!updated || !before) throw await projectConflict(tx, id, expectedVersion, caller.actor);
    const after = await loadProjectView(tx, id, caller.actor);
    if (!after) throw projectNotFound();
    await record({ action: 'project.grade', entityType: 'project', entityId: id, unitId: head.unit.id, divisionCode: head.unit.divisionCode, before: projectSnapshot(before), after: projectSnapshot(after) });
    return { ...after, updatedBy: editorOf(caller) };
  });
}
