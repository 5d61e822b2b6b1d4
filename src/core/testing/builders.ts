/**
 * Builders for tests: a valid object with sensible defaults, overridden where a test cares.
 * Used by tests only (never imported by production code).
 */
import { parseAmount, type Fen } from '../money';
import type { DepartmentPlan, Indicator, Project, SpendingCheckpoint, UnitYear } from '../model';
import type { Target } from '../target/target';

function wanYuan(text: string): Fen {
  const amount = parseAmount(text, '万元');
  if (amount === null) throw new Error(`builder: not an amount: ${text}`);
  return amount;
}

export function buildTarget(overrides: Partial<Target> = {}): Target {
  return {
    kind: 'quantitative',
    raw: '≥95%',
    comparator: '≥',
    value: 95,
    valueText: '95',
    upper: null,
    measureUnit: '%',
    direction: 'higher',
    ...overrides,
  } as Target;
}

export function buildIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    level1: '产出指标',
    level2: '数量指标',
    name: '培训人数',
    description: '参加培训的人数',
    target: buildTarget(),
    basis: '培训工作方案',
    ...overrides,
  };
}

export function buildSpendingPlan(percents: Array<number | null> = [25, 50, 75, 100]): SpendingCheckpoint[] {
  const months = [3, 6, 10, 12];
  return months.map((month, index) => {
    const percent = percents[index] ?? null;
    return { checkpoint: `${month}月底`, month, percent, raw: percent === null ? '' : `${percent.toFixed(2)}%` };
  });
}

/** A project; `budget` is given in 万元 as text ("20.32"), fiscal = total and other = 0 unless given. */
export function buildProject(
  overrides: Partial<Omit<Project, 'budget' | 'budgetRaw'>> & { budget?: { total: string; fiscal?: string; other?: string } } = {},
): Project {
  const { budget = { total: '10.00' }, ...rest } = overrides;
  const raw = { total: budget.total, fiscal: budget.fiscal ?? budget.total, other: budget.other ?? '0' };
  return {
    code: '130322210TESTPROJECT01',
    name: '干部培训经费',
    budget: { total: wanYuan(raw.total), fiscal: wanYuan(raw.fiscal), other: wanYuan(raw.other) },
    budgetRaw: raw,
    purpose: '用于干部教育培训。',
    spendingPlan: buildSpendingPlan(),
    goals: ['1.完成年度培训计划。'],
    indicators: [buildIndicator()],
    ...rest,
  };
}

export function buildDepartmentPlan(overrides: Partial<DepartmentPlan> = {}): DepartmentPlan {
  return {
    overallGoal: '完成年度各项工作任务。具体体现在如下方面：开展8期培训。',
    commitments: ['开展8期培训'],
    subGoals: [{ title: '（一）加强干部培训。', goal: '有效开展培训工作。', indicatorText: '开展8期培训。' }],
    measures: [{ title: '完善制度建设。', text: '制定完善预算绩效管理制度。' }],
    ...overrides,
  };
}

export function buildUnitYear(overrides: Partial<UnitYear> = {}): UnitYear {
  return {
    unit: { code: '203001', name: '中国共产党昌黎县委员会组织部本级', divisionCode: '130322' },
    year: 2021,
    moneyUnit: '万元',
    departmentPlan: buildDepartmentPlan(),
    projects: [buildProject()],
    ...overrides,
  };
}
