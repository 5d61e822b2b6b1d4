/**
 * Cells of the monitoring grid, named like the project page's: `<indicatorId>:<field>` for an indicator's cell,
 * `project:<field>` for the funds block. The server's findings land on the cell their field names
 * (`causes[1].text` → the causes cell); a finding of the project as a whole lands on the project's name.
 */
import type { MonitoringFindingJson } from '../../api/monitoring';

export const indicatorReportFields = ['progress', 'expected', 'likelihood', 'causes', 'remark', 'rectification'] as const;
export type IndicatorReportField = (typeof indicatorReportFields)[number];

export const fundsFields = ['spent', 'expectedSpent', 'overspendExplanation'] as const;

export const reportCell = (owner: string, field: string): string => `${owner}:${field}`;

/** The cell a finding concerns. */
export function reportCellOf(finding: Pick<MonitoringFindingJson, 'indicatorId' | 'location'>): string {
  const root = (finding.location.field ?? '').split(/[.[]/)[0] ?? '';
  if (finding.indicatorId) return reportCell(finding.indicatorId, (indicatorReportFields as readonly string[]).includes(root) ? root : 'name');
  return reportCell('project', (fundsFields as readonly string[]).includes(root) ? root : 'name');
}

/** Findings grouped by their cell. */
export function findingsByReportCell(findings: readonly MonitoringFindingJson[]): Map<string, MonitoringFindingJson[]> {
  const byCell = new Map<string, MonitoringFindingJson[]>();
  for (const finding of findings) {
    const cell = reportCellOf(finding);
    byCell.set(cell, [...(byCell.get(cell) ?? []), finding]);
  }
  return byCell;
}
