/**
 * Names of the target table's cells, shared by the table (data-cell attributes, markers) and the findings
 * panel (click → the cell): `<indicatorId>:<field>` for an indicator's cell, `project:<field>` for the
 * project block (`project:budget.total`, `project:spendingPlan[2]`, `project:goals`).
 */
import type { StoredFindingJson } from '../../api/review';

export const indicatorFields = ['level1', 'level2', 'name', 'description', 'target', 'basis'] as const;
export type IndicatorField = (typeof indicatorFields)[number];

export const indicatorFieldLabels: Record<IndicatorField, string> = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  description: '绩效指标描述',
  target: '指标值',
  basis: '指标值确定依据',
};

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
