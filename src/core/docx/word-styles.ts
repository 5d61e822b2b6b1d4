/**
 * The look of an exported target document: A4 with the margins of official documents (GB/T 9704),
 * 仿宋_GB2312 for text and 黑体 for headings, Times New Roman for Latin letters and digits.
 *
 * Fonts: Word on Windows has 仿宋 (not always 仿宋_GB2312) and 黑体; the font table names each with
 * its GB2312 character set and an alternative name, so that Word and WPS substitute a Chinese font
 * of the same kind. LibreOffice on Linux has neither and falls back, glyph by glyph, to an installed
 * CJK font (Noto Sans/Serif CJK): the text lang is zh-CN so that the fallback looks for Chinese.
 */
import type { IStylesOptions } from 'docx';

export const bodyFont = '仿宋_GB2312';
export const headingFont = '黑体';
export const latinFont = 'Times New Roman';

/** Font sizes in half-points: 三号 16 pt for text and headings, 二号 22 pt for the title, 四号 14 pt in the table of contents, 五号 10.5 pt in tables. */
export const fontSize = { title: 44, heading: 32, body: 32, toc: 28, table: 21, footer: 21 } as const;

/** A4 in twips, with the margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm). */
export const page = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1588, right: 1474 } as const;

/** The width tables may take: the page less its margins. */
export const textWidth = page.width - page.left - page.right;

const fonts = (eastAsia: string) => ({ ascii: latinFont, hAnsi: latinFont, eastAsia, cs: latinFont });

/** Style ids the importer recognizes as "not content" (the cover title, its summary line and the TOC heading). */
export const coverStyleIds = ['Title', 'Subtitle', 'TOCHeading'] as const;

const headingParagraph = (before: number, after: number) => ({ spacing: { before, after, line: 560 }, keepNext: true, keepLines: true });

/** Paragraph and heading styles; headings carry outline levels so that the TOC field finds them. */
export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: fonts(bodyFont), size: fontSize.body, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
      paragraph: { spacing: { line: 560, lineRule: 'exact' } },
    },
    title: { run: { font: fonts(headingFont), size: fontSize.title }, paragraph: { alignment: 'center', spacing: { before: 1200, after: 600 } } },
    heading1: { run: { font: fonts(headingFont), size: fontSize.heading, color: '000000' }, paragraph: { ...headingParagraph(240, 240), alignment: 'center', outlineLevel: 0 } },
    heading2: { run: { font: fonts(headingFont), size: fontSize.heading, color: '000000' }, paragraph: { ...headingParagraph(120, 120), outlineLevel: 1 } },
    heading3: { run: { font: fonts(bodyFont), size: fontSize.body, bold: true, color: '000000' }, paragraph: { ...headingParagraph(0, 0), outlineLevel: 2, indent: { firstLine: 640 } } },
  },
  paragraphStyles: [
    { id: 'BodyText', name: 'Body Text', basedOn: 'Normal', quickFormat: true, paragraph: { indent: { firstLine: 640 }, alignment: 'both' } },
    { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', run: { size: fontSize.toc }, paragraph: { alignment: 'center', spacing: { after: 600 } } },
    { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', run: { font: fonts(headingFont), size: fontSize.heading }, paragraph: { alignment: 'center', spacing: { after: 240 } } },
    { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { size: fontSize.toc }, paragraph: { spacing: { before: 120, line: 440, lineRule: 'exact' } } },
    { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', run: { size: fontSize.toc }, paragraph: { indent: { left: 420 }, spacing: { line: 440, lineRule: 'exact' } } },
    { id: 'TableText', name: 'Table Text', basedOn: 'Normal', run: { size: fontSize.table }, paragraph: { spacing: { line: 300, lineRule: 'auto' } } },
    { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { size: fontSize.footer }, paragraph: { alignment: 'center', spacing: { line: 240, lineRule: 'auto' } } },
  ],
};

/** word/fontTable.xml: the Chinese fonts with their character set (GB2312 = 86) and the names Windows knows them by. */
export const fontTableXml = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
  fontEntry(bodyFont, { altName: '仿宋', panose: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' }),
  fontEntry(headingFont, { altName: 'SimHei', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' }),
  fontEntry(latinFont, { altName: 'Times New Roman', panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' }),
  '</w:fonts>',
].join('');

interface FontFacts {
  altName: string;
  panose: string;
  charset: string;
  family: string;
  pitch: string;
}

function fontEntry(name: string, facts: FontFacts): string {
  const { altName, panose, charset, family, pitch } = facts;
  return `<w:font w:name="${name}"><w:altName w:val="${altName}"/><w:panose1 w:val="${panose}"/><w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`;
}
