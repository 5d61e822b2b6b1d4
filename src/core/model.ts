/**
 * The domain model of a unit's year of performance targets (部门整体绩效目标 + 项目支出绩效目标表).
 * Names follow ../shared/docs/glossary.md. Money is exact: integer fen (see money.ts).
 */
import type { Fen, MoneyUnit } from './money';
import type { Target } from './target/target';

/** 预算单位: a spending unit such as 203001 中国共产党昌黎县委员会组织部本级. */
export interface Unit {
  code: string;
  name: string;
  /** 财政区划: the county (or city, province) the unit belongs to, e.g. 130322; null when unknown. */
  divisionCode: string | null;
}

/** One unit's targets for one fiscal year: the department plan and one target table per project. */
export interface UnitYear {
  unit: Unit;
  year: number;
  /** The money unit the document states its amounts in (单位：万元). */
  moneyUnit: MoneyUnit;
  departmentPlan: DepartmentPlan;
  projects: Project[];
}

/** 部门整体绩效目标. */
export interface DepartmentPlan {
  /** 总体绩效目标: the whole text, as written. */
  overallGoal: string;
  /** The concrete commitments the overall goal lists (具体体现在如下方面：…；…；…). */
  commitments: string[];
  /** 分项绩效目标 (一)…(N). */
  subGoals: SubGoal[];
  /** 工作保障措施. */
  measures: Measure[];
}

/** 分项绩效目标: a titled goal with its goal text (绩效目标) and indicator text (绩效指标). */
export interface SubGoal {
  title: string;
  goal: string;
  indicatorText: string;
}

/** 工作保障措施: a titled paragraph ("完善制度建设。" + text). */
export interface Measure {
  title: string;
  text: string;
}

/** 预算数 = 财政资金 + 其他资金, exact. */
export interface Budget {
  total: Fen;
  fiscal: Fen;
  other: Fen;
}

/** One checkpoint of the spending plan (资金支出计划): cumulative percent spent by the end of a month. */
export interface SpendingCheckpoint {
  /** The label as written, e.g. "3月底". */
  checkpoint: string;
  /** The month the checkpoint closes (1–12). */
  month: number;
  /** Cumulative percent (0–100); null where the cell is blank, meaning "no commitment". */
  percent: number | null;
  /** The cell as written, e.g. "50.00%" or "". */
  raw: string;
}

/** 预算项目 with its target table. */
export interface Project {
  /** 项目编码, unique within a year. */
  code: string;
  /** 项目名称. */
  name: string;
  budget: Budget;
  /** 资金用途. */
  purpose: string;
  spendingPlan: SpendingCheckpoint[];
  /** 绩效目标: the numbered paragraphs of the goals cell. */
  goals: string[];
  /** The level-3 indicators in document order. */
  indicators: Indicator[];
  /** The budget cells as written (e.g. "20.32", "23.00"), kept so that nothing of the document is lost. */
  budgetRaw: BudgetRaw;
}

export interface BudgetRaw {
  total: string;
  fiscal: string;
  other: string;
}

/** 三级指标: a row of the indicator table. */
export interface Indicator {
  /** 一级指标, e.g. 产出指标. */
  level1: string;
  /** 二级指标, e.g. 数量指标. */
  level2: string;
  /** 三级指标 (the indicator's name). */
  name: string;
  /** 绩效指标描述. */
  description: string;
  /** 指标值: the raw cell and what it means. */
  target: Target;
  /** 指标值确定依据. */
  basis: string;
}
