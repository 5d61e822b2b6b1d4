/**
 * 绩效自评: unit users pick a year of their unit and go on to its projects; finance reviewers and admins see the
 * division ranking with its chart, and open any unit from it.
 */
import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { roleMay } from '../../../../src/core/access/policy';
import { useCurrentUser } from '../../api/auth';
import { useUnitYears, type UnitYearPage } from '../../api/unit-years';
import { formatWan } from '../../components/format';
import { StatusTag } from '../../components/labels';
import { ErrorAlert } from '../../components/page-states';
import { RankingCard } from './ranking-card';

type Row = UnitYearPage['items'][number];

const columns: TableColumnsType<Row> = [
  { title: '单位年度', key: 'unit', render: (_, row) => <Link to={`/self-evaluation/unit-years/${row.id}`}>{row.unit.code} {row.unit.name} {row.year} 年</Link> },
  { title: '绩效目标', key: 'status', width: 150, render: (_, row) => <StatusTag status={row.status} publishedAt={row.publishedAt} /> },
  { title: '项目数', dataIndex: 'projectCount', width: 80, align: 'right' },
  { title: '预算数（万元）', dataIndex: 'budgetTotal', width: 130, align: 'right', render: formatWan },
];

function UnitYears() {
  const unitYears = useUnitYears({ pageSize: 100 });
  return (
    <Card size="small" title="选择年度，填写各项目的绩效自评">
      <ErrorAlert error={unitYears.error} />
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={unitYears.isFetching}
        columns={columns}
        dataSource={unitYears.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Typography.Text type="secondary">还没有本单位的绩效目标。绩效自评在绩效目标的基础上进行，请先在“导入文件”中上传绩效目标。</Typography.Text> }}
      />
    </Card>
  );
}

export function SelfEvaluationPage() {
  const user = useCurrentUser();
  return roleMay(user.role, 'rank_self_evaluations') ? <RankingCard /> : <UnitYears />;
}
