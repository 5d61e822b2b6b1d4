/**
 * A unit's self-evaluation for a year: every project with its total and grade (or what is missing), the unit's
 * score weighted by the adjusted budgets of its scored projects with its working, and the Word/Excel tables.
 */
import { DownOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Descriptions, Dropdown, Popover, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link, useParams } from 'react-router';
import { selfEvaluationExportUrlOf, useUnitSelfEvaluation, type UnitSelfEvaluationJson } from '../../api/self-evaluation';
import { formatWan } from '../../components/format';
import { StatusTag } from '../../components/labels';
import { LoadError, PageLoading } from '../../components/page-states';
import { GradeBadge } from './grade-badge';

type ProjectRow = UnitSelfEvaluationJson['projects'][number];

const downloads = [
  { format: 'docx', label: '自评表 Word 文档（.docx）' },
  { format: 'xlsx', label: '自评表 Excel 表格（.xlsx）' },
  { format: 'open-data', label: '开放数据（JSON）' },
] as const;

function StateTag({ project }: { project: ProjectRow }) {
  if (project.version === 0) return <Tag>未自评</Tag>;
  if (project.errors > 0) return <Tag color="red">{project.errors} 个问题</Tag>;
  return project.complete ? <Tag color="green">已完成</Tag> : <Tag color="orange">未填完</Tag>;
}

const columns: TableColumnsType<ProjectRow> = [
  { title: '项目', dataIndex: 'name', render: (name: string, project) => <Link to={`/self-evaluation/projects/${project.id}`}>{name}</Link> },
  { title: '年初预算数（万元）', dataIndex: 'budget', width: 140, align: 'right', render: formatWan },
  { title: '全年预算数（万元）', dataIndex: 'adjustedBudget', width: 140, align: 'right', responsive: ['lg'], render: formatWan },
  { title: '总分', key: 'total', width: 80, align: 'right', render: (_, project) => project.total?.rounded ?? '—' },
  { title: '等级', dataIndex: 'grade', width: 70, render: (grade: string | null) => <GradeBadge grade={grade} /> },
  { title: '状态', key: 'state', width: 100, render: (_, project) => <StateTag project={project} /> },
];

function Summary({ unit }: { unit: UnitSelfEvaluationJson }) {
  return (
    <Card size="small">
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Breadcrumb items={[{ title: <Link to="/self-evaluation">绩效自评</Link> }, { title: `${unit.unit.name} ${unit.year} 年` }]} />
        <Space wrap align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>{unit.unit.code} {unit.unit.name} · {unit.year} 年绩效自评</Typography.Title>
          <StatusTag status={unit.status} />
        </Space>
        <Descriptions size="small" column={{ xs: 1, lg: 4 }}>
          <Descriptions.Item label="单位得分（按全年预算数加权）">
            <Popover title="单位得分的计算过程" content={<div style={{ maxWidth: 480 }}>{unit.working}</div>}>
              <strong data-testid="unit-score" style={{ cursor: 'help', borderBottom: '1px dashed #8c8c8c' }}>{unit.score?.rounded ?? '—'}</strong>
            </Popover>{' '}
            <GradeBadge grade={unit.grade} />
          </Descriptions.Item>
          <Descriptions.Item label="已计分项目">{unit.scoredCount} / {unit.projects.length} 个</Descriptions.Item>
          <Descriptions.Item label="参与加权的预算">{formatWan(unit.budget)} 万元</Descriptions.Item>
          <Descriptions.Item label="计分规则包">{unit.rulePack}</Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{unit.working}</Typography.Text>
        <Dropdown menu={{ items: downloads.map(({ format, label }) => ({ key: format, label: <a href={selfEvaluationExportUrlOf(unit.unitYearId, format)} download>{label}</a> })) }}>
          <Button style={{ alignSelf: 'flex-start' }}>下载自评表 <DownOutlined /></Button>
        </Dropdown>
      </Space>
    </Card>
  );
}

export function UnitEvaluationPage() {
  const { id = '' } = useParams();
  const unit = useUnitSelfEvaluation(id);
  if (unit.isPending) return <PageLoading />;
  if (unit.isError) return <LoadError error={unit.error} onRetry={() => void unit.refetch()} />;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Summary unit={unit.data} />
      <Card size="small" title={`项目（${unit.data.projects.length} 个，点击项目填写自评）`}>
        <Table<ProjectRow> rowKey="id" size="small" columns={columns} dataSource={unit.data.projects} pagination={false} locale={{ emptyText: '该单位这一年度没有项目。' }} />
      </Card>
    </Space>
  );
}
