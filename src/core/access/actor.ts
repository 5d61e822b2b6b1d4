/** Who is acting: the subject of every permission decision. */
import type { Role } from './roles';

export interface Actor {
  /** The account's id; null for the public and for the local command line. */
  userId: string | null;
  role: Role;
  /** The unit of a unit editor or leader (their only scope); null for other roles. */
  unitId: string | null;
  /** The division (财政区划) of a finance reviewer, or the division of a unit user's unit; null otherwise. */
  divisionCode: string | null;
}

/** Anyone not logged in: reads published data only. */
export const publicActor: Actor = Object.freeze({ userId: null, role: 'public', unitId: null, divisionCode: null });

/**
 * The local command line (`jixiao user add`, `jixiao serve --demo`): whoever can run it on the server
 * already holds the data folder or the database password, so it acts with an administrator's rights.
 */
export const commandLineActor: Actor = Object.freeze({ userId: null, role: 'admin', unitId: null, divisionCode: null });
