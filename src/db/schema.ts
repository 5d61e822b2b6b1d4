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
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { accountRoles, roles } from '../core/access/roles';
import type { Evidence, Finding, Location } from '../core/finding';
import type { MoneyUnit } from '../core/money';
import { likelihoods, type DeviationCause, type Progress } from '../core/monitoring/types';
import type { Actual } from '../core/self-evaluation/types';
import { ruleFamilies } from '../core/review/rule';
import type { Comparator, Direction, TargetKind } from '../core/target/target';
// The life of a unit year's targets (draft → submitted → approved, or returned) and the 财政审核 grades.
import { reviewGrades, unitYearStatuses } from '../core/workflow/unit-year-status';
import { bytea } from './bytea';
import type { ImportPreview } from './import-preview';

export const moneyUnits = ['万元', '元'] as const satisfies readonly MoneyUnit[];
export const targetKinds = ['quantitative', 'deadline', 'qualitative'] as const satisfies readonly TargetKind[];
export const comparators = ['≥', '≤', '=', '>', '<', '~'] as const satisfies readonly Comparator[];
export const directions = ['higher', 'lower', 'exact'] as const satisfies readonly Direction[];
/** preview: read over HTTP and shown, not yet stored; stored: in the unit year tables; rejected: refused. */
export const importStatuses = ['preview', 'stored', 'rejected'] as const;
/** How the importer told the file: the Word text export, a Word file, an Excel workbook (src/core/documents). */
export const documentFormats = ['text', 'docx', 'xlsx'] as const;
export const severities = ['error', 'warning', 'info'] as const;
/** open: units report; closed: the figures of the round are final. */
export const roundStatuses = ['open', 'closed'] as const;

/** A changed weight of a level (level 1 when `level2` is null), in hundredths of a point, with its reason. */
export interface StoredLevelWeight {
  level1: string;
  level2: string | null;
  weight: number;
  reason: string;
}

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
/** An amount that may be blank (a part not given). */
const optionalMoney = (name: string) => bigint(name, { mode: 'number' });

/** 预算单位. Kept when its unit years are replaced or deleted: imports refer to it. */
export const units = pgTable('units', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique('units_code_unique'),
  name: text('name').notNull(),
  divisionCode: text('division_code'),
  ...timestamps,
});

/** 财政区划: a county (or city, province) by its code, e.g. 130322 昌黎县. Finance reviewers belong to one. */
export const divisions = pgTable('divisions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  ...timestamps,
});

