/**
 * 绩效看板 (finance reviewers, admins): the units of the division in a year — totals, budget and findings per
 * unit, review status and grades, the charts; filter by year (and division for admins); click through to a unit.
 */
import { Card, Col, Empty, Input, Row, Select, Space, Statistic, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { unitYearStatusLabels, unitYearStatuses } from '../../../../src/core/workflow/unit-year-status';
import { useCurrentUser } from '../../api/auth';
import { useDashboard, type DashboardJson } from '../../api/dashboard';
import { useYears } from '../../api/unit-years';
import { formatWan } from '../../components/format';
import { SeverityCounts, StatusTag } from '../../components/labels';
import { LoadError, PageLoading } from '../../components/page-states';
import { DashboardCharts } from './dashboard-charts';

type UnitRow = DashboardJson['units'][number];

const columns: TableColumnsType<UnitRow> = [
  { title: '单位', key: 'unit', render: (_, row) => <Link to={`/unit-years/${row.unitYearId}`}>{row.unit.code} {row.unit.name}</Link> },
  { title: '状态', key: 'status', width: 140, render: (_, row) => <StatusTag status={row.status} publishedAt={row.publishedAt} /> },
  { title: '预算数（万元）', dataIndex: 'budgetTotal', width: 130, align: 'right', render: formatWan, sorter: (a, b) => a.budgetTotal - b.budgetTotal },
  { title: '项目', dataIndex: 'projectCount', width: 70, align: 'right' },
  { title: '指标', dataIndex: 'indicatorCount', width: 70, align: 'right' },
  { title: '审核发现', key: 'findings', width: 210, render: (_, row) => <SeverityCounts counts={row.findings} /> },
  { title: '评定（优/良/中/差/未评）', key: 'grades', width: 190, responsive: ['xl'], render: (_, { grades }) => `${grades.优} / ${grades.良} / ${grades.中} / ${grades.差} / ${grades.ungraded}` },
];

function Totals({ dashboard }: { dashboard: DashboardJson }) {
  const { totals } = dashboard;
  const byStatus = unitYearStatuses.filter((status) => (totals.byStatus[status] ?? 0) > 0).map((status) => `${unitYearStatusLabels[status]} ${totals.byStatus[status] ?? 0}`).join('，');
  return (
    <Row gutter={[16, 16]}>
      <Col xs={12} lg={4}><Card size="small"><Statistic title="单位" value={totals.units} suffix="个" /></Card></Col>
      <Col xs={12} lg={4}><Card size="small"><Statistic title="项目" value={totals.projects} suffix="个" /></Card></Col>
      <Col xs={12} lg={4}><Card size="small"><Statistic title="指标" value={totals.indicators} suffix="个" /></Card></Col>
      <Col xs={12} lg={5}><Card size="small"><Statistic title="预算合计" value={formatWan(totals.budgetTotal)} suffix="万元" /></Card></Col>
      <Col xs={24} lg={7}>
        <Card size="small" title="审核发现 / 状态" styles={{ body: { padding: '8px 12px' } }}>
          <SeverityCounts counts={totals.findings} />
          <div style={{ marginTop: 6, color: '#666' }}>{byStatus || '—'}</div>
        </Card>
      </Col>
    </Row>
  );
}

export function DashboardPage() {
  const user = useCurrentUser();
  const [year, setYear] = useState<number | undefined>();
  const [divisionCode, setDivisionCode] = useState<string | undefined>();
  const years = useYears();
  const dashboard = useDashboard({ year, divisionCode });
  if (dashboard.isPending) return <PageLoading />;
  if (dashboard.isError) return <LoadError error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  const data = dashboard.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <span>年度：</span>
        <Select style={{ width: 120 }} value={year ?? data.year ?? undefined} placeholder="最新年度" options={years.data?.years.map((y) => ({ value: y, label: `${y} 年` }))} onChange={(value: number) => setYear(value)} />
        {user.role === 'admin' ? <Input.Search placeholder="财政区划编码（全部）" allowClear style={{ width: 220 }} onSearch={(code) => setDivisionCode(code || undefined)} /> : null}
      </Space>
      {data.units.length === 0 ? (
        <Card><Empty description="这一年度还没有单位的绩效目标。可在“导入文件”中上传。" /></Card>
      ) : (
        <>
          <Totals dashboard={data} />
          <DashboardCharts dashboard={data} />
          <Card size="small" title={`${data.year ?? ''} 年各单位绩效目标`}>
            <Table<UnitRow> rowKey="unitYearId" size="small" columns={columns} dataSource={data.units} pagination={data.units.length > 20 ? { pageSize: 20 } : false} />
          </Card>
        </>
      )}
    </Space>
  );
}
