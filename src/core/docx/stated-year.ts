/**
 * The fiscal year a Word document states in its title ("…2021年度预算绩效目标", "（2021年度）"): it
 * comes before the years the tables mention (a project name may well name another year).
 */

const fiscalYearPattern = /((?:19|20)\d{2})\s*年度/;

/** The first "NNNN年度" in the texts, or null. */
export function statedYear(texts: readonly string[]): number | null {
  for (const text of texts) {
    const match = fiscalYearPattern.exec(text);
    if (match) return Number(match[1]);
  }
  return null;
}