/**
 * Accounts. `username` is stored normalized (NFKC, lower case) and unique. Unit roles carry their unit,
 * finance reviewers their division, admins neither (users_attachment_check). Never deleted, only disabled:
 * the audit trail refers to them. `version` makes concurrent edits by two admins a conflict, not a loss.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull().unique('users_username_unique'),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: accountRoles }).notNull(),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'restrict' }),
    divisionCode: text('division_code').references(() => divisions.code, { onDelete: 'restrict', onUpdate: 'cascade' }),
    /** argon2id, in the PHC string format ($argon2id$v=19$m=…,t=…,p=…$salt$hash). */
    passwordHash: text('password_hash').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true, mode: 'date' }),
    ...editable,
  },
  (table) => [
    index('users_unit_index').on(table.unitId),
    index('users_division_index').on(table.divisionCode),
    check('users_role_check', sql`${table.role} IN (${literals(accountRoles)})`),
    check(
      'users_attachment_check',
      sql`CASE ${table.role}
        WHEN 'unit_editor' THEN ${table.unitId} IS NOT NULL AND ${table.divisionCode} IS NULL
        WHEN 'unit_leader' THEN ${table.unitId} IS NOT NULL AND ${table.divisionCode} IS NULL
        WHEN 'finance_reviewer' THEN ${table.divisionCode} IS NOT NULL AND ${table.unitId} IS NULL
        ELSE ${table.unitId} IS NULL AND ${table.divisionCode} IS NULL
      END`,
    ),
  ],
);

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
    /** Where the targets are in their life: draft → submitted → approved, or returned for revision. */
    status: text('status', { enum: unitYearStatuses }).notNull().default('draft'),
    /** When and by whom (a unit leader) the targets were last submitted; null while never submitted. */
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'restrict' }),
    /** When the targets were published (预算公开); null while not public. The public sees only these. */
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    /** The finance reviewer's comment with the last approval or return (what to revise); null when none. */
    statusComment: text('status_comment'),
    /** The rule pack (id) the stored review findings were computed with; null before the first review. */
    reviewPack: text('review_pack'),
    ...editable,
  },
  (table) => [
    unique('unit_years_unit_year_unique').on(table.unitId, table.year),
    check('unit_years_money_unit_check', sql`${table.moneyUnit} IN (${literals(moneyUnits)})`),
    check('unit_years_status_check', sql`${table.status} IN (${literals(unitYearStatuses)})`),
    check('unit_years_submitted_check', sql`(${table.submittedAt} IS NULL) = (${table.submittedBy} IS NULL)`),
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
    /** 财政审核: the finance reviewer's grade (优/良/中/差); null while not graded. */
    reviewGrade: text('review_grade', { enum: reviewGrades }),
    /** 审核意见: the reviewer's comment, which may come before or without a grade. */
    reviewComment: text('review_comment'),
    /** Who graded and when; both set exactly when the grade is. */
    gradedBy: uuid('graded_by').references(() => users.id, { onDelete: 'restrict' }),
    gradedAt: timestamp('graded_at', { withTimezone: true, mode: 'date' }),
    ...editable,
  },
  (table) => [
    unique('projects_code_unique').on(table.unitYearId, table.code),
    unique('projects_position_unique').on(table.unitYearId, table.position),
    check('projects_review_grade_check', sql`${table.reviewGrade} IN (${literals(reviewGrades)})`),
    check(
      'projects_graded_check',
      sql`(${table.reviewGrade} IS NULL) = (${table.gradedAt} IS NULL) AND (${table.gradedAt} IS NULL) = (${table.gradedBy} IS NULL)`,
    ),
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
 * An upload over HTTP is first a `preview` (read, shown with its findings, nothing else stored), then
 * `stored` when confirmed or `rejected`; a preview of an unreadable document may know no unit or year.
 */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey(),
    /** The unit the document names; null only for a preview or rejection that could not read it. */
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'restrict' }),
    /** The fiscal year; null only for a preview or rejection that could not read it. */
    year: integer('year'),
    status: text('status', { enum: importStatuses }).notNull().default('stored'),
    fileName: text('file_name').notNull(),
    encoding: text('encoding'),
    sha256: text('sha256').notNull(),
    byteSize: integer('byte_size').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** Free text of who imported from the command line ("demo", an operator's name); null otherwise. */
    importedBy: text('imported_by'),
    /** The account that uploaded the file over HTTP; null for command-line imports. */
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'restrict' }),
    replaced: boolean('replaced').notNull().default(false),
    findings: jsonb('findings').$type<Finding[]>().notNull(),
    source: bytea('source').notNull(),
    /** The format the importer told from the bytes; null for records made before it was kept. */
    format: text('format', { enum: documentFormats }),
    /**
     * What an upload over HTTP read, kept for the preview and the history: the unit and year as the document
     * names them (the unit may not be registered yet), counts, and the review of what was read. Null for imports
     * from the command line.
     */
    preview: jsonb('preview').$type<ImportPreview>(),
  },
  (table) => [
    index('imports_unit_year_index').on(table.unitId, table.year, table.importedAt),
    index('imports_uploaded_by_index').on(table.uploadedBy, table.importedAt),
    check('imports_format_check', sql`${table.format} IN (${literals(documentFormats)})`),
    check('imports_sha256_check', sql`${table.sha256} ~ '^[0-9a-f]{64}$'`),
    check('imports_byte_size_check', sql`${table.byteSize} = octet_length(${table.source})`),
    check('imports_sha256_of_source_check', sql`${table.sha256} = encode(sha256(${table.source}), 'hex')`),
    check('imports_status_check', sql`${table.status} IN (${literals(importStatuses)})`),
    check('imports_stored_has_unit_check', sql`${table.status} <> 'stored' OR (${table.unitId} IS NOT NULL AND ${table.year} IS NOT NULL)`),
  ],
);

/**
 * 智能审核 findings of a unit year, stored so that lists and dashboards need not rerun the review; the use
 * case that changes a unit year's document deletes and rewrites them in the same transaction. `position`
 * is the engine's order (0-based). Project and indicator are set when the finding points at one.
 */
