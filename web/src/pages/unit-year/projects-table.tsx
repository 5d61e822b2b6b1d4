/** The unit year's projects: budget (total, fiscal, other), spending plan, indicators, findings, grade; a totals row. */
import { Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { UnitYearDetailJson } from '../../api/unit-years';
import { formatWan } from '../../components/format';
import { GradeTag, SeverityCounts } from '../../components/labels';
import { Sparkline } from '../../components/sparkline';

type Row = UnitYearDetailJson['projects'][number];

const columns: TableColumnsType<Row> = [
  { title: '序号', key: 'position', width: 48, align: 'center', render: (_, row) => row.position + 1 },
  {
    title: '项目名称 / 编码',
    key: 'name',
    render: (_, row) => (
      <>
        <Link to={`/projects/${row.id}`}>{row.name}</Link>
        <br />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{row.code}</Typography.Text>
      </>
    ),
  },
  { title: '预算数', key: 'total', width: 88, align: 'right', render: (_, row) => formatWan(row.budget.total) },
  { title: '财政资金', key: 'fiscal', width: 88, align: 'right', render: (_, row) => formatWan(row.budget.fiscal) },
  { title: '其他资金', key: 'other', width: 80, align: 'right', render: (_, row) => formatWan(row.budget.other) },
  { title: '支出计划', key: 'plan', width: 108, render: (_, row) => <Sparkline points={row.spendingPlan} /> },
  { title: '指标', dataIndex: 'indicatorCount', width: 52, align: 'right' },
  { title: '审核发现', key: 'findings', width: 150, render: (_, row) => <SeverityCounts counts={row.findings} /> },
  { title: '评定', key: 'grade', width: 64, render: (_, row) => <GradeTag grade={row.reviewGrade} /> },
];

function Totals({ unitYear }: { unitYear: UnitYearDetailJson }) {
  const { totals } = unitYear;
  const cell = (index: number, content: ReactNode, align: 'left' | 'right' = 'right') => (
    <Table.Summary.Cell index={index} align={align}>
      <strong>{content}</strong>
    </Table.Summary.Cell>
  );
  return (
    <Table.Summary fixed>
      <Table.Summary.Row>
        {cell(0, '合计', 'left')}
        {cell(1, `${totals.projectCount} 个项目`, 'left')}
        {cell(2, <span data-testid="budget-total">{formatWan(totals.budget.total)}</span>)}
        {cell(3, formatWan(totals.budget.fiscal))}
        {cell(4, formatWan(totals.budget.other))}
        <Table.Summary.Cell index={5} />
        {cell(6, totals.indicatorCount)}
        <Table.Summary.Cell index={7}>
          <SeverityCounts counts={totals.findings} />
        </Table.Summary.Cell>
        <Table.Summary.Cell index={8} />
      </Table.Summary.Row>
    </Table.Summary>
  );
}

export function ProjectsTable({ unitYear }: { unitYear: UnitYearDetailJson }) {
  return (
    <Table<Row>
      rowKey="id"
      size="small"
      bordered
      columns={columns}
      dataSource={unitYear.projects}
      pagination={false}
      locale={{ emptyText: '这一年度还没有项目' }}
      summary={() => <Totals unitYear={unitYear} />}
    />
  );
}
