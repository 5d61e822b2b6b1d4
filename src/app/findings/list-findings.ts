/** Review findings across the unit years the caller can see, for the review page. */
import { scopeFilter } from '../../core/access/policy';
import { listFindingPage, type FindingListFilter, type FindingListRecord } from '../../db/finding-list.repository';
import type { SeverityCounts } from '../../db/unit-year-list.repository';
import type { Caller } from '../audit/caller';
import { offsetOf, type Page, type PageRequest } from '../audit/page';
import type { Deps } from '../deps';
import { withRuleNotes, type RuleNote } from '../targets/rule-notes';

/** The repository's filters but for scope and paging, with the searched text as the caller typed it. */
export interface FindingQuery extends Omit<FindingListFilter, 'scope' | 'text' | 'limit' | 'offset'> {
  /** Part of a unit, project or indicator name, or of the message. */
  q?: string;
}

/**
 * One page of findings within the caller's scope (the public: of published unit years) and the filters, by
 * unit code, year and review order, with counts by severity over all pages.
 */
export async function listFindings(
  deps: Deps,
  input: { caller: Caller; query: FindingQuery } & PageRequest,
): Promise<Page<FindingListRecord & RuleNote> & { bySeverity: SeverityCounts }> {
  const { q, ...filters } = input.query;
  const text = q?.trim();
  const scope = scopeFilter(input.caller.actor, 'read_targets');
  const { rows, total, bySeverity } = await listFindingPage(deps.db.orm, { scope, ...filters, ...(text ? { text } : {}), limit: input.pageSize, offset: offsetOf(input) });
  return { items: withRuleNotes(rows), total, page: input.page, pageSize: input.pageSize, bySeverity };
}
