/**
 * Unit years, projects, indicators and findings as the API gives them (src/contract): dates as ISO text,
 * amounts as numbers of 万元 (the one conversion, `wanYuan`).
 */
import type { listUnitYearSummaries } from '../../app/targets/list-unit-year-summaries';
import type { IndicatorChange } from '../../app/targets/indicator-change';
import type { IndicatorRecord } from '../../app/targets/indicator-record';
import type { ProjectView, StoredFinding } from '../../app/targets/project-view';
import type { UnitYearView } from '../../app/targets/show-unit-year';
import type { DepartmentPlanRecordJson, UnitYearDetailJson, UnitYearSummaryJson } from '../../contract/unit-years';
import type { IndicatorChangeJson, IndicatorRecordJson, ProjectDetailJson } from '../../contract/projects';
import type { StoredFindingJson } from '../../contract/review';
import { budgetInWanYuan, presentTarget, wanYuan } from '../../contract/unit-year';
import { addFen, type Fen } from '../../core/money';

type UnitYearSummary = Awaited<ReturnType<typeof listUnitYearSummaries>>['items'][number];

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

export function presentUnitYearSummary(summary: UnitYearSummary): UnitYearSummaryJson {
  return {
    id: summary.id,
    unit: { id: summary.unitId, code: summary.unitCode, name: summary.unitName, divisionCode: summary.divisionCode },
    year: summary.year,
    moneyUnit: summary.moneyUnit,
    status: summary.status,
    statusComment: summary.statusComment,
    projectCount: summary.projectCount,
    indicatorCount: summary.indicatorCount,
    budgetTotal: wanYuan(summary.budgetTotal),
    findings: summary.findings,
    reviewPack: summary.reviewPack,
    grades: summary.grades,
    submittedAt: iso(summary.submittedAt),
    publishedAt: iso(summary.publishedAt),
    updatedAt: summary.updatedAt.toISOString(),
    version: summary.version,
  };
}

export function presentStoredFinding(finding: Omit<StoredFinding, 'unitYearId'>): StoredFindingJson {
  return {
    id: finding.id,
    code: finding.code,
    family: finding.family,
    severity: finding.severity,
    message: finding.message,
    suggestion: finding.suggestion,
    location: finding.location,
    evidence: finding.evidence,
    projectId: finding.projectId,
    indicatorId: finding.indicatorId,
    field: finding.location.field ?? null,
    ruleTitle: finding.ruleTitle,
    explanation: finding.explanation,
  };
}

export function presentDepartmentPlan(plan: UnitYearView['departmentPlan']): DepartmentPlanRecordJson {
  const { id, overallGoal, commitments, subGoals, measures, updatedAt, updatedBy, version } = plan;
  return { id, overallGoal, commitments, subGoals, measures, updatedAt: updatedAt.toISOString(), updatedBy, version };
}

export function presentUnitYearDetail(view: UnitYearView): UnitYearDetailJson {
  const projects = view.projects.map((project) => ({
    id: project.id,
    position: project.position,
    code: project.code,
    name: project.name,
    budget: budgetInWanYuan(project.budget),
    spendingPlan: project.spendingPlan.map(({ checkpoint, month, percent }) => ({ checkpoint, month, percent })),
    indicatorCount: project.indicatorCount,
    findings: project.findings,
    reviewGrade: project.reviewGrade,
    version: project.version,
  }));
  const sum = (pick: (project: UnitYearView['projects'][number]) => Fen) => wanYuan(addFen(...view.projects.map(pick)));
  return {
    ...presentUnitYearSummary(view.summary),
    departmentPlan: presentDepartmentPlan(view.departmentPlan),
    projects,
    totals: {
      budget: { total: sum((p) => p.budget.total), fiscal: sum((p) => p.budget.fiscal), other: sum((p) => p.budget.other) },
      projectCount: view.summary.projectCount,
      indicatorCount: view.summary.indicatorCount,
      findings: view.summary.findings,
    },
    planFindings: view.planFindings.map(presentStoredFinding),
    can: view.permissions,
  };
}

export function presentIndicator(indicator: IndicatorRecord): IndicatorRecordJson {
  const { id, position, level1, level2, name, description, basis, updatedAt, version } = indicator;
  return { id, position, level1, level2, name, description, target: presentTarget(indicator.target), basis, updatedAt: updatedAt.toISOString(), version };
}

export function presentProject(view: ProjectView): ProjectDetailJson {
  return {
    id: view.id,
    unitYearId: view.unitYearId,
    unit: view.unit,
    year: view.year,
    status: view.status,
    moneyUnit: view.moneyUnit,
    position: view.position,
    code: view.code,
    name: view.name,
    budget: budgetInWanYuan(view.budget),
    budgetRaw: view.budgetRaw,
    purpose: view.purpose,
    spendingPlan: view.spendingPlan,
    goals: view.goals,
    indicators: view.indicators.map(presentIndicator),
    findings: view.findings.map(presentStoredFinding),
    reviewGrade: view.reviewGrade,
    reviewComment: view.reviewComment,
    gradedAt: iso(view.gradedAt),
    updatedAt: view.updatedAt.toISOString(),
    updatedBy: view.updatedBy,
    version: view.version,
    can: view.permissions,
  };
}

export function presentIndicatorChange(change: IndicatorChange): IndicatorChangeJson {
  return {
    indicator: change.indicator ? presentIndicator(change.indicator) : null,
    targetFindings: change.targetFindings,
    projectVersion: change.projectVersion,
    findings: change.findings.map(presentStoredFinding),
  };
}
