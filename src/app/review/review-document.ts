/** Review a document without storing it: read it (any format), then review what could be read. */
import { readDocument } from '../../core/documents/read-document';
import type { Finding, Severity } from '../../core/finding';
import type { UnitYear } from '../../core/model';
import type { ReviewReport } from '../../core/review';
import { chooseRulePack } from './choose-rule-pack';
import { reviewTargets } from './review-targets';

export interface ReviewDocumentInput {
  bytes: Uint8Array;
  year?: number;
  pack?: string;
  minSeverity?: Severity;
}

export type ReviewDocumentResult =
  | { unitYear: UnitYear; report: ReviewReport; readFindings: Finding[] }
  | { unitYear: null; report: null; readFindings: Finding[] };

/** The review, or no review and the reading's findings when the document could not be read at all. */
export async function reviewDocument(input: ReviewDocumentInput): Promise<ReviewDocumentResult> {
  const read = await readDocument(input.bytes, input.year === undefined ? {} : { year: input.year });
  if (!read.unitYear) return { unitYear: null, report: null, readFindings: read.findings };
  const pack = await chooseRulePack(read.unitYear, input.pack);
  const report = reviewTargets(read.unitYear, pack, input.minSeverity ? { minSeverity: input.minSeverity } : {});
  return { unitYear: read.unitYear, report, readFindings: read.findings };
}
