/**
 * A target document as the shared readers see it, whatever its format: headings, paragraphs and tables
 * of rows of cells. Each carries a place of type P that the readers never look into: a line of the text
 * export, a table/row/column or paragraph of a Word document, a cell of a sheet. The format says how a
 * place is named in a finding (see table-format.ts).
 *
 * Headings are recognized by their numbering, never by style (domain.md §7): a part (第X部分), a numbered
 * title (一、… / （一）…) and a project title (a line with a Word `{ TC … }` field, or `N.…绩效目标表` /
 * `N、…绩效目标表`). `{ TC … }` fields are table-of-contents entries, not content, and are removed.
 */

export interface TableCell<P> {
  /** The cell as written (its paragraphs or lines joined by LF). */
  text: string;
  place: P;
  /** The format could not read the cell (an Excel formula error) and has said so: no further finding about it. */
  unreadable?: boolean;
}

export interface TableRow<P> {
  cells: TableCell<P>[];
  /** Where the row starts. */
  place: P;
  /** Where the row ends (for the text export: its last line, continuation lines included). */
  endPlace: P;
}

export type HeadingLevel = 'part' | 'section' | 'subsection' | 'project';

export interface Heading {
  level: HeadingLevel;
  /** The number as written: "一" (part, section, subsection), "1" (project), "" when there is none. */
  numbering: string;
  /** The text after the numbering (for a project title: without the 绩效目标表 ending). */
  title: string;
  /** The whole line without Word fields, trimmed. */
  text: string;
}

export interface HeadingBlock<P> extends Heading {
  kind: 'heading';
  place: P;
}

export interface ParagraphBlock<P> {
  kind: 'paragraph';
  text: string;
  place: P;
}

export interface TableBlock<P> {
  kind: 'table';
  rows: TableRow<P>[];
  /** Where the table starts (its first row). */
  place: P;
}

export type LayoutBlock<P> = HeadingBlock<P> | ParagraphBlock<P> | TableBlock<P>;

const tcField = /\{\s*TC\b[^}]*\}/g;
const hasTcField = /\{\s*TC\b/;
const partPattern = /^第([一二三四五六七八九十百\d]+)部分\s*(.*)$/;
const sectionPattern = /^([一二三四五六七八九十]+)\s*、\s*(.*)$/;
const subsectionPattern = /^[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*(.*)$/;
const projectPattern = /^(\d+)\s*[.、．]\s*(.*?)\s*绩效目标表$/;
const numberedPattern = /^(\d+)\s*[.、．]\s*(.*)$/;
const tableSuffix = /\s*绩效目标表$/;

/** Removes Word `{ TC … }` fields, which are table-of-contents entries, not content. */
function stripWordFields(line: string): string {
  return line.includes('{') ? line.replace(tcField, '') : line;
}

function heading(level: HeadingLevel, numbering: string, title: string, text: string): Heading {
  return { level, numbering, title: title.trim(), text };
}

/** The heading a line (or a paragraph) of text is, or null for ordinary text. */
export function headingOf(rawLine: string): Heading | null {
  const text = stripWordFields(rawLine).trim();
  const part = partPattern.exec(text);
  if (part) return heading('part', part[1] ?? '', part[2] ?? '', text);
  const section = sectionPattern.exec(text);
  if (section) return heading('section', section[1] ?? '', section[2] ?? '', text);
  const subsection = subsectionPattern.exec(text);
  if (subsection) return heading('subsection', subsection[1] ?? '', subsection[2] ?? '', text);
  const project = projectPattern.exec(text);
  if (project) return heading('project', project[1] ?? '', project[2] ?? '', text);
  if (!hasTcField.test(rawLine)) return null;
  // A TOC entry that is neither a part nor a numbered section titles a project table.
  const numbered = numberedPattern.exec(text);
  const title = (numbered ? (numbered[2] ?? '') : text).replace(tableSuffix, '');
  return heading('project', numbered?.[1] ?? '', title, text);
}
