/**
 * UnitYears → open-data records (schema.ts): one per indicator in document order, each carrying its
 * unit's and project's fields; a project without indicators still gets one record (indicator fields
 * null), so that no project disappears from the published data. Money is exact, in 元.
 */
import { formatAmount } from '../money';
import type { Indicator, Project, SpendingCheckpoint, UnitYear } from '../model';
import { noResults, resultFields, type OpenDataResults, type ResultFields } from './results';
import type { OpenDataRecord } from './schema';

/** "3月底:;6月底:50;10月底:50;12月底:100": checkpoint and cumulative percent, blank for no commitment. */
export function spendingPlanText(plan: readonly SpendingCheckpoint[]): string {
  return plan.map((checkpoint) => `${checkpoint.checkpoint}:${checkpoint.percent ?? ''}`).join(';');
}

type TargetFields = Pick<OpenDataRecord, 'targetKind' | 'comparator' | 'targetValue' | 'targetValueText' | 'targetUpper' | 'measureUnit' | 'deadline' | 'direction'>;

const noTarget: TargetFields = { targetKind: null, comparator: null, targetValue: null, targetValueText: null, targetUpper: null, measureUnit: null, deadline: null, direction: null };

function targetFields(indicator: Indicator | null): TargetFields {
  const target = indicator?.target;
  if (!target) return noTarget;
  if (target.kind === 'quantitative') {
    const { comparator, value, valueText, upper, measureUnit, direction } = target;
    return { targetKind: 'quantitative', comparator, targetValue: value, targetValueText: valueText, targetUpper: upper, measureUnit, deadline: null, direction };
  }
  const comparator = target.kind === 'deadline' ? target.comparator : null;
  const deadline = target.kind === 'deadline' ? target.date : null;
  return { targetKind: target.kind, comparator, targetValue: null, targetValueText: null, targetUpper: null, measureUnit: null, deadline, direction: null };
}

/** The fields one project's records share, computed once per project. */
interface ProjectFields {
  unitYear: UnitYear;
  project: Project;
  projectIndex: number;
  goals: string;
  budget: { total: string; fiscal: string; other: string };
  spendingPlan: string;
}

// One object literal with every field in schema order: records stay small and alike for the engine
// (spreading ~40 keys per record made a county's export several times slower).
function record(shared: ProjectFields, indicator: Indicator | null, indicatorIndex: number | null, results: ResultFields = noResults): OpenDataRecord {
  const { unitYear, project, budget } = shared;
  const { unit, year } = unitYear;
  const target = targetFields(indicator);
  return {
    mof_div_code: unit.divisionCode,
    fiscal_year: year,
    agency_code: unit.code,
    agency_name: unit.name,
    pro_code: project.code,
    pro_name: project.name,
    kpi_target: shared.goals,
    kpi_lv1: indicator?.level1 ?? null,
    kpi_lv2: indicator?.level2 ?? null,
    kpi_lv3: indicator?.name ?? null,
    kpi_content: indicator?.description ?? null,
    kpi_val: indicator?.target.raw ?? null,
    kpi_evalstd: indicator?.basis ?? null,
    kpi_remark: null,
    unitCode: unit.code,
    unitName: unit.name,
    divisionCode: unit.divisionCode,
    year,
    projectIndex: shared.projectIndex,
    projectCode: project.code,
    projectName: project.name,
    budgetTotalYuan: budget.total,
    budgetFiscalYuan: budget.fiscal,
    budgetOtherYuan: budget.other,
    purpose: project.purpose,
    spendingPlan: shared.spendingPlan,
    indicatorIndex,
    level1: indicator?.level1 ?? null,
    level2: indicator?.level2 ?? null,
    name: indicator?.name ?? null,
    description: indicator?.description ?? null,
    targetRaw: indicator?.target.raw ?? null,
    targetKind: target.targetKind,
    comparator: target.comparator,
    targetValue: target.targetValue,
    targetValueText: target.targetValueText,
    targetUpper: target.targetUpper,
    measureUnit: target.measureUnit,
    deadline: target.deadline,
    direction: target.direction,
    basis: indicator?.basis ?? null,
    perf_comp: results.perf_comp,
    est_perf_annual: results.est_perf_annual,
    ana_dev_reasons: results.ana_dev_reasons,
    complete_rate: results.complete_rate,
    ind_comp: results.ind_comp,
    ind_weight: results.ind_weight,
    eval_score: results.eval_score,
    devi_analy: results.devi_analy,
  };
}

function projectRecords(unitYear: UnitYear, project: Project, index: number, results: OpenDataResults | undefined): OpenDataRecord[] {
  const { total, fiscal, other } = project.budget;
  const shared: ProjectFields = {
    unitYear,
    project,
    projectIndex: index + 1,
    goals: project.goals.join('\n'),
    budget: { total: formatAmount(total, '元'), fiscal: formatAmount(fiscal, '元'), other: formatAmount(other, '元') },
    spendingPlan: spendingPlanText(project.spendingPlan),
  };
  if (project.indicators.length === 0) return [record(shared, null, null)];
  return project.indicators.map((indicator, position) => record(shared, indicator, position + 1, results && resultFields(results, unitYear, project.code, indicator, position + 1)));
}

/**
 * The records of `unitYears`, in their order, projects and indicators in document order; with `results`, the
 * monitoring and self-evaluation fields of the indicators they cover (null elsewhere).
 */
export function openDataRecords(unitYears: readonly UnitYear[], results?: OpenDataResults): OpenDataRecord[] {
  return unitYears.flatMap((unitYear) => unitYear.projects.flatMap((project, index) => projectRecords(unitYear, project, index, results)));
}
