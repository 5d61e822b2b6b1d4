/** Chinese names and colours of severities, rule families, statuses and grades, as tags. */
import { Tag } from 'antd';
import type { Severity } from '../../../src/core/finding';
import type { RuleFamily } from '../../../src/core/review/rule';
import { unitYearStatusLabels, type ReviewGrade, type UnitYearStatus } from '../../../src/core/workflow/unit-year-status';

export const severityLabels: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
export const severityColors: Record<Severity, string> = { error: 'red', warning: 'orange', info: 'blue' };
export const severities: readonly Severity[] = ['error', 'warning', 'info'];

/** In the order the review reports them; listed here so that pages do not load the review engine (and zod) for a list. */
export const ruleFamilyList = ['structure', 'values', 'money', 'spending-plan', 'consistency', 'quality'] as const satisfies readonly RuleFamily[];

export const familyLabels: Record<RuleFamily, string> = {
  structure: '指标结构',
  values: '指标值',
  money: '资金',
  'spending-plan': '支出计划',
  consistency: '一致性',
  quality: '指标质量',
};

const statusColors: Record<UnitYearStatus, string> = { draft: 'default', submitted: 'processing', approved: 'success', returned: 'warning' };
const gradeColors: Record<ReviewGrade, string> = { 优: 'green', 良: 'cyan', 中: 'orange', 差: 'red' };

export function SeverityTag({ severity }: { severity: Severity }) {
  return <Tag color={severityColors[severity]}>{severityLabels[severity]}</Tag>;
}

export function StatusTag({ status, publishedAt }: { status: UnitYearStatus; publishedAt?: string | null }) {
  return (
    <>
      <Tag color={statusColors[status]}>{unitYearStatusLabels[status]}</Tag>
      {publishedAt ? <Tag color="purple">已公开</Tag> : null}
    </>
  );
}

export function GradeTag({ grade }: { grade: ReviewGrade | null }) {
  return grade ? <Tag color={gradeColors[grade]}>{grade}</Tag> : <Tag>未评定</Tag>;
}

/** "错误 2 · 警告 5" with coloured numbers; "无" when there is nothing. */
export function SeverityCounts({ counts }: { counts: Record<Severity, number> }) {
  const shown = severities.filter((severity) => counts[severity] > 0);
  if (shown.length === 0) return <span style={{ color: '#52c41a' }}>无</span>;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {shown.map((severity) => (
        <Tag key={severity} color={severityColors[severity]} style={{ marginInlineEnd: 4 }}>
          {severityLabels[severity]} {counts[severity]}
        </Tag>
      ))}
    </span>
  );
}
