/** 优/良/中/差 of a self-evaluation as a coloured tag; "—" before there is a score. */
import { Tag } from 'antd';

const gradeColors: Readonly<Record<string, string>> = { 优: 'green', 良: 'cyan', 中: 'orange', 差: 'red' };

export function GradeBadge({ grade }: { grade: string | null }) {
  if (!grade) return <span style={{ color: '#8c8c8c' }}>—</span>;
  return <Tag color={gradeColors[grade] ?? 'default'} data-grade={grade}>{grade}</Tag>;
}