export const reviewFindings = pgTable(
  'review_findings',
  {
    id: uuid('id').primaryKey(),
    unitYearId: uuid('unit_year_id')
      .notNull()
      .references(() => unitYears.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id').references(() => indicators.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** The rule id, e.g. values.unknown-unit. */
    code: text('code').notNull(),
    family: text('family', { enum: ruleFamilies }).notNull(),
    severity: text('severity', { enum: severities }).notNull(),
    message: text('message').notNull(),
    suggestion: text('suggestion'),
    location: jsonb('location').$type<Location>().notNull(),
    evidence: jsonb('evidence').$type<Evidence[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [
    unique('review_findings_position_unique').on(table.unitYearId, table.position),
    index('review_findings_project_index').on(table.projectId),
    index('review_findings_indicator_index').on(table.indicatorId),
    check('review_findings_family_check', sql`${table.family} IN (${literals(ruleFamilies)})`),
    check('review_findings_severity_check', sql`${table.severity} IN (${literals(severities)})`),
  ],
);

/**
 * Login sessions. The cookie holds a random token; only its SHA-256 is stored, so a copy of the
 * database opens no session. A session ends at `expires_at` (absolute) or after the idle limit since
 * `last_seen_at`, whichever comes first; logout deletes it. Any server process can check any session.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique('sessions_token_hash_unique'),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Sent back in the X-CSRF-Token header of every state-changing request of this session. */
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (table) => [index('sessions_user_index').on(table.userId), index('sessions_expires_index').on(table.expiresAt)],
);

/**
 * Fixed-window counters for rate limits (login attempts per IP and per username). One row per bucket, key
 * and window; an upsert increments atomically, so several server processes share the limits.
 */
export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    bucket: text('bucket').notNull(),
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true, mode: 'date' }).notNull(),
    hits: integer('hits').notNull(),
  },
  (table) => [primaryKey({ columns: [table.bucket, table.key, table.windowStart] })],
);

/**
 * Usernames locked after repeated failed logins, until `locked_until`. Keyed by the normalized username
 * as typed, whether or not such an account exists, so that a lock-out tells nothing about existence.
 */
export const loginLockouts = pgTable('login_lockouts', {
  username: text('username').primaryKey(),
  lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }).notNull(),
});

/**
 * The audit trail: who did what to which record, when, from which request. Append-only: a trigger
 * (migration 0002) refuses UPDATE, DELETE and TRUNCATE. `seq` orders events; the actor's name and role are
 * copied, so that the record stays true when the account changes. `unit_id` and `division_code` place the
 * event in a scope (unit leaders read their unit's, finance reviewers their division's).
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey(),
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity().notNull().unique('audit_events_seq_unique'),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** The acting account; null for the public (failed logins) and the local command line. */
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'restrict' }),
    actorUsername: text('actor_username'),
    actorDisplayName: text('actor_display_name').notNull(),
    actorRole: text('actor_role', { enum: roles }).notNull(),
    /** What happened, `entity.verb`, e.g. user.create, auth.login_failed. */
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'restrict' }),
    divisionCode: text('division_code'),
    /** The record before and after the change (secrets such as password hashes left out); null when none. */
    before: jsonb('before').$type<Record<string, unknown>>(),
    after: jsonb('after').$type<Record<string, unknown>>(),
    requestId: text('request_id'),
    ip: text('ip'),
  },
  (table) => [
    index('audit_events_occurred_index').on(table.occurredAt),
    index('audit_events_unit_index').on(table.unitId, table.seq),
    index('audit_events_division_index').on(table.divisionCode, table.seq),
    index('audit_events_entity_index').on(table.entityType, table.entityId),
    index('audit_events_actor_index').on(table.actorUserId, table.seq),
    check('audit_events_actor_role_check', sql`${table.actorRole} IN (${literals(roles)})`),
  ],
);

/**
 * 绩效运行监控批次: a finance bureau asks the units of its division for their figures at a cut-off date. Several
 * rounds a year are usual (7月31日, 10月31日), one per division and cut-off.
 */
export const monitoringRounds = pgTable(
  'monitoring_rounds',
  {
    id: uuid('id').primaryKey(),
    year: integer('year').notNull(),
    cutOff: date('cut_off', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    /** The division whose finance reviewers run the round; every unit of the round belongs to it. */
    divisionCode: text('division_code').notNull(),
    status: text('status', { enum: roundStatuses }).notNull().default('open'),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    /** The account that opened the round; null from the command line. */
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'restrict' }),
    ...editable,
  },
  (table) => [
    unique('monitoring_rounds_cut_off_unique').on(table.divisionCode, table.year, table.cutOff),
    index('monitoring_rounds_year_index').on(table.year),
    check('monitoring_rounds_status_check', sql`${table.status} IN (${literals(roundStatuses)})`),
    check('monitoring_rounds_cut_off_check', sql`extract(year from ${table.cutOff}) = ${table.year}`),
    check('monitoring_rounds_closed_check', sql`(${table.status} = 'closed') = (${table.closedAt} IS NOT NULL)`),
  ],
);

/** The units a round asks, and whether (when, by whom) each submitted its reports. */
export const monitoringRoundUnits = pgTable(
  'monitoring_round_units',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => monitoringRounds.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'restrict' }),
  },
  (table) => [primaryKey({ columns: [table.roundId, table.unitId] }), index('monitoring_round_units_unit_index').on(table.unitId)],
);

