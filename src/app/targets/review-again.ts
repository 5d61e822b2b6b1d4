/**
 * Every change of a unit year's targets reviews the unit year again inside the change's transaction and
 * replaces its stored findings, so that what is stored and what the review says never disagree.
 */
import type { Orm } from '../../db/database';
import { loadUnitYearById } from '../../db/load-unit-year';
import { replaceReviewFindings } from '../../db/review.repository';
import { reviewTargets } from '../review/review-targets';

/** Reviews the unit year as it stands in `tx` and replaces its stored findings. */
export async function reviewAgain(tx: Orm, unitYearId: string): Promise<void> {
  const unitYear = await loadUnitYearById(tx, unitYearId);
  if (!unitYear) throw new Error(`unit year ${unitYearId} vanished inside its own transaction`);
  const report = reviewTargets(unitYear);
  await replaceReviewFindings(tx, unitYearId, { packId: report.pack.id, findings: report.findings });
}
