/** The checks of a saved monitoring report under its table; a click brings the reader to the cell. */
import type { MonitoringProjectJson } from '../../api/monitoring';
import { CheckList } from '../../components/check-list';
import { reportCellOf } from './report-cells';

export function ReportFindings({ project }: { project: MonitoringProjectJson }) {
  if (project.version === 0) return null;
  const nameOf = (indicatorId: string | null) => project.indicators.find((indicator) => indicator.id === indicatorId)?.name ?? null;
  const items = project.findings.map((finding) => ({
    ...finding,
    place: [nameOf(finding.indicatorId), finding.location.cell].filter(Boolean).join(' · '),
    cell: reportCellOf(finding),
  }));
  return <CheckList title={`保存后的校验（${items.length === 0 ? '没有问题，可以提交' : `${items.length} 条`}）`} items={items} />;
}
