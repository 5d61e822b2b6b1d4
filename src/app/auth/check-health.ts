/** Whether the server can do its work: the database answers a query on the accounts table. */
import { countUsers } from '../../db/user.repository';
import type { Deps } from '../deps';

export interface Health {
  database: Deps['db']['kind'];
}

/** @throws the database's error when it does not answer (the door reports it as unavailable) */
export async function checkHealth(deps: Deps): Promise<Health> {
  await countUsers(deps.db.orm);
  return { database: deps.db.kind };
}
