/**
 * The database schema: one table per record of the model (src/core/model.ts), in snake_case.
 * Migrations in ./migrations are generated from this file (`npm run db:generate`); never edit them by hand.
 *
 * Editable records (unit year, department plan, project, indicator) carry `version` and timestamps for
 * optimistic concurrency. Ids are uuids made in JS so that parents and children go in as multi-row inserts.
 * `position` keeps document order (0-based). Children of a unit year go with it (ON DELETE CASCADE);
 * import records do not: the history of imports outlives a replaced unit year.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Finding } from '../core/finding';
import type { MoneyUnit } from '../core/money';
import type { Comparator, Direction, TargetKind } from '../core/target/target';
import { bytea } from './bytea';

export const moneyUnits = ['万元', '元'] as const satisfies readonly MoneyUnit[];
export const targetKinds = ['quantitative', 'deadline', 'qualitative'] as const satisfies readonly TargetKind[];
export const comparators = ['≥', '≤', '=', '>', '<', '~'] as const satisfies readonly Comparator[];
export const directions = ['higher', 'lower', 'exact'] as const satisfies readonly Direction[];

/** A list of SQL string literals for a CHECK (… IN (…)); the values are our own constants, never input. */
function literals(values: readonly string[]) {
  return sql.raw(values.map((value) => `'${value}'`).join(', '));
}

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};

const editable = {
  version: integer('version').notNull().default(1),
  ...timestamps,
};

const money = (name: string) => bigint(name, { mode: 'number' }).notNull();

/** 预算单位. Kept when its unit years are replaced or deleted: imports refer to it. */
export const units = pgTable('units', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique('units_code_unique'),
  name: text('name').notNull(),
  divisionCode: text('division_code'),
  ...timestamps,
});

/** One unit's targets for one fiscal year. */
export const unitYears = pgTable(
  'unit_years',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    moneyUnit: text('money_unit', { enum: moneyUnits }).notNull(),
    ...editable,
  },
  (table) => [
    unique('unit_years_unit_year_unique').on(table.unitId, table.year),
    check('unit_years_money_unit_check', sql`${table.moneyUnit} IN (${literals(moneyUnits)})`),
  ],
);

/** 部门整体绩效目标: one per unit year. */
export const departmentPlans = pgTable('department_plans', {
  id: uuid('id').primaryKey(),
  unitYearId: uuid('unit_year_id')
    .notNull()
    .unique('department_plans_unit_year_unique')
    .references(() => unitYears.id, { onDelete: 'cascade' }),
  overallGoal: text('overall_goal').notNull(),
  /** The commitments in document order. */
  commitments: text('commitments').array().notNull(),
  ...editable,
});

/** 分项绩效目标. */
export const subGoals = pgTable(
  'sub_goals',
  {
    id: uuid('id').primaryKey(),
    departmentPlanId: uuid('department_plan_id')
      .notNull()
      .references(() => departmentPlans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    goal: text('goal').notNull(),
    indicatorText: text('indicator_text').notNull(),
  },
  (table) => [unique('sub_goals_position_unique').on(table.departmentPlanId, table.position)],
);

/** 工作保障措施. */
export const measures = pgTable(
  'measures',
  {
    id: uuid('id').primaryKey(),
    departmentPlanId: uuid('department_plan_id')
      .notNull()
      .references(() => departmentPlans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
  },
  (table) => [unique('measures_position_unique').on(table.departmentPlanId, table.position)],
);

/** 预算项目 with its target table; money in integer fen, the cells as written beside them. */
export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey(),
    unitYearId: uuid('unit_year_id')
      .notNull()
      .references(() => unitYears.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    budgetTotal: money('budget_total'),
    budgetFiscal: money('budget_fiscal'),
    budgetOther: money('budget_other'),
    budgetTotalRaw: text('budget_total_raw').notNull(),
    budgetFiscalRaw: text('budget_fiscal_raw').notNull(),
    budgetOtherRaw: text('budget_other_raw').notNull(),
    purpose: text('purpose').notNull(),
    /** 绩效目标: the numbered paragraphs in document order. */
    goals: text('goals').array().notNull(),
    ...editable,
  },
  (table) => [
    unique('projects_code_unique').on(table.unitYearId, table.code),
    unique('projects_position_unique').on(table.unitYearId, table.position),
  ],
);

/** 资金支出计划: one row per checkpoint. */
export const spendingCheckpoints = pgTable(
  'spending_checkpoints',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    month: integer('month').notNull(),
    /** Null where the cell is blank ("no commitment"). */
    percent: numeric('percent', { mode: 'number' }),
    raw: text('raw').notNull(),
  },
  (table) => [
    unique('spending_checkpoints_position_unique').on(table.projectId, table.position),
    check('spending_checkpoints_month_check', sql`${table.month} BETWEEN 1 AND 12`),
  ],
);

