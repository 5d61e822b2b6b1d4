/**
 * Names of the target table's cells, shared by the table (data-cell attributes, markers) and the findings
 * panel (click → the cell): `<indicatorId>:<field>` for an indicator's cell, `project:<field>` for the
 * project block (`project:budget.total`, `project:spendingPlan[2]`, `project:goals`).
 */
import { indicatorCells, type IndicatorField } from '../../../../src/core/review/wording';
import type { StoredFindingJson } from '../../api/review';

export type { IndicatorField };
export const indicatorFields = Object.keys(indicatorCells) as IndicatorField[];
/** The column headers of an indicator's cells, as review's findings name them. */
export const indicatorFieldLabels: Record<IndicatorField, string> = indicatorCells;

const projectFields = ['name', 'code', 'budget.total', 'budget.fiscal', 'budget.other', 'purpose', 'goals'];

export function indicatorCell(indicatorId: string, field: IndicatorField): string {
  return `${indicatorId}:${field}`;
}

export function projectCell(field: string): string {
  return `project:${field}`;
}

function isIndicatorField(field: string): field is IndicatorField {
  return (indicatorFields as readonly string[]).includes(field);
}

/** The cell a finding concerns: its indicator's field (the name when none is given), or the project block's. */
export function cellOf(finding: Pick<StoredFindingJson, 'indicatorId' | 'field'>): string {
  const field = finding.field ?? '';
  if (finding.indicatorId) return indicatorCell(finding.indicatorId, isIndicatorField(field) ? field : 'name');
  if (/^spendingPlan\[\d+\]$/.test(field)) return projectCell(field);
  if (field === 'spendingPlan') return projectCell('spendingPlan[0]');
  const known = projectFields.find((name) => field === name || field.startsWith(`${name}[`) || field.startsWith(`${name}.`));
  return projectCell(known ?? 'name');
}

/** Findings grouped by the cell they concern. */
export function findingsByCell(findings: StoredFindingJson[]): Map<string, StoredFindingJson[]> {
  const byCell = new Map<string, StoredFindingJson[]>();
  for (const finding of findings) {
    const cell = cellOf(finding);
    byCell.set(cell, [...(byCell.get(cell) ?? []), finding]);
  }
  return byCell;
}

/** Scrolls the cell into view and focuses it, so the reader's eye and keyboard land on it. */
export function revealCell(cell: string): void {
  const element = document.querySelector<HTMLElement>(`[data-cell="${CSS.escape(cell)}"]`);
  if (!element) return;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element.focus({ preventScroll: true });
}
