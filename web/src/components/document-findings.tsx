/**
 * Findings about a document that is not stored yet (an import preview): where in the file (line, cell; or
 * project and indicator), what is wrong and how to fix it.
 */
import { Table, type TableColumnsType } from 'antd';
import type { FindingJson } from '../../../src/contract/finding';
import { SeverityTag, severities } from './labels';

type Location = FindingJson['location'];

/** "第 12 行 · 指标值" or "第 3 个项目 第 5 个指标 · 指标值". */
export function placeOfLocation(location: Location): string {
  const parts: string[] = [];
  if (location.line) parts.push(`第 ${location.line} 行`);
  if (location.project) parts.push(`第 ${location.project} 个项目`);
  if (location.indicator) parts.push(`第 ${location.indicator} 个指标`);
  if (location.cell) parts.push(location.cell);
  return parts.join(' · ') || '整个文件';
}

const columns: TableColumnsType<FindingJson> = [
  { title: '严重程度', dataIndex: 'severity', width: 90, render: (severity: FindingJson['severity']) => <SeverityTag severity={severity} /> },
  { title: '位置', key: 'location', width: 200, render: (_, finding) => placeOfLocation(finding.location) },
  { title: '问题', dataIndex: 'message' },
  { title: '建议', dataIndex: 'suggestion', width: 260, render: (suggestion?: string) => suggestion ?? '' },
];

export function DocumentFindings({ findings, emptyText }: { findings: FindingJson[]; emptyText: string }) {
  const sorted = [...findings].sort((a, b) => severities.indexOf(a.severity) - severities.indexOf(b.severity));
  return <Table<FindingJson> rowKey={(finding) => `${finding.code}-${placeOfLocation(finding.location)}-${finding.message}`} size="small" columns={columns} dataSource={sorted} pagination={sorted.length > 20 ? { pageSize: 20, showSizeChanger: false } : false} locale={{ emptyText }} />;
}
