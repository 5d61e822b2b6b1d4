/**
 * Merged cells of the indicator block, as in the Word table: consecutive rows with the same 一级指标 share one
 * cell, and within it consecutive rows with the same 二级指标 share one.
 */
export interface RowSpans {
  /** Rows the level-1 cell of this row spans; 0 when the row is covered by a cell above. */
  level1: number;
  level2: number;
}

/** The row spans for rows in table order. */
export function rowSpansOf(rows: readonly { level1: string; level2: string }[]): RowSpans[] {
  const spans: RowSpans[] = rows.map(() => ({ level1: 0, level2: 0 }));
  let level1Start = 0;
  let level2Start = 0;
  rows.forEach((row, index) => {
    const previous = rows[index - 1];
    if (!previous || previous.level1 !== row.level1) {
      level1Start = index;
      level2Start = index;
    } else if (previous.level2 !== row.level2) {
      level2Start = index;
    }
    const level1 = spans[level1Start];
    const level2 = spans[level2Start];
    if (level1) level1.level1 += 1;
    if (level2) level2.level2 += 1;
  });
  return spans;
}
