/**
 * 单位年度: a unit's targets for one year — status and the steps the caller may take, downloads, the department
 * plan, the projects with their budgets and findings, and findings that belong to no single project.
 */
import { Alert, Card, Descriptions, Space, Typography } from 'antd';
import { useParams } from 'react-router';
import { useUnitYear, type UnitYearDetailJson } from '../../api/unit-years';
import { FindingList } from '../../components/finding-list';
import { formatDateTime, formatWan } from '../../components/format';
import { StatusTag } from '../../components/labels';
import { LoadError, PageLoading } from '../../components/page-states';
import { DepartmentPlanCard } from './department-plan-card';
import { ProjectsTable } from './projects-table';
import { UnitYearActions } from './unit-year-actions';

function Heading({ unitYear }: { unitYear: UnitYearDetailJson }) {
  return (
    <Card size="small">
      <Space orientation="vertical" style={{ width: '100%' }} size={8}>
        <Space wrap align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {unitYear.unit.code} {unitYear.unit.name} · {unitYear.year} 年绩效目标
          </Typography.Title>
          <StatusTag status={unitYear.status} publishedAt={unitYear.publishedAt} />
        </Space>
        <Descriptions size="small" column={{ xs: 1, lg: 4 }}>
          <Descriptions.Item label="预算合计">{formatWan(unitYear.totals.budget.total)} 万元</Descriptions.Item>
          <Descriptions.Item label="项目">{unitYear.totals.projectCount} 个</Descriptions.Item>
          <Descriptions.Item label="指标">{unitYear.totals.indicatorCount} 个</Descriptions.Item>
          <Descriptions.Item label="提交时间">{formatDateTime(unitYear.submittedAt)}</Descriptions.Item>
        </Descriptions>
        {unitYear.statusComment ? <Alert type={unitYear.status === 'returned' ? 'warning' : 'info'} showIcon title={`财政审核意见：${unitYear.statusComment}`} /> : null}
        <UnitYearActions unitYear={unitYear} />
      </Space>
    </Card>
  );
}

export function UnitYearPage() {
  const { id = '' } = useParams();
  const unitYear = useUnitYear(id);
  if (unitYear.isPending) return <PageLoading />;
  if (unitYear.isError) return <LoadError error={unitYear.error} onRetry={() => void unitYear.refetch()} />;
  const data = unitYear.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Heading unitYear={data} />
      <Card size="small" title={`项目支出绩效目标（${data.projects.length} 个项目，金额单位：万元）`}>
        <ProjectsTable unitYear={data} />
      </Card>
      {data.planFindings.length > 0 ? (
        <Card size="small" title="部门整体目标与跨项目的审核发现">
          <FindingList findings={data.planFindings} />
        </Card>
      ) : null}
      <DepartmentPlanCard unitYear={data} />
    </Space>
  );
}
