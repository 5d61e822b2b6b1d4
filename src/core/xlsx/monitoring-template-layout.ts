/**
 * The layout of the monitoring template (监控填报模板): one sheet per project (项目1, 项目2 …), the funds cells in
 * row 4, the indicator table from row 6, and a hidden column Q that ties the sheet and each row to the round, the
 * project and its indicators by id. Shared by the writer and the reader, so that the two cannot drift apart.
 */
import type { Project, Unit } from '../model';
import { deviationCauseKinds, likelihoodLabels, progressStatusLabels, type DeviationCauseKind, type MonitoringReport } from '../monitoring/types';

/** What a template is made from: the round, and per project its ids, targets and the report so far. */
export interface MonitoringTemplateProject {
  /** The project's id (opaque here); written in the hidden column. */
  id: string;
  /** The version of the report the template was made from (0: none saved). */
  version: number;
  project: Project;
  /** The indicators' ids, in the project's order. */
  indicatorIds: string[];
  /** The report so far (indicators by 1-based position), null when none is saved. */
  report: MonitoringReport | null;
}

export interface MonitoringTemplate {
  roundId: string;
  unit: Unit;
  year: number;
  cutOff: string;
  title: string;
  projects: MonitoringTemplateProject[];
}

/** The sheet of the project at 0-based `index`. */
export const templateSheetName = (index: number): string => `项目${index + 1}`;

export const fundsRow = 4;
export const headerRow = 6;
export const firstIndicatorRow = 7;

/** Funds cells of row 4 (columns). */
export const fundsCells = { budget: 2, spent: 4, expectedSpent: 6, overspendExplanation: 8 } as const;

/** The indicator table's columns, 1-based, A–P visible. */
export const templateColumns = {
  number: 1,
  level1: 2,
  level2: 3,
  name: 4,
  target: 5,
  progress: 6,
  expected: 7,
  likelihood: 8,
  funding: 9,
  rules: 10,
  staffing: 11,
  equipment: 12,
  other: 13,
  remark: 14,
  rectificationNeeded: 15,
  rectificationAction: 16,
} as const satisfies Record<string, number> & Record<DeviationCauseKind, number>;

export type TemplateColumn = keyof typeof templateColumns;

/** The columns in sheet order (A–P). */
export const templateColumnOrder: readonly TemplateColumn[] = [
  'number', 'level1', 'level2', 'name', 'target', 'progress', 'expected', 'likelihood',
  ...deviationCauseKinds, 'remark', 'rectificationNeeded', 'rectificationAction',
];

/** The last visible column (P) and the hidden id column (Q). */
export const lastColumn = 16;
export const idColumn = 17;

/** Hidden cells of column Q: the round id (row 2), the project id (row 3), the report version (row 4). */
export const hiddenRows = { round: 2, project: 3, version: 4 } as const;


export const yes = '是';
export const no = '否';

/** The header of each column, for the month N of the cut-off. */
export function templateHeaders(month: number): Record<TemplateColumn, string> {
  return {
    number: '序号',
    level1: '一级指标',
    level2: '二级指标',
    name: '三级指标',
    target: '年度指标值',
    progress: `1—${month}月执行情况`,
    expected: '全年预计完成情况',
    likelihood: '完成目标可能性',
    funding: '偏差原因：经费保障',
    rules: '偏差原因：制度保障',
    staffing: '偏差原因：人员保障',
    equipment: '偏差原因：硬件条件保障',
    other: '偏差原因：其他',
    remark: '备注',
    rectificationNeeded: '是否需要整改',
    rectificationAction: '整改措施',
  };
}

export const statusChoices: readonly string[] = Object.values(progressStatusLabels);
export const likelihoodChoices: readonly string[] = Object.values(likelihoodLabels);
