/**
 * First run: while no account exists, anyone who reaches the server may create the first administrator
 * (and load the demonstration data). Race-safe: the users table is locked while counting, so two setups
 * at once create one administrator, and the second is refused.
 */
import { DomainError } from '../../core/errors';
import { countUsers, type UserRecord } from '../../db/user.repository';
import { publicCaller, type Caller } from '../audit/caller';
import { recordEvent, withAudit } from '../audit/record';
import type { Deps } from '../deps';
import { listUnitYears } from '../list-unit-years';
import { loadDemoData } from '../load-demo-data';
import { insertAudited, prepareUser } from '../users/create-user';
import type { RequestOrigin } from './sessions';

export interface SetupStatus {
  /** No account exists yet: the first administrator is still to be created. */
  needsSetup: boolean;
  /** No unit year is stored yet. */
  databaseEmpty: boolean;
}

export async function getSetupStatus(deps: Deps): Promise<SetupStatus> {
  const users = await countUsers(deps.db.orm);
  const unitYears = await listUnitYears(deps);
  return { needsSetup: users === 0, databaseEmpty: unitYears.length === 0 };
}

export interface SetupInput {
  admin: { username: string; displayName: string; password: string };
  /** Also import the demonstration document (only into an empty database). */
  loadDemoData: boolean;
  origin: RequestOrigin;
}

/**
 * Creates the first administrator (audited as `setup.complete` and `user.create`) and, if asked, loads the
 * demonstration data (audited as `demo.load`).
 * @throws DomainError('conflict') when an account already exists
 * @throws DomainError('validation_failed') for a bad username or weak password (with fields)
 */
export async function completeSetup(deps: Deps, input: SetupInput): Promise<{ admin: UserRecord; demoLoaded: boolean }> {
  const prepared = await prepareUser({ ...input.admin, role: 'admin' });
  const caller = publicCaller(input.origin);
  const admin = await withAudit(deps, caller, async (tx, record) => {
    if ((await countUsers(tx, { lockTable: true })) > 0) {
      throw new DomainError('conflict', '系统已经完成初始设置（已有账号）。请用已有的管理员账号登录。');
    }
    const created = await insertAudited(tx, record, prepared, deps.clock());
    await record({ action: 'setup.complete', entityType: 'user', entityId: created.id, after: { username: created.username } });
    return created;
  });
  const demoLoaded = input.loadDemoData ? await loadDemonstration(deps, caller) : false;
  return { admin, demoLoaded };
}

/**
 * Imports the demonstration document if the database holds no unit year (audited as `demo.load`).
 * @returns whether it was loaded
 */
export async function loadDemonstration(deps: Deps, caller: Caller): Promise<boolean> {
  const loaded = await loadDemoData(deps);
  if (!loaded || loaded.outcome !== 'stored') return false;
  await recordEvent(deps, caller, { action: 'demo.load', entityType: 'import', entityId: loaded.importId, after: { fileName: loaded.fileName } });
  return true;
}
