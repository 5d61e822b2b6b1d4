/** Test helpers of monitoring: documents through the importer, reports and rows. Used by tests only. */
import { importTextExport } from '../import-text';
import { parseAmount, type Fen } from '../money';
import type { Project, UnitYear } from '../model';
import type { IndicatorReport, MonitoringReport } from './types';

/** The unit's year in a document's bytes (tests read the seed themselves: src/core does no IO). */
export function unitYearOf(bytes: Uint8Array): UnitYear {
  const { unitYear } = importTextExport(bytes);
  if (!unitYear) throw new Error('the document did not import');
  return unitYear;
}

/** The project at a 1-based position. */
export function projectAt(unitYear: UnitYear, position: number): Project {
  const project = unitYear.projects[position - 1];
  if (!project) throw new Error(`no project ${position}`);
  return project;
}

/** An amount written in 万元 as fen. */
export function wan(text: string): Fen {
  const amount = parseAmount(text, '万元');
  if (amount === null) throw new Error(`not an amount: ${text}`);
  return amount;
}

/** A row on track: certain, no causes, no rectification; `progress` and `expected` as given. */
export function onTrack(indicator: number, progress: IndicatorReport['progress'], overrides: Partial<IndicatorReport> = {}): IndicatorReport {
  return { indicator, progress, expected: progress, likelihood: 'certain', causes: [], remark: '', rectification: { needed: false, action: '' }, ...overrides };
}

/** A report of `project` with every indicator on track at its target value (achieved for words and deadlines). */
export function reportOf(project: Project, overrides: Partial<MonitoringReport> = {}): MonitoringReport {
  return {
    projectCode: project.code,
    spent: wan('0'),
    expectedSpent: project.budget.total,
    overspendExplanation: '',
    indicators: project.indicators.map((indicator, index) =>
      onTrack(index + 1, indicator.target.kind === 'quantitative' ? { kind: 'number', value: indicator.target.valueText } : { kind: 'status', status: 'achieved' }),
    ),
    ...overrides,
  };
}
