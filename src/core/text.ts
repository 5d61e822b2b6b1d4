/** Small text helpers shared by parsers: width folding and whitespace. Pure. */

/** Folds full-width ASCII variants (０-９, Ａ-Ｚ, ．，％＞＜＝ …) and the ideographic space to half-width. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Collapses runs of whitespace to one space and trims. */
export function squashSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