/**
 * 三级指标 with its target: the raw cell always, the parsed form in columns. Quantitative targets fill
 * comparator, value, value_text, upper, measure_unit, direction; deadlines fill comparator and deadline.
 */
export const indicators = pgTable(
  'indicators',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    level1: text('level1').notNull(),
    level2: text('level2').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    basis: text('basis').notNull(),
    targetRaw: text('target_raw').notNull(),
    targetKind: text('target_kind', { enum: targetKinds }).notNull(),
    comparator: text('comparator', { enum: comparators }),
    value: numeric('value', { mode: 'number' }),
    valueText: text('value_text'),
    upper: numeric('upper', { mode: 'number' }),
    measureUnit: text('measure_unit'),
    direction: text('direction', { enum: directions }),
    deadline: date('deadline', { mode: 'string' }),
    ...editable,
  },
  (table) => [
    unique('indicators_position_unique').on(table.projectId, table.position),
    check('indicators_target_kind_check', sql`${table.targetKind} IN (${literals(targetKinds)})`),
    check('indicators_comparator_check', sql`${table.comparator} IN (${literals(comparators)})`),
    check('indicators_direction_check', sql`${table.direction} IN (${literals(directions)})`),
    check(
      'indicators_target_shape_check',
      sql`CASE ${table.targetKind}
        WHEN 'quantitative' THEN ${table.comparator} IS NOT NULL AND ${table.value} IS NOT NULL
          AND ${table.valueText} IS NOT NULL AND ${table.measureUnit} IS NOT NULL AND ${table.direction} IS NOT NULL
          AND ${table.deadline} IS NULL
        WHEN 'deadline' THEN ${table.deadline} IS NOT NULL AND ${table.comparator} IN ('≤', '=')
          AND ${table.value} IS NULL AND ${table.direction} IS NULL
        ELSE ${table.comparator} IS NULL AND ${table.value} IS NULL AND ${table.deadline} IS NULL
      END`,
    ),
  ],
);

/**
 * The record of one import: what file, who, when, what was found, and the file itself (so that every
 * cell a finding points at stays reachable). Refers to the unit, not the unit year, so it survives a replace.
 */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    fileName: text('file_name').notNull(),
    encoding: text('encoding'),
    sha256: text('sha256').notNull(),
    byteSize: integer('byte_size').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true, mode: 'date' }).notNull(),
    importedBy: text('imported_by'),
    replaced: boolean('replaced').notNull(),
    findings: jsonb('findings').$type<Finding[]>().notNull(),
    source: bytea('source').notNull(),
  },
  (table) => [
    index('imports_unit_year_index').on(table.unitId, table.year, table.importedAt),
    check('imports_sha256_check', sql`${table.sha256} ~ '^[0-9a-f]{64}$'`),
    check('imports_byte_size_check', sql`${table.byteSize} = octet_length(${table.source})`),
    check('imports_sha256_of_source_check', sql`${table.sha256} = encode(sha256(${table.source}), 'hex')`),
  ],
);

export const schema = {
  units,
  unitYears,
  departmentPlans,
  subGoals,
  measures,
  projects,
  spendingCheckpoints,
  indicators,
  imports,
};
