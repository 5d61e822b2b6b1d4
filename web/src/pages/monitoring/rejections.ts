/**
 * Refusals that carry findings in `details.findings`: an uploaded template with bad cells (422 `import_rejected`,
 * each located at its cell, `'项目1'!F7`) and a submission with problems left (400, each at its project and
 * indicator). The client keeps `details` as plain data, so the findings are read with care here.
 */
import { ApiError } from '../../api/client';

export interface RejectedCell {
  /** `'项目1'!F7`, or the project and column when the finding has no cell address. */
  place: string;
  message: string;
  suggestion: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

function placeOf(location: unknown): string {
  if (typeof location !== 'object' || location === null) return '';
  const parts = [
    'cell' in location ? text(location.cell) : null,
    !('cell' in location) && 'projectCode' in location ? text(location.projectCode) : null,
    'line' in location && typeof location.line === 'number' ? `第${location.line}行` : null,
  ];
  return parts.filter((part): part is string => part !== null).join(' ');
}

/** The findings a refusal carries (empty when it carries none). */
export function rejectedCellsOf(error: unknown): RejectedCell[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details.findings)) return [];
  const findings: unknown[] = error.details.findings;
  return findings.flatMap((finding) => {
    if (typeof finding !== 'object' || finding === null || !('message' in finding)) return [];
    const message = text(finding.message);
    if (message === null) return [];
    const suggestion = 'suggestion' in finding ? text(finding.suggestion) : null;
    const place = 'location' in finding ? placeOf(finding.location) : '';
    // Messages of a workbook start with their cell ("'项目1'!F7：…"); the place is shown once.
    const said = place && message.startsWith(`${place}：`) ? message.slice(place.length + 1) : message;
    return [{ place, message: said, suggestion }];
  });
}

/** "1—7月" for a cut-off of 2021-07-31 (or 2021-07-15): the months the report covers, as the table's headers say. */
export function monthsOf(cutOff: string): string {
  const month = Number(cutOff.slice(5, 7));
  return Number.isInteger(month) && month >= 1 && month <= 12 ? `1—${month}月` : '截至目前';
}
