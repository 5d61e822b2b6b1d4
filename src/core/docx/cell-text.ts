/**
 * How a text of the model is laid out in Word, and read back: paragraphs are separated by a blank
 * line ("\n\n", as Word's text export writes the paragraphs of a cell), a single "\n" is a line break
 * inside a paragraph. Splitting and joining on the same separator makes the mapping exact for any text;
 * goals are split into paragraphs by the shared readers (target-table/cell-text.ts).
 */
import { Paragraph, TextRun, type IParagraphOptions, type IRunOptions } from 'docx';

export const paragraphSeparator = '\n\n';

type RunStyle = Omit<IRunOptions, 'text' | 'break' | 'children'>;

/** Characters XML 1.0 cannot hold (control characters but tab and line feed; CR, which XML turns into LF; lone surrogates). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: Word files cannot hold them.
const notXml = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The runs of one paragraph's text: a line break (<w:br/>) before every line but the first. */
export function runsOf(text: string, style: RunStyle = {}): TextRun[] {
  return text
    .replace(notXml, '')
    .split('\n')
    .map((line, index) => new TextRun({ ...style, text: line, break: index === 0 ? 0 : 1 }));
}

/** One Word paragraph per paragraph of `text` (at least one, so that an empty cell stays a cell). */
export function paragraphsOf(text: string, options: Omit<IParagraphOptions, 'children' | 'text'> = {}, style: RunStyle = {}): Paragraph[] {
  return text.split(paragraphSeparator).map((paragraph) => new Paragraph({ ...options, children: runsOf(paragraph, style) }));
}

/** The inverse of {@link paragraphsOf}: the texts of a cell's paragraphs joined back. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join(paragraphSeparator);
}
