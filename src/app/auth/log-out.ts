/** Logging out: the session is deleted, so its cookie opens nothing any more. Audited as `auth.logout`. */
import { deleteSession } from '../../db/session.repository';
import { withAudit } from '../audit/record';
import type { Deps } from '../deps';
import { scopeOfUser } from '../users/user-scope';
import type { ActiveSession } from './sessions';

export async function logOut(deps: Deps, input: { session: ActiveSession }): Promise<void> {
  const { session } = input;
  await withAudit(deps, session.caller, async (tx, record) => {
    await deleteSession(tx, session.sessionId);
    await record({ action: 'auth.logout', entityType: 'user', entityId: session.user.id, ...scopeOfUser(session.user), after: { sessionId: session.sessionId } });
  });
}
