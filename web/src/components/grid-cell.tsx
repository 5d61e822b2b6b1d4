/**
 * A cell of a table users fill in (form-grid.css): the editor or the text, then the cell's problem while typing
 * (red) or, failing that, the server's findings about it. Required cells are shaded; `data-cell` names the
 * cell so that a finding elsewhere on the page can bring the reader to it.
 */
import type { ReactNode } from 'react';
import type { Severity } from '../../../src/core/finding';
import './form-grid.css';

export interface CellFinding {
  severity: Severity;
  message: string;
}

interface GridCellProps {
  cell: string;
  children: ReactNode;
  /** The problem found while typing; it hides the server's findings until saved again. */
  problem?: string | null;
  findings?: readonly CellFinding[];
  required?: boolean;
  highlighted?: boolean;
  className?: string;
  rowSpan?: number;
  colSpan?: number;
}

export function GridCell({ cell, children, problem, findings = [], required, highlighted, className, rowSpan, colSpan }: GridCellProps) {
  const classes = ['grid-cell', required ? 'required' : '', problem || findings.some((finding) => finding.severity === 'error') ? 'has-problem' : '', highlighted ? 'highlighted' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <td data-cell={cell} className={classes} rowSpan={rowSpan} colSpan={colSpan} tabIndex={-1}>
      {children}
      {problem ? (
        <div className="cell-problem" role="alert">{problem}</div>
      ) : (
        findings.map((finding, index) => (
          <div key={index} className={`cell-finding cell-finding-${finding.severity}`} data-testid="cell-finding">
            {finding.message}
          </div>
        ))
      )}
    </td>
  );
}

/** Scrolls the named cell into view, focuses it and marks it for a moment, so the reader's eye lands on it. */
export function revealGridCell(cell: string): void {
  const element = document.querySelector<HTMLElement>(`[data-cell="${CSS.escape(cell)}"]`);
  if (!element) return;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element.focus({ preventScroll: true });
  element.classList.add('highlighted');
  window.setTimeout(() => element.classList.remove('highlighted'), 2000);
}
