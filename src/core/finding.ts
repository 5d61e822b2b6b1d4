/**
 * Findings: what a parser, an importer or a review rule has to say about a document.
 * Expected problems are values, never exceptions (docs/ARCHITECTURE.md).
 */

export type Severity = 'error' | 'warning' | 'info';

/** Where a finding points. Every field is optional; importers fill line and cell, rules fill project/indicator/field. */
export interface Location {
  /** 1-based line of the source text. */
  line?: number;
  /** 1-based position of the project in the document (第N个项目). */
  project?: number;
  projectCode?: string;
  /** 1-based position of the indicator in its project. */
  indicator?: number;
  /** The model field concerned, e.g. "target", "budget.total", "spendingPlan[2]". */
  field?: string;
  /** The cell, by its label or column header (e.g. "预算数", "指标值") or a spreadsheet address ("Sheet1!C7"). */
  cell?: string;
}

/** A piece of evidence a reviewer can judge in one look: where else, and what it says there. */
export interface Evidence {
  location: Location;
  text: string;
}

export interface Finding {
  /** Stable identifier of the kind of problem; for review findings, the rule id (e.g. "values.unknown-unit"). */
  code: string;
  severity: Severity;
  location: Location;
  /** What is wrong, in Chinese a unit editor understands. */
  message: string;
  /** How to fix it, in Chinese. */
  suggestion?: string;
  evidence?: Evidence[];
}

/** A finding; the suggestion only when there is one. */
export function makeFinding(code: string, severity: Severity, location: Location, message: string, suggestion?: string): Finding {
  return suggestion === undefined ? { code, severity, location, message } : { code, severity, location, message, suggestion };
}

/** A value with the findings produced while computing it. */
export interface WithFindings<T> {
  value: T;
  findings: Finding[];
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
