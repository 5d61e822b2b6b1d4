/** What an upload over HTTP read, as the imports table keeps it (column `preview`) for the preview and the history. */
import type { ReviewFinding, ReviewSummary } from '../core/review';

export interface ImportPreview {
  /** The unit as the document names it; null when the document could not be read. */
  unit: { code: string; name: string; divisionCode: string | null } | null;
  /** Null when the document could not be read. */
  counts: { projects: number; indicators: number; budgetTotalFen: number } | null;
  /** The automatic review of what was read; null when nothing was read or no rule pack applies. */
  review: { pack: { id: string; name: string }; summary: ReviewSummary; findings: ReviewFinding[] } | null;
}
