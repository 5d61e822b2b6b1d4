/**
 * A unit's monitoring in a round as use cases return it: per project the stored report (indicators by id), the
 * lights and the findings the core computes from it (indicators by position, mapped back to ids here).
 */
import type { Finding } from '../../core/finding';
import type { Fen } from '../../core/money';
import type { Indicator, Project } from '../../core/model';
import { lightColors, projectLights, validateProjectReport, worstOf, type IndicatorInputs, type Light, type LightCounts, type LightColor, type MonitoringReport, type ProjectLights } from '../../core/monitoring';
import type { RulePack } from '../../core/review/rule-pack';
import type { StoredIndicatorReport, StoredReport } from '../../db/monitoring-report.repository';
import type { UnitYearWithIds } from '../../db/unit-year-ids.repository';

/** A finding with the indicator it points at by id (null: the project). */
export type LocatedFinding = Finding & { indicatorId: string | null };

export interface MonitoringProjectView {
  id: string;
  code: string;
  name: string;
  budget: Fen;
  /** 0 while no report is saved. */
  version: number;
  updatedAt: Date | null;
  updatedBy: { id: string | null; displayName: string } | null;
  report: (Omit<StoredReport, 'id' | 'projectId' | 'version' | 'updatedAt' | 'updatedBy' | 'indicators'> & { indicators: (StoredIndicatorReport & { position: number })[] }) | null;
  lights: ProjectLights;
  indicators: { id: string; position: number; indicator: Indicator; light: Light<IndicatorInputs> }[];
  findings: LocatedFinding[];
}

/** The core's report of `project` from a stored one: indicator ids become 1-based positions. */
export function coreReport(project: Project, indicatorIds: readonly string[], stored: StoredReport): MonitoringReport {
  return {
    projectCode: project.code,
    spent: stored.spent,
    expectedSpent: stored.expectedSpent,
    overspendExplanation: stored.overspendExplanation,
    indicators: stored.indicators.map(({ indicatorId, ...row }) => ({ ...row, indicator: indicatorIds.indexOf(indicatorId) + 1 })),
  };
}

/** Findings located by indicator position, with the indicator's id beside. */
export function withIndicatorIds(findings: readonly Finding[], indicatorIds: readonly string[]): LocatedFinding[] {
  return findings.map((finding) => ({ ...finding, indicatorId: finding.location.indicator === undefined ? null : (indicatorIds[finding.location.indicator - 1] ?? null) }));
}

/** One project's entry: its report (or none), lights at the round's cut-off, and the report's findings. */
function projectView(project: Project, ids: { id: string; indicatorIds: string[] }, stored: StoredReport | undefined, cutOff: string, pack: RulePack): MonitoringProjectView {
  const report = stored && coreReport(project, ids.indicatorIds, stored);
  const lights = projectLights(project, report, { cutOff }, pack);
  return {
    id: ids.id,
    code: project.code,
    name: project.name,
    budget: project.budget.total,
    version: stored?.version ?? 0,
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedBy ?? null,
    report: stored
      ? {
          spent: stored.spent,
          expectedSpent: stored.expectedSpent,
          overspendExplanation: stored.overspendExplanation,
          indicators: stored.indicators.map((row) => ({ ...row, position: ids.indicatorIds.indexOf(row.indicatorId) + 1 })),
        }
      : null,
    lights,
    // projectLights gives one light per indicator, in order.
    indicators: project.indicators.flatMap((indicator, index) => {
      const light = lights.indicators[index];
      return light ? [{ id: ids.indicatorIds[index] ?? '', position: index + 1, indicator, light }] : [];
    }),
    findings: report ? withIndicatorIds(validateProjectReport(project, report, pack), ids.indicatorIds) : [],
  };
}

export interface UnitMonitoringLights {
  projects: MonitoringProjectView[];
  worst: LightColor;
  counts: LightCounts;
}

/** The counts of several sets of lights added up. */
export function addCounts(all: readonly LightCounts[]): LightCounts {
  const total: LightCounts = { red: 0, yellow: 0, blue: 0, green: 0, none: 0 };
  for (const counts of all) for (const color of lightColors) total[color] += counts[color];
  return total;
}

/** Every project of the unit year with its report in `reports` (by project id), and the unit's worst light and counts. */
export function unitLights(loaded: UnitYearWithIds, reports: ReadonlyMap<string, StoredReport>, cutOff: string, pack: RulePack): UnitMonitoringLights {
  const projects = loaded.unitYear.projects.map((project, index) => {
    const ids = loaded.projects[index] ?? { id: '', indicatorIds: [] };
    return projectView(project, ids, reports.get(ids.id), cutOff, pack);
  });
  return { projects, worst: worstOf(projects.map((view) => view.lights.worst)), counts: addCounts(projects.map((view) => view.lights.counts)) };
}
