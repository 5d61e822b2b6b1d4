/**
 * Lights per project, a unit's summary, and the finance bureau's view of a division: pure functions
 * over the reports. "Worst" orders the colors red > yellow > blue > green > none: blue is over-achieving,
 * which needs an explanation, so it ranks above green.
 */
import type { Project, UnitYear } from '../model';
import type { RulePack } from '../review/rule-pack';
import { indicatorLight } from './indicator-light';
import { spendingLight } from './spending-light';
import { lightColors, type IndicatorInputs, type Light, type LightColor, type MonitoringRound, type MonitoringReport, type SpendingInputs, type UnitMonitoringReport } from './types';

export type LightCounts = Record<LightColor, number>;

/** All lights of a project in a round. */
export interface ProjectLights {
  projectCode: string;
  projectName: string;
  reported: boolean;
  spending: Light<SpendingInputs>;
  /** One per indicator, in document order. */
  indicators: Light<IndicatorInputs>[];
  worst: LightColor;
  counts: LightCounts;
}

/** A unit's lights in a round. */
export interface UnitMonitoringSummary {
  unitCode: string;
  unitName: string;
  /** The unit submitted its report. */
  reported: boolean;
  projects: ProjectLights[];
  worst: LightColor;
  counts: LightCounts;
}

const severity = (color: LightColor): number => lightColors.length - lightColors.indexOf(color);

/** The most severe color of `colors` (none when empty). */
export function worstOf(colors: readonly LightColor[]): LightColor {
  return colors.reduce<LightColor>((worst, color) => (severity(color) > severity(worst) ? color : worst), 'none');
}

function countOf(colors: readonly LightColor[]): LightCounts {
  const counts: LightCounts = { red: 0, yellow: 0, blue: 0, green: 0, none: 0 };
  for (const color of colors) counts[color] += 1;
  return counts;
}

function addCounts(all: readonly LightCounts[]): LightCounts {
  const total = countOf([]);
  for (const counts of all) for (const color of lightColors) total[color] += counts[color];
  return total;
}

/** The spending light and every indicator light of `project` from `report` (undefined: not reported) at the round's cut-off. */
export function projectLights(project: Project, report: MonitoringReport | undefined, round: Pick<MonitoringRound, 'cutOff'>, pack: RulePack): ProjectLights {
  const spending = spendingLight(project, report ? report.spent : null, round.cutOff, pack.monitoring);
  const indicators = project.indicators.map((indicator, index) => {
    const row = report?.indicators.find((entry) => entry.indicator === index + 1);
    return indicatorLight(indicator, index + 1, row, round.cutOff, pack.monitoring);
  });
  const colors = [spending.color, ...indicators.map((light) => light.color)];
  return { projectCode: project.code, projectName: project.name, reported: report !== undefined, spending, indicators, worst: worstOf(colors), counts: countOf(colors) };
}

/** A unit's summary in a round: its projects' lights (matched by project code), worst color and counts. */
export function summarizeUnitMonitoring(unitYear: UnitYear, report: UnitMonitoringReport | undefined, round: Pick<MonitoringRound, 'cutOff'>, pack: RulePack): UnitMonitoringSummary {
  const projects = unitYear.projects.map((project) => projectLights(project, report?.projects.find((entry) => entry.projectCode === project.code), round, pack));
  return {
    unitCode: unitYear.unit.code,
    unitName: unitYear.unit.name,
    reported: report?.submitted ?? false,
    projects,
    worst: worstOf(projects.map((project) => project.worst)),
    counts: addCounts(projects.map((project) => project.counts)),
  };
}

/** A row of the division view. */
export interface DivisionRow {
  unitCode: string;
  /** The unit's name when its summary is known, else its code. */
  unitName: string;
  reported: boolean;
  /** null when not reported. */
  worst: LightColor | null;
  counts: LightCounts;
}

const collator = new Intl.Collator('zh-CN');

/**
 * The finance bureau's list for a round: every unit of the round, those that have not reported first,
 * then the reported ones by worst light (red first), more red lights first, then more yellow, then by
 * name (Intl.Collator zh-CN). Summaries of units outside the round are ignored.
 */
export function divisionView(round: Pick<MonitoringRound, 'unitCodes'>, summaries: readonly UnitMonitoringSummary[]): DivisionRow[] {
  const rows = [...new Set(round.unitCodes)].map((code): DivisionRow => {
    const summary = summaries.find((entry) => entry.unitCode === code);
    if (!summary?.reported) return { unitCode: code, unitName: summary?.unitName ?? code, reported: false, worst: null, counts: countOf([]) };
    return { unitCode: code, unitName: summary.unitName, reported: true, worst: summary.worst, counts: summary.counts };
  });
  return rows.sort(
    (a, b) =>
      Number(a.reported) - Number(b.reported) ||
      severity(b.worst ?? 'none') - severity(a.worst ?? 'none') ||
      b.counts.red - a.counts.red ||
      b.counts.yellow - a.counts.yellow ||
      collator.compare(a.unitName, b.unitName),
  );
}
