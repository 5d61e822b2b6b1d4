/** How the readers compare and split the text of a cell, in every format. */
import { toHalfWidth } from '../text';

const hasFullWidth = /[\uff01-\uff5e\u3000]/;
const hasSpace = /\s/;

/** The cell's text for comparisons: trimmed, full-width ASCII folded. */
export function cellKey(text: string | undefined): string {
  if (text === undefined) return '';
  // Most cells hold no full-width ASCII: skip the fold, which is the importers' hottest path.
  return hasFullWidth.test(text) ? toHalfWidth(text).trim() : text.trim();
}

/** The key a label or a column header is recognized by: half-width, without any whitespace ("项 目 编 码" → "项目编码"). */
export function labelKey(text: string): string {
  const folded = hasFullWidth.test(text) ? toHalfWidth(text) : text;
  return hasSpace.test(folded) ? folded.replace(/\s+/g, '') : folded;
}

/** The paragraphs of a cell (the goals): separated by blank lines, each trimmed, empty ones dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n(?:[^\S\n]*\n)+/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}
