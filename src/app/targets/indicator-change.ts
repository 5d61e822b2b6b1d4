/**
 * What an indicator edit answers: the indicator, what the target parser said, the project's version and its
 * findings as the review just recomputed them. Shared by the indicator use cases of this folder, with the
 * opening of an indicator for an edit and its 409.
 */
import { authorizeRecord } from '../../core/access/policy';
import { DomainError } from '../../core/errors';
import type { Finding } from '../../core/finding';
import type { Orm } from '../../db/database';
import { findIndicatorHead, type IndicatorHead } from '../../db/indicator.repository';
import { listProjectFindings, type ReviewFindingRow } from '../../db/project.repository';
import { findUnitYearHead } from '../../db/unit-year-edit.repository';
import type { Caller } from '../audit/caller';
import { toIndicatorRecord, type IndicatorRecord } from './indicator-record';
import { withRuleNotes, type RuleNote } from './rule-notes';
import { indicatorSnapshot } from './snapshots';
import { scopeOfTargets } from './target-scope';
import { versionConflict } from './version-conflict';

export interface IndicatorChange {
  /** Null once deleted. */
  indicator: IndicatorRecord | null;
  targetFindings: Finding[];
  projectVersion: number;
  findings: (ReviewFindingRow & RuleNote)[];
}

/** The answer to an indicator edit of the project `projectId`, read in the edit's transaction. */
export async function indicatorChange(tx: Orm, input: { projectId: string; projectVersion: number; indicator: IndicatorRecord | null; targetFindings: Finding[] }): Promise<IndicatorChange> {
  const findings = withRuleNotes(await listProjectFindings(tx, input.projectId));
  return { indicator: input.indicator, targetFindings: input.targetFindings, projectVersion: input.projectVersion, findings };
}

const indicatorScope = (head: IndicatorHead) => scopeOfTargets(head.unit, head.unitYear);

/**
 * The indicator, after checking that the caller may edit it, with its unit year locked until the transaction
 * ends and its status freshly read.
 * @throws DomainError('forbidden' | 'unauthenticated' | 'not_found') as the policy decides
 */
export async function openIndicator(tx: Orm, caller: Caller, indicatorId: string): Promise<IndicatorHead> {
  const found = await findIndicatorHead(tx, indicatorId);
  authorizeRecord(caller.actor, 'edit_targets', found, indicatorScope, '该指标');
  const locked = await findUnitYearHead(tx, found.unitYear.id, { lock: true });
  if (!locked) throw indicatorNotFound();
  return { ...found, unitYear: { ...found.unitYear, status: locked.status, publishedAt: locked.publishedAt } };
}

/** The 409 of an indicator edit that started from `expectedVersion` (or not_found when it was deleted meanwhile). */
export async function indicatorConflict(tx: Orm, indicatorId: string, expectedVersion: number): Promise<DomainError> {
  const current = await findIndicatorHead(tx, indicatorId);
  if (!current) return indicatorNotFound();
  return versionConflict(tx, {
    entityType: 'indicator',
    entityId: indicatorId,
    what: `指标“${current.indicator.name}”`,
    expectedVersion,
    current: toIndicatorRecord(current.indicator),
    currentVersion: current.indicator.version,
    snapshot: indicatorSnapshot(toIndicatorRecord(current.indicator)),
    updatedAt: current.indicator.updatedAt,
  });
}

function indicatorNotFound(): DomainError {
  return new DomainError('not_found', '没有找到该指标。');
}
