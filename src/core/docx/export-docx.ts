/**
 * UnitYear → .docx bytes in the layout of the reference document: a cover title, a table of
 * contents, Part 1 (the department plan) and Part 2 (one numbered title and table per project).
 * Pure: the bytes are built in memory; the caller writes them where it wants.
 */
import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TableOfContents, TextRun, type FileChild } from 'docx';
import { addFen, formatAmount } from '../money';
import type { UnitYear } from '../model';
import { runsOf } from './cell-text';
import { planParagraphs } from './export-plan';
import { projectSection } from './export-project';
import { documentStyles, fontTableXml, page } from './word-styles';

/** The cover's title, e.g. "中国共产党昌黎县委员会组织部本级2021年度预算绩效目标". */
export function documentTitle(unitYear: UnitYear): string {
  return `${unitYear.unit.name}${unitYear.year}年度预算绩效目标`;
}

/** The cover's summary line: how many projects and their budgets added up exactly, in the document's unit. */
export function budgetSummary(unitYear: UnitYear): string {
  const total = addFen(...unitYear.projects.map((project) => project.budget.total));
  return `单位编码：${unitYear.unit.code}　预算项目${unitYear.projects.length}个，预算合计${formatAmount(total, unitYear.moneyUnit)}${unitYear.moneyUnit}`;
}

function coverChildren(unitYear: UnitYear): FileChild[] {
  return [
    new Paragraph({ style: 'Title', children: runsOf(documentTitle(unitYear)) }),
    new Paragraph({ style: 'Subtitle', children: runsOf(budgetSummary(unitYear)) }),
    new Paragraph({ style: 'TOCHeading', children: runsOf('目　录') }),
    // The field result is written with one entry per heading (docx fills it in), so the table of
    // contents shows in LibreOffice, which does not update fields, and Word asks to refresh page numbers.
    new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

function projectChildren(unitYear: UnitYear): FileChild[] {
  const heading = new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: runsOf('第二部分　预算项目绩效目标') });
  return [heading, ...unitYear.projects.flatMap((project, index) => projectSection(unitYear, project, index))];
}

function pageFooter(): Footer {
  const number = new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页'] });
  return new Footer({ children: [new Paragraph({ style: 'Footer', alignment: AlignmentType.CENTER, children: [number] })] });
}

/**
 * Writes a unit's year as a Word document (.docx). Never changes the model; every cell holds the
 * text as stored (raw budget cells, raw percents, raw target values), so importTargetsDocx of the
 * result gives the same UnitYear back. Resolves to the bytes of the file.
 */
export async function exportTargetsDocx(unitYear: UnitYear): Promise<Uint8Array> {
  const document = new Document({
    title: documentTitle(unitYear),
    creator: 'Jixiao 绩效',
    styles: documentStyles,
    sections: [
      {
        properties: { page: { size: { width: page.width, height: page.height }, margin: { top: page.top, bottom: page.bottom, left: page.left, right: page.right } } },
        footers: { default: pageFooter() },
        children: [...coverChildren(unitYear), ...planParagraphs(unitYear.departmentPlan), ...projectChildren(unitYear)],
      },
    ],
  });
  return Packer.pack(document, 'uint8array', false, [{ path: 'word/fontTable.xml', data: fontTableXml }]);
}