/**
 * A project's report in a round (the funds block of the monitoring table); its indicator rows below. Lights are
 * never stored: they are computed from these figures and the targets on every read.
 */
export const monitoringReports = pgTable(
  'monitoring_reports',
  {
    id: uuid('id').primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => monitoringRounds.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    /** 1—N月执行数. */
    spent: money('spent'),
    /** 全年预计执行数. */
    expectedSpent: money('expected_spent'),
    overspendExplanation: text('overspend_explanation').notNull(),
    ...editable,
  },
  (table) => [unique('monitoring_reports_project_unique').on(table.roundId, table.projectId), index('monitoring_reports_project_index').on(table.projectId)],
);

/** One indicator row of a project's monitoring report; progress values are decimal text or a status (jsonb, written whole). */
export const monitoringIndicatorReports = pgTable(
  'monitoring_indicator_reports',
  {
    id: uuid('id').primaryKey(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => monitoringReports.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    /** The row's place in the report as entered (0-based). */
    position: integer('position').notNull(),
    progress: jsonb('progress').$type<Progress>(),
    expected: jsonb('expected').$type<Progress>(),
    likelihood: text('likelihood', { enum: likelihoods }),
    causes: jsonb('causes').$type<DeviationCause[]>().notNull(),
    remark: text('remark').notNull(),
    rectificationNeeded: boolean('rectification_needed').notNull(),
    rectificationAction: text('rectification_action').notNull(),
  },
  (table) => [
    unique('monitoring_indicator_reports_indicator_unique').on(table.reportId, table.indicatorId),
    index('monitoring_indicator_reports_indicator_index').on(table.indicatorId),
    check('monitoring_indicator_reports_likelihood_check', sql`${table.likelihood} IN (${literals(likelihoods)})`),
  ],
);

/**
 * 绩效自评 of a project. Weights are the rule pack's defaults except where changed: the changed execution weight
 * and level weights here, changed indicator weights on the indicator rows (null: the default). Scores are
 * computed on every read, never stored.
 */
export const selfEvaluations = pgTable(
  'self_evaluations',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .unique('self_evaluations_project_unique')
      .references(() => projects.id, { onDelete: 'cascade' }),
    /** 全年预算数. */
    adjustedBudget: money('adjusted_budget'),
    /** 全年执行数. */
    spent: money('spent'),
    /** 全年预算数 and 全年执行数 by source (当年财政拨款, 上年结转资金, 其他资金); null: not given. */
    adjustedBudgetFiscal: optionalMoney('adjusted_budget_fiscal'),
    adjustedBudgetCarryover: optionalMoney('adjusted_budget_carryover'),
    adjustedBudgetOther: optionalMoney('adjusted_budget_other'),
    spentFiscal: optionalMoney('spent_fiscal'),
    spentCarryover: optionalMoney('spent_carryover'),
    spentOther: optionalMoney('spent_other'),
    executionExplanation: text('execution_explanation').notNull(),
    /** 实际完成情况: what the project achieved against its goals (预期目标), in words. */
    goalCompletion: text('goal_completion').notNull().default(''),
    /** Hundredths of a point; null: the default. */
    executionWeight: integer('execution_weight'),
    executionWeightReason: text('execution_weight_reason'),
    levelWeights: jsonb('level_weights').$type<StoredLevelWeight[]>().notNull(),
    ...editable,
  },
  (table) => [check('self_evaluations_execution_weight_check', sql`(${table.executionWeight} IS NULL) = (${table.executionWeightReason} IS NULL)`)],
);

/** One indicator row of a self-evaluation (实际完成值, 偏差原因分析及改进措施), pointing at its indicator. */
export const selfEvaluationIndicators = pgTable(
  'self_evaluation_indicators',
  {
    id: uuid('id').primaryKey(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => selfEvaluations.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    actual: jsonb('actual').$type<Actual>(),
    explanation: text('explanation').notNull(),
    notApplicable: boolean('not_applicable').notNull(),
    /** Hundredths of a point; null: the default. */
    weight: integer('weight'),
    weightReason: text('weight_reason'),
  },
  (table) => [
    unique('self_evaluation_indicators_indicator_unique').on(table.evaluationId, table.indicatorId),
    index('self_evaluation_indicators_indicator_index').on(table.indicatorId),
    check('self_evaluation_indicators_weight_check', sql`(${table.weight} IS NULL) = (${table.weightReason} IS NULL)`),
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
  divisions,
  users,
  reviewFindings,
  sessions,
  rateLimitCounters,
  loginLockouts,
  auditEvents,
  monitoringRounds,
  monitoringRoundUnits,
  monitoringReports,
  monitoringIndicatorReports,
  selfEvaluations,
  selfEvaluationIndicators,
};
