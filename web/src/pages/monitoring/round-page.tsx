/**
 * A round's division view (finance reviewers, admins): every unit, those that have not submitted first, then
 * the red lights first; the counts of lights per unit, a chart of lights by unit; a unit opens its reports
 * (and from there a project and an indicator). The round can be closed here.
 */
import { Breadcrumb, Card, Col, Descriptions, Row, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { useMonitoringRound, type DivisionRowJson, type MonitoringRoundDetailJson } from '../../api/monitoring';
import { formatDateTime } from '../../components/format';
import { StatusTag } from '../../components/labels';
import { LightCounts, LightTag } from '../../components/lights';
import { EmptyState, LoadError, PageLoading } from '../../components/page-states';
import { CloseRoundButton } from './close-round-button';
import { LightsChart } from './lights-chart';

function columnsFor(roundId: string): TableColumnsType<DivisionRowJson> {
  return [
    { title: '单位', key: 'unit', render: (_, row) => <Link to={`/monitoring/${roundId}/units/${row.unit.id}`}>{row.unit.code} {row.unit.name}</Link> },
    { title: '提交', key: 'reported', width: 150, render: (_, row) => (row.reported ? <span><Tag color="success">已提交</Tag><div style={{ fontSize: 12, color: '#8c8c8c' }}>{formatDateTime(row.submittedAt)}</div></span> : <Tag color="warning">未提交</Tag>) },
    { title: '最严重', key: 'worst', width: 90, render: (_, row) => <LightTag color={row.worst} /> },
    { title: '亮灯', key: 'counts', width: 300, render: (_, row) => <LightCounts counts={row.counts} /> },
    { title: '绩效目标', key: 'targets', width: 110, responsive: ['xl'], render: (_, row) => (row.targetStatus ? <StatusTag status={row.targetStatus} /> : '—') },
  ];
}

function Heading({ detail }: { detail: MonitoringRoundDetailJson }) {
  const { round } = detail;
  return (
    <Card size="small">
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Breadcrumb items={[{ title: <Link to="/monitoring">运行监控</Link> }, { title: round.title }]} />
        <Space wrap align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>{round.title}</Typography.Title>
          <Tag color={round.status === 'open' ? 'processing' : 'default'}>{round.status === 'open' ? '填报中' : '已关闭'}</Tag>
          {detail.can.close && round.status === 'open' ? <CloseRoundButton round={round} label="关闭批次" /> : null}
        </Space>
        <Descriptions size="small" column={{ xs: 1, lg: 4 }}>
          <Descriptions.Item label="截止日期">{round.cutOff}</Descriptions.Item>
          <Descriptions.Item label="财政区划">{round.divisionCode}</Descriptions.Item>
          <Descriptions.Item label="已提交">{round.submittedCount} / {round.unitCount} 个单位</Descriptions.Item>
          <Descriptions.Item label="亮灯合计">{<LightCounts counts={detail.counts} />}</Descriptions.Item>
        </Descriptions>
      </Space>
    </Card>
  );
}

function DivisionView({ detail }: { detail: MonitoringRoundDetailJson }) {
  const navigate = useNavigate();
  const roundId = detail.round.id;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Heading detail={detail} />
      {detail.units.length === 0 ? (
        <Card><EmptyState description="这个批次没有单位。" /></Card>
      ) : (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <Card size="small" title="各单位（未提交的在前，其次红灯在前）">
              <Table<DivisionRowJson> rowKey={(row) => row.unit.id} size="small" columns={columnsFor(roundId)} dataSource={detail.units} pagination={detail.units.length > 50 ? { pageSize: 50 } : false} data-testid="division-table" />
            </Card>
          </Col>
          <Col span={24}>
            <Card size="small" title="各单位亮灯情况（点击进入单位）">
              <LightsChart rows={detail.units} onOpen={(row) => navigate(`/monitoring/${roundId}/units/${row.unit.id}`)} />
            </Card>
          </Col>
        </Row>
      )}
    </Space>
  );
}

export function RoundPage() {
  const { id = '' } = useParams();
  const detail = useMonitoringRound(id);
  if (detail.isPending) return <PageLoading />;
  if (detail.isError) return <LoadError error={detail.error} onRetry={() => void detail.refetch()} />;
  return <DivisionView detail={detail.data} />;
}
