/**
 * UnitYears → open-data records (schema.ts): one per indicator in document order, each carrying its
 * unit's and project's fields; a project without indicators still gets one record (indicator fields
 * null), so that no project disappears from the published data. Money is exact, in 元.
 */
import { formatAmount } from '../money';
import type { Indicator, Project, SpendingCheckpoint, UnitYear } from '../model';
import type { OpenDataRecord } from './schema';

type IndicatorFields = Pick<
  OpenDataRecord,
  | 'kpi_lv1' | 'kpi_lv2' | 'kpi_lv3' | 'kpi_content' | 'kpi_val' | 'kpi_evalstd' | 'kpi_remark'
  | 'indicatorIndex' | 'level1' | 'level2' | 'name' | 'description' | 'targetRaw' | 'targetKind' | 'comparator'
  | 'targetValue' | 'targetValueText' | 'targetUpper' | 'measureUnit' | 'deadline' | 'direction' | 'basis'
>;

const noIndicator: IndicatorFields = {
  kpi_lv1: null, kpi_lv2: null, kpi_lv3: null, kpi_content: null, kpi_val: null, kpi_evalstd: null, kpi_remark: null,
  indicatorIndex: null, level1: null, level2: null, name: null, description: null, targetRaw: null, targetKind: null, comparator: null,
  targetValue: null, targetValueText: null, targetUpper: null, measureUnit: null, deadline: null, direction: null, basis: null,
};

/** "3月底:;6月底:50;10月底:50;12月底:100": checkpoint and cumulative percent, blank for no commitment. */
export function spendingPlanText(plan: readonly SpendingCheckpoint[]): string {
  return plan.map((checkpoint) => `${checkpoint.checkpoint}:${checkpoint.percent ?? ''}`).join(';');
}

function targetFields(indicator: Indicator): Pick<IndicatorFields, 'targetKind' | 'comparator' | 'targetValue' | 'targetValueText' | 'targetUpper' | 'measureUnit' | 'deadline' | 'direction'> {
  const target = indicator.target;
  if (target.kind === 'quantitative') {
    const { comparator, value, valueText, upper, measureUnit, direction } = target;
    return { targetKind: 'quantitative', comparator, targetValue: value, targetValueText: valueText, targetUpper: upper, measureUnit, deadline: null, direction };
  }
  const comparator = target.kind === 'deadline' ? target.comparator : null;
  const deadline = target.kind === 'deadline' ? target.date : null;
  return { targetKind: target.kind, comparator, targetValue: null, targetValueText: null, targetUpper: null, measureUnit: null, deadline, direction: null };
}

function indicatorFields(indicator: Indicator, index: number): IndicatorFields {
  return {
    kpi_lv1: indicator.level1,
    kpi_lv2: indicator.level2,
    kpi_lv3: indicator.name,
    kpi_content: indicator.description,
    kpi_val: indicator.target.raw,
    kpi_evalstd: indicator.basis,
    kpi_remark: null,
    indicatorIndex: index + 1,
    level1: indicator.level1,
    level2: indicator.level2,
    name: indicator.name,
    description: indicator.description,
    targetRaw: indicator.target.raw,
    ...targetFields(indicator),
    basis: indicator.basis,
  };
}

function projectRecords(unitYear: UnitYear, project: Project, projectIndex: number): OpenDataRecord[] {
  const { unit, year } = unitYear;
  const projectFields = {
    mof_div_code: unit.divisionCode,
    fiscal_year: year,
    agency_code: unit.code,
    agency_name: unit.name,
    pro_code: project.code,
    pro_name: project.name,
    kpi_target: project.goals.join('\n'),
  };
  const ours = {
    unitCode: unit.code,
    unitName: unit.name,
    divisionCode: unit.divisionCode,
    year,
    projectIndex: projectIndex + 1,
    projectCode: project.code,
    projectName: project.name,
    budgetTotalYuan: formatAmount(project.budget.total, '元'),
    budgetFiscalYuan: formatAmount(project.budget.fiscal, '元'),
    budgetOtherYuan: formatAmount(project.budget.other, '元'),
    purpose: project.purpose,
    spendingPlan: spendingPlanText(project.spendingPlan),
  };
  const perIndicator = project.indicators.length === 0 ? [noIndicator] : project.indicators.map(indicatorFields);
  return perIndicator.map((fields) => {
    const { kpi_lv1, kpi_lv2, kpi_lv3, kpi_content, kpi_val, kpi_evalstd, kpi_remark, ...rest } = fields;
    return { ...projectFields, kpi_lv1, kpi_lv2, kpi_lv3, kpi_content, kpi_val, kpi_evalstd, kpi_remark, ...ours, ...rest };
  });
}

/** The records of `unitYears`, in their order, projects and indicators in document order. */
export function openDataRecords(unitYears: readonly UnitYear[]): OpenDataRecord[] {
  return unitYears.flatMap((unitYear) => unitYear.projects.flatMap((project, index) => projectRecords(unitYear, project, index)));
}
