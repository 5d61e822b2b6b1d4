/**
 * The division ranking of a year (finance reviewers: their division; admins name one): units by their shown
 * score, ties sharing a rank, units without a score last; a bar chart of the scores; each unit opens its summary.
 */
import { Card, Input, Popover, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '../../api/auth';
import { useRanking, type RankingJson } from '../../api/self-evaluation';
import { useYears } from '../../api/unit-years';
import { Chart, type ChartOption } from '../../components/chart';
import { formatWan } from '../../components/format';
import { ErrorAlert } from '../../components/page-states';
import { GradeBadge } from './grade-badge';

type RankedRow = RankingJson['units'][number];

const columns: TableColumnsType<RankedRow> = [
  { title: '名次', dataIndex: 'rank', width: 64, align: 'center', render: (rank: number | null) => rank ?? '—' },
  { title: '单位', key: 'unit', render: (_, row) => <Link to={`/self-evaluation/unit-years/${row.unitYearId}`}>{row.unit.code} {row.unit.name}</Link> },
  {
    title: '得分',
    key: 'score',
    width: 90,
    align: 'right',
    render: (_, row) => (
      <Popover title="单位得分的计算过程" content={<div style={{ maxWidth: 480 }}>{row.working}</div>}>
        <span style={{ cursor: 'help', borderBottom: '1px dashed #8c8c8c' }}>{row.score?.rounded ?? '—'}</span>
      </Popover>
    ),
  },
  { title: '等级', dataIndex: 'grade', width: 70, render: (grade: string | null) => <GradeBadge grade={grade} /> },
  { title: '预算数（万元）', dataIndex: 'budget', width: 130, align: 'right', responsive: ['lg'], render: formatWan },
  { title: '已计分项目', key: 'scored', width: 100, align: 'right', render: (_, row) => `${row.scoredCount} / ${row.projectCount}` },
];

function optionOf(units: readonly RankedRow[]): ChartOption {
  const scored = units.filter((row) => row.score !== null).reverse();
  return {
    animation: false,
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', min: 0, max: 100, name: '分' },
    yAxis: { type: 'category', data: scored.map((row) => row.unit.name), axisLabel: { width: 160, overflow: 'truncate' } },
    series: [{ type: 'bar', name: '自评得分', barMaxWidth: 24, itemStyle: { color: '#1f5fbf' }, label: { show: true, position: 'right' }, data: scored.map((row) => Number(row.score?.rounded ?? 0)) }],
  };
}

export function RankingCard() {
  const user = useCurrentUser();
  const years = useYears();
  const navigate = useNavigate();
  const [chosenYear, setYear] = useState<number | undefined>();
  const [divisionCode, setDivisionCode] = useState<string | undefined>();
  const year = chosenYear ?? years.data?.years[0];
  const ranking = useRanking({ year, divisionCode });
  const units = ranking.data?.units ?? [];
  const scored = units.filter((row) => row.score !== null);
  const openUnit = ({ name }: { name: string }) => {
    const row = units.find((entry) => entry.unit.name === name);
    if (row) navigate(`/self-evaluation/unit-years/${row.unitYearId}`);
  };
  const filters = (
    <Space wrap>
      <Select style={{ width: 110 }} value={year} placeholder="年度" options={years.data?.years.map((value) => ({ value, label: `${value} 年` }))} onChange={(value: number) => setYear(value)} />
      {user.role === 'admin' ? <Input.Search placeholder="财政区划编码（全部）" allowClear style={{ width: 200 }} onSearch={(code) => setDivisionCode(code || undefined)} /> : null}
    </Space>
  );
  return (
    <Card size="small" title={`${year ?? ''} 年各单位绩效自评排名`} extra={filters}>
      <ErrorAlert error={ranking.error} />
      {scored.length > 0 ? <Chart option={optionOf(units)} height={Math.max(160, scored.length * 32 + 40)} onClick={openUnit} label="各单位自评得分条形图" /> : null}
      <Table<RankedRow> rowKey="unitYearId" size="small" loading={ranking.isFetching} columns={columns} dataSource={units} pagination={units.length > 50 ? { pageSize: 50 } : false} locale={{ emptyText: <Typography.Text type="secondary">{year ? '这一年度还没有单位的绩效目标。' : '还没有年度数据。'}</Typography.Text> }} />
    </Card>
  );
}
