/**
 * Who calls a use case, and from where: the actor the policy judges, the names the audit trail copies,
 * and the request the change came from. Doors build it once per request or command.
 */
import { commandLineActor, publicActor, type Actor } from '../../core/access/actor';

export interface Caller {
  actor: Actor;
  /** The account's username; null for the public and the command line. */
  username: string | null;
  /** A name a person recognizes, as the audit trail shows it. */
  displayName: string;
  /** The request id (X-Request-Id) a server request carries; null on the command line. */
  requestId: string | null;
  ip: string | null;
}

/** The local command line: acts as an administrator (see commandLineActor). */
export const commandLineCaller: Caller = Object.freeze({
  actor: commandLineActor,
  username: null,
  displayName: '命令行',
  requestId: null,
  ip: null,
});

/** Someone not logged in, from a request. */
export function publicCaller(request: { requestId: string | null; ip: string | null }): Caller {
  return { actor: publicActor, username: null, displayName: '未登录访问者', ...request };
}
