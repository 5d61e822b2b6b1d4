/**
 * 运行监控: the monitoring rounds in the caller's reach. Finance reviewers and admins open rounds, follow them
 * (how many units submitted) and close them; unit users go from a round to their unit's report.
 */
import { Card, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { roleMay } from '../../../../src/core/access/policy';
import { useCurrentUser, type SessionUser } from '../../api/auth';
import { useMonitoringRounds, type MonitoringRoundJson } from '../../api/monitoring';
import { useYears } from '../../api/unit-years';
import { formatDateTime } from '../../components/format';
import { ErrorAlert } from '../../components/page-states';
import { CloseRoundButton } from './close-round-button';
import { OpenRoundForm } from './open-round-form';

function columnsFor(user: SessionUser): TableColumnsType<MonitoringRoundJson> {
  const mayOpen = roleMay(user.role, 'open_monitoring_round');
  const open = (round: MonitoringRoundJson) => (mayOpen ? `/monitoring/${round.id}` : `/monitoring/${round.id}/units/${user.unit?.id ?? ''}`);
  return [
    { title: '批次', dataIndex: 'title', render: (title: string, round) => <Link to={open(round)}>{title}</Link> },
    { title: '年度', dataIndex: 'year', width: 70 },
    { title: '截止日期', dataIndex: 'cutOff', width: 110 },
    { title: '状态', dataIndex: 'status', width: 90, render: (status: MonitoringRoundJson['status']) => (status === 'open' ? <Tag color="processing">填报中</Tag> : <Tag>已关闭</Tag>) },
    { title: '已提交单位', key: 'submitted', width: 110, align: 'right', render: (_, round) => `${round.submittedCount} / ${round.unitCount}` },
    { title: '开启时间', dataIndex: 'createdAt', width: 150, responsive: ['xl'], render: formatDateTime },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_, round) => (
        <Space>
          <Link to={open(round)}>{mayOpen ? '查看各单位' : '填报'}</Link>
          {mayOpen && round.status === 'open' ? <CloseRoundButton round={round} /> : null}
        </Space>
      ),
    },
  ];
}

export function MonitoringPage() {
  const user = useCurrentUser();
  const [year, setYear] = useState<number | undefined>();
  const years = useYears();
  const rounds = useMonitoringRounds({ year });
  const mayOpen = roleMay(user.role, 'open_monitoring_round');
  const empty = mayOpen ? '还没有监控批次。在上方选择年度和截止日期即可开启。' : '财政部门还没有开启包含本单位的监控批次。';
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {mayOpen ? <OpenRoundForm /> : null}
      <Card size="small" title="监控批次" extra={<Select allowClear placeholder="全部年度" style={{ width: 120 }} options={years.data?.years.map((value) => ({ value, label: `${value} 年` }))} onChange={(value?: number) => setYear(value)} />}>
        <ErrorAlert error={rounds.error} />
        <Table<MonitoringRoundJson>
          rowKey="id"
          size="middle"
          loading={rounds.isFetching}
          columns={columnsFor(user)}
          dataSource={rounds.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: <Typography.Text type="secondary">{empty}</Typography.Text> }}
        />
      </Card>
    </Space>
  );
}
