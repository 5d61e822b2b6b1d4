/**
 * The target value parser (指标值解析): reads a 指标值 cell into a quantity, a deadline or a
 * qualitative value, and says what it could not read (domain.md §2.4).
 */
import type { WithFindings } from '../finding';
import { readDeadline, readRelativeDeadline } from './deadline';
import { normalizeTargetText } from './normalize';
import { findingFor } from './problems';
import { readQuantity } from './quantity';
import type { Target } from './target';

/**
 * Reads a 指标值 cell. Never throws. The raw text is always kept in target.raw (exactly as given).
 *
 * - `≤20.32万元`, `100百分比`, `不少于5部`, `90%-95%`, `一至两年` → quantitative (comparator, exact
 *   decimal valueText, canonical unit: % for ％/百分比, 万元 for a bare 万, otherwise as written);
 * - `2021年12月底前完成`, `到2021年12月31日合部编纂完成。` → deadline (the last day allowed, ≤ for "by");
 * - anything else → qualitative. When the text looked like a number or a date but could not be read
 *   with certainty, one `target.unreadable` finding (warning; info for a relative deadline such as
 *   `考核结果确定后3个月内下发`) with an empty location, for the importer to place. Ordinary words
 *   (`成效显著`, `长期`) and empty cells give no finding.
 */
export function parseTarget(raw: string): WithFindings<Target> {
  const text = normalizeTargetText(raw);
  if (text === '') return { value: { kind: 'qualitative', raw }, findings: [] };
  // Dates first: 2021年底 would otherwise read as 2021 of a unit called 年底.
  const deadline = readDeadline(text);
  if ('deadline' in deadline) return { value: { ...deadline.deadline, raw }, findings: [] };
  const quantity = readQuantity(text);
  if ('quantity' in quantity) return { value: { ...quantity.quantity, raw }, findings: [] };
  const problem = deadline.problem ?? readRelativeDeadline(text) ?? quantity.problem;
  return { value: { kind: 'qualitative', raw }, findings: problem === null ? [] : [findingFor(problem, raw)] };
}
