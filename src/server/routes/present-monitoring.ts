/** Monitoring rounds and reports as the API gives them (src/contract/monitoring.ts): amounts in 万元, dates as ISO text. */
import type { MonitoringProjectView } from '../../app/monitoring/monitoring-view';
import type { RoundRecord } from '../../app/monitoring/round-access';
import type { RoundView } from '../../app/monitoring/show-monitoring-round';
import type { UnitMonitoringView } from '../../app/monitoring/show-unit-monitoring';
import type { MonitoringProjectJson, MonitoringRoundDetailJson, MonitoringRoundJson, MonitoringUnitJson } from '../../contract/monitoring';
import { presentTableIndicator, wanYuan } from '../../contract/unit-year';

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

export function presentRound(round: RoundRecord): MonitoringRoundJson {
  const { id, year, cutOff, title, divisionCode, status, unitCount, submittedCount, version } = round;
  return { id, year, cutOff, title, divisionCode, status, unitCount, submittedCount, createdAt: round.createdAt.toISOString(), closedAt: iso(round.closedAt), version };
}

export function presentMonitoringProject(view: MonitoringProjectView): MonitoringProjectJson {
  const { spending } = view.lights;
  return {
    id: view.id,
    code: view.code,
    name: view.name,
    budget: wanYuan(view.budget),
    version: view.version,
    updatedAt: iso(view.updatedAt),
    updatedBy: view.updatedBy,
    report: view.report && {
      spent: wanYuan(view.report.spent),
      expectedSpent: wanYuan(view.report.expectedSpent),
      overspendExplanation: view.report.overspendExplanation,
      indicators: view.report.indicators,
    },
    spendingLight: { ...spending, inputs: { ...spending.inputs, budget: wanYuan(spending.inputs.budget), spent: wanYuan(spending.inputs.spent) } },
    indicators: view.indicators.map((entry) => ({ ...presentTableIndicator(entry), light: entry.light })),
    worst: view.lights.worst,
    counts: view.lights.counts,
    findings: view.findings,
  };
}

export function presentUnitMonitoring(view: UnitMonitoringView): MonitoringUnitJson {
  return {
    round: presentRound(view.round),
    unit: view.unit,
    unitYearId: view.unitYearId,
    submitted: view.submittedAt !== null,
    submittedAt: iso(view.submittedAt),
    submittedBy: view.submittedBy,
    projects: view.projects.map(presentMonitoringProject),
    worst: view.worst,
    counts: view.counts,
    can: view.can,
  };
}

export function presentRoundDetail(view: RoundView): MonitoringRoundDetailJson {
  return {
    round: presentRound(view.round),
    units: view.units.map(({ roundUnit, reported, worst, counts }) => ({
      unit: roundUnit.unit,
      unitYearId: roundUnit.unitYear?.id ?? null,
      targetStatus: roundUnit.unitYear?.status ?? null,
      reported,
      submittedAt: iso(roundUnit.submittedAt),
      worst,
      counts,
    })),
    counts: view.counts,
    can: view.can,
  };
}
