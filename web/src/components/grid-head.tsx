/** The columns of a table users fill in (form-grid.css): each column's header and its width in percent. */
export type GridColumn = readonly [header: string, widthPercent: number];

export function GridHead({ columns }: { columns: readonly GridColumn[] }) {
  return (
    <>
      <colgroup>
        {columns.map(([header, width]) => (
          <col key={header} style={{ width: `${width}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map(([header]) => (
            <th key={header}>{header}</th>
          ))}
        </tr>
      </thead>
    </>
  );
}
