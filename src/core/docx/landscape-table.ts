/**
 * Tables of the landscape documents (the monitoring and self-evaluation tables have up to thirteen columns):
 * A4 landscape pages and the same row-and-cell model as the target tables (table-grid.ts: each cell as wide
 * as its spec, vertical merges by restart/continue), over the landscape text width.
 */
import { AlignmentType, Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type FileChild, type Table } from 'docx';
import { buildTable, type CellSpec, type RowSpec } from './table-grid';
import { documentStyles, fontTableXml } from './word-styles';

/** Table text of the landscape tables: 小五 (9 pt), so that thirteen columns keep their headers on two lines. */
const smallTableStyle = 'TableSmall';

const landscapeStyles: typeof documentStyles = {
  ...documentStyles,
  paragraphStyles: [
    ...(documentStyles.paragraphStyles ?? []),
    { id: smallTableStyle, name: 'Table Small', basedOn: 'Normal', run: { size: 18 }, paragraph: { spacing: { line: 260, lineRule: 'auto' } } },
  ],
};

/** A4 landscape in twips with 25 mm margins all round. */
export const landscapePage = { width: 16838, height: 11906, top: 1418, bottom: 1418, left: 1418, right: 1418 } as const;

/** The width a landscape table may take. */
export const landscapeWidth = landscapePage.width - landscapePage.left - landscapePage.right;

/** A table over the landscape width in the small table text: fixed layout, single black lines, one grid made of every row's cell edges. */
export function buildLandscapeTable(rows: readonly RowSpec[]): Table {
  return buildTable(rows, { width: landscapeWidth, textStyle: smallTableStyle });
}

/** Cells of one row that split `total` twips as `weights` say, the last taking what rounding leaves. */
export function splitWidths(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((weight) => Math.floor((total * weight) / sum));
  widths[widths.length - 1] = total - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  return widths;
}

/** A level cell (一级/二级指标): merged into the one above when the level repeats (the caller says whether it does). */
export function levelCell(text: string, continues: boolean, startsRun: boolean, width: number): CellSpec {
  const merge = continues ? 'continue' : startsRun ? 'restart' : undefined;
  return { text: continues ? '' : text, width, align: 'center', ...(merge ? { merge } : {}) };
}

/** A .docx of one landscape A4 section holding `children`, with page numbers and the house styles and fonts. */
export async function packLandscape(title: string, children: FileChild[]): Promise<Uint8Array> {
  const footer = new Footer({ children: [new Paragraph({ style: 'Footer', alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页'] })] })] });
  // docx swaps width and height for a landscape page: the size is given as the portrait sheet.
  const size = { width: landscapePage.height, height: landscapePage.width, orientation: PageOrientation.LANDSCAPE };
  const margin = { top: landscapePage.top, bottom: landscapePage.bottom, left: landscapePage.left, right: landscapePage.right };
  const document = new Document({ title, creator: 'Jixiao 绩效', styles: landscapeStyles, sections: [{ properties: { page: { size, margin } }, footers: { default: footer }, children }] });
  return Packer.pack(document, 'uint8array', false, [{ path: 'word/fontTable.xml', data: fontTableXml }]);
}
