/**
 * Paired marks: brackets, title marks and curly quotes. Full- and half-width parentheses pair with each
 * other (（…) is a slip of the input method, not a broken text); straight quotes are not checked, since
 * they open and close with the same character.
 */

const closerOf: Readonly<Record<string, string>> = {
  '《': '》', '〈': '〉', '（': '）', '(': '）', '【': '】', '〔': '〕', '[': ']', '{': '}', '“': '”', '‘': '’', '「': '」', '『': '』',
};
const openers = new Set(Object.keys(closerOf));
const closers = new Set([...Object.values(closerOf), ')']);
/** The paired marks as a character class, for quick tests. */
export const pairedMarkClass = '[《》〈〉（）()【】〔〕[\\]{}“”‘’「」『』]';
const anyMark = new RegExp(pairedMarkClass);

function canonicalCloser(mark: string): string {
  return mark === ')' ? '）' : mark;
}

export interface UnpairedMark {
  /** The mark as written. */
  mark: string;
  /** Its position in the text (UTF-16 index). */
  index: number;
  /** The mark that would pair it. */
  missing: string;
  kind: 'unclosed' | 'unopened';
}

/**
 * The marks of `text` that have no partner, in text order. A closer that matches an opener further down
 * the stack closes it and leaves the openers above it unclosed: 《…（试行》 has an unclosed （.
 */
export function findUnpairedMarks(text: string): UnpairedMark[] {
  if (!anyMark.test(text)) return [];
  const stack: Array<{ mark: string; index: number }> = [];
  const unpaired: UnpairedMark[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const mark = text[index] as string;
    if (openers.has(mark)) stack.push({ mark, index });
    else if (closers.has(mark)) closeMark(stack, unpaired, mark, index);
  }
  for (const open of stack) unpaired.push({ ...open, missing: closerOf[open.mark] as string, kind: 'unclosed' });
  return unpaired.sort((a, b) => a.index - b.index);
}

function closeMark(stack: Array<{ mark: string; index: number }>, unpaired: UnpairedMark[], mark: string, index: number): void {
  const closer = canonicalCloser(mark);
  let depth = stack.length - 1;
  while (depth >= 0 && closerOf[(stack[depth] as { mark: string }).mark] !== closer) depth -= 1;
  if (depth < 0) {
    const opener = Object.keys(closerOf).find((open) => closerOf[open] === closer) as string;
    unpaired.push({ mark, index, missing: opener, kind: 'unopened' });
    return;
  }
  const [, ...inside] = stack.splice(depth);
  for (const open of inside) unpaired.push({ ...open, missing: closerOf[open.mark] as string, kind: 'unclosed' });
}
