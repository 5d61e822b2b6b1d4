/**
 * What counts as an explanation (偏差原因分析及改进措施, a deviation cause, a remark, a rectification
 * action). Units fill required explanations with "暂无", "无", "/" or copy one sentence into every row;
 * none of these explains anything. Shared by monitoring and self-evaluation.
 */
import { toHalfWidth } from './text';

/** Texts that stand for "nothing to say", compared after punctuation and spaces are removed. */
const nonExplanations = [
  '无', '暂无', '没有', '无原因', '暂无原因', '无说明', '暂无说明', '无偏差', '暂无偏差', '无措施', '暂无措施',
  '同上', '见上', '如上', '略', '空', '不适用', '无备注', '暂无备注', '无整改', '暂无整改', '待定', '待补充',
  'na', 'none', 'null',
];

/**
 * The text reduced to what carries meaning: half-width, lower case, without spaces, punctuation and
 * symbols. Two explanations are copies when their keys are equal.
 */
export function explanationKey(text: string): string {
  return toHalfWidth(text)
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

export type ExplanationProblem = 'empty' | 'placeholder';

/**
 * Why `text` is not an explanation, or null when it is one. `extraPlaceholders` adds a rule pack's
 * placeholders (its `placeholders` list) to the built-in ones.
 */
export function explanationProblem(text: string, extraPlaceholders: readonly string[] = []): ExplanationProblem | null {
  const key = explanationKey(text);
  if (key === '') return 'empty';
  if (nonExplanations.includes(key) || extraPlaceholders.some((placeholder) => explanationKey(placeholder) === key)) return 'placeholder';
  return null;
}

/** A required explanation: where it is, and its text. */
export interface ExplanationEntry<Where> {
  where: Where;
  text: string;
}

/** A copied explanation: the later entry and the first entry with the same text. */
export interface ExplanationCopy<Where> {
  entry: ExplanationEntry<Where>;
  original: ExplanationEntry<Where>;
}

/**
 * The entries whose text repeats an earlier entry's (after {@link explanationKey}), each paired with the
 * first entry that wrote it. Empty texts and placeholders are not copies: they are reported as such.
 * `sameOwner` tells entries of one indicator apart from those of another: repeating oneself within one
 * indicator (a cause and its remark) is not copying another indicator's text.
 */
export function findCopies<Where>(
  entries: readonly ExplanationEntry<Where>[],
  sameOwner: (a: Where, b: Where) => boolean,
): ExplanationCopy<Where>[] {
  const firsts = new Map<string, ExplanationEntry<Where>>();
  const copies: ExplanationCopy<Where>[] = [];
  for (const entry of entries) {
    if (explanationProblem(entry.text) !== null) continue;
    const key = explanationKey(entry.text);
    const original = firsts.get(key);
    if (!original) firsts.set(key, entry);
    else if (!sameOwner(original.where, entry.where)) copies.push({ entry, original });
  }
  return copies;
}

/** A quotation for messages: “text”, spaces squashed, cut to `max` characters. */
export function quoteText(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max)}…` : flat}”`;
}
