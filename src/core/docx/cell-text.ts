/**
 * How a text of the model is laid out in Word, and read back: paragraphs are separated by a blank
 * line ("\n\n", as Word's text export writes the paragraphs of a cell), a single "\n" is a line break
 * inside a paragraph. Splitting and joining on the same separator makes the mapping exact for any text.
 */
import { Paragraph, TextRun, type IParagraphOptions, type IRunOptions } from 'docx';

export const paragraphSeparator = '\n\n';

type RunStyle = Omit<IRunOptions, 'text' | 'break' | 'children'>;

/** The runs of one paragraph's text: a line break (<w:br/>) before every line but the first. */
export function runsOf(text: string, style: RunStyle = {}): TextRun[] {
  return text.split('\n').map((line, index) => new TextRun({ ...style, text: line, break: index === 0 ? 0 : 1 }));
}

/** One Word paragraph per paragraph of `text` (at least one, so that an empty cell stays a cell). */
export function paragraphsOf(text: string, options: Omit<IParagraphOptions, 'children' | 'text'> = {}, style: RunStyle = {}): Paragraph[] {
  return text.split(paragraphSeparator).map((paragraph) => new Paragraph({ ...options, children: runsOf(paragraph, style) }));
}

/** The inverse of {@link paragraphsOf}: the texts of a cell's paragraphs joined back. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join(paragraphSeparator);
}

/** The non-empty paragraphs of a cell's text, trimmed (a goals cell → one goal per paragraph). */
export function nonEmptyParagraphs(text: string): string[] {
  return text
    .split(paragraphSeparator)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}
