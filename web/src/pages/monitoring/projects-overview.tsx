/** The unit's projects in a round: each with its spending light, worst light, counts and whether it is reported; a click opens it. */
import { Card, Table, Tag, type TableColumnsType } from 'antd';
import type { MonitoringProjectJson, MonitoringUnitJson } from '../../api/monitoring';
import { formatWan } from '../../components/format';
import { LightCounts, LightDot, LightTag } from '../../components/lights';
import { spendingFigures } from './funds-block';

function ReportState({ project }: { project: MonitoringProjectJson }) {
  if (project.version === 0) return <Tag>未填报</Tag>;
  const errors = project.findings.filter((finding) => finding.severity === 'error').length;
  return errors > 0 ? <Tag color="red">{errors} 个问题</Tag> : <Tag color="green">已填好</Tag>;
}

const columns: TableColumnsType<MonitoringProjectJson> = [
  { title: '项目', dataIndex: 'name', render: (name: string, project) => <a data-project={project.id}>{name}</a> },
  { title: '预算数（万元）', dataIndex: 'budget', width: 120, align: 'right', render: formatWan },
  {
    title: '支出进度',
    key: 'spending',
    width: 90,
    align: 'center',
    render: (_, project) => <LightDot color={project.spendingLight.color} explanation={project.spendingLight.explanation} figures={spendingFigures(project.spendingLight)} subject={`${project.name} 支出进度`} />,
  },
  { title: '最严重', key: 'worst', width: 90, render: (_, project) => <LightTag color={project.worst} /> },
  { title: '亮灯', key: 'counts', width: 250, responsive: ['lg'], render: (_, project) => <LightCounts counts={project.counts} /> },
  { title: '填报', key: 'state', width: 100, render: (_, project) => <ReportState project={project} /> },
];

export function ProjectsOverview({ unit, chosenId, onChoose }: { unit: MonitoringUnitJson; chosenId: string | null; onChoose: (projectId: string) => void }) {
  return (
    <Card size="small" title={`项目（${unit.projects.length} 个，点击查看或填报）`} styles={{ body: { padding: 0 } }}>
      <Table<MonitoringProjectJson>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={unit.projects}
        pagination={false}
        onRow={(project) => ({ onClick: () => onChoose(project.id), style: { cursor: 'pointer', background: project.id === chosenId ? '#e6f0ff' : undefined } })}
      />
    </Card>
  );
}
