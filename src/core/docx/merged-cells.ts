/**
 * Merged cells of a Word table, resolved. A cell spanning columns (gridSpan, or old-style hMerge
 * continuation cells) is one cell; a cell that continues a vertical merge (vMerge) takes the text of
 * the cell above it at the same grid column, as the reader sees one tall cell.
 */

/** A cell as written in the XML. */
export interface RawCell {
  text: string;
  span: number;
  continuesAbove: boolean;
  continuesLeft: boolean;
}

export interface BodyCell {
  /** The text as written in this cell ('' for a cell that continues a vertical merge). */
  text: string;
  /** 1-based grid column the cell starts at. */
  gridColumn: number;
  span: number;
  /** The cell continues a vertical merge from the row above. */
  merged: boolean;
  /** For a merged cell: the text of the merged cell (the cell above, resolved); null without a cell above. */
  above: string | null;
}

export interface BodyRow {
  cells: BodyCell[];
}

export interface BodyTable {
  kind: 'table';
  /** 1-based number of the table in the document (表N). */
  number: number;
  rows: BodyRow[];
}

/** Old-style horizontal merges: a continuation cell widens the cell on its left. */
function joinHorizontal(cells: readonly RawCell[]): RawCell[] {
  const joined: RawCell[] = [];
  for (const cell of cells) {
    const left = joined.at(-1);
    if (cell.continuesLeft && left) left.span += cell.span;
    else joined.push({ ...cell });
  }
  return joined;
}

/** Resolves spans and vertical merges, row by row, keeping the resolved text at each grid column. */
export function mergeTable(number: number, rows: ReadonlyArray<{ gridBefore: number; cells: readonly RawCell[] }>): BodyTable {
  let previous = new Map<number, string>();
  const resolved = rows.map((row) => {
    const current = new Map<number, string>();
    let gridColumn = row.gridBefore + 1;
    const cells = joinHorizontal(row.cells).map((cell) => {
      const above = cell.continuesAbove ? (previous.get(gridColumn) ?? null) : null;
      const body: BodyCell = { text: cell.continuesAbove ? '' : cell.text, gridColumn, span: cell.span, merged: cell.continuesAbove, above };
      current.set(gridColumn, cell.continuesAbove ? (above ?? '') : cell.text);
      gridColumn += cell.span;
      return body;
    });
    previous = current;
    return { cells };
  });
  return { kind: 'table', number, rows: resolved };
}
