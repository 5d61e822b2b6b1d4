/**
 * 单位绩效目标: the unit years in the reader's scope (a unit user: their unit; a reviewer: their division),
 * filtered by year, status and name, each with its budget, projects, findings and grades.
 */
import { Card, Input, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { unitYearStatuses, unitYearStatusLabels } from '../../../../src/core/workflow/unit-year-status';
import { useUnitYears, useYears, type UnitYearPage, type UnitYearsQuery } from '../../api/unit-years';
import { formatWan } from '../../components/format';
import { SeverityCounts, StatusTag } from '../../components/labels';
import { ErrorAlert } from '../../components/page-states';
import { paginationOf } from '../../components/pagination';

type Row = UnitYearPage['items'][number];

const columns: TableColumnsType<Row> = [
  { title: '单位', key: 'unit', render: (_, row) => <Link to={`/unit-years/${row.id}`}>{row.unit.code} {row.unit.name}</Link> },
  { title: '年度', dataIndex: 'year', width: 70 },
  { title: '状态', key: 'status', width: 150, render: (_, row) => <StatusTag status={row.status} publishedAt={row.publishedAt} /> },
  { title: '项目数', dataIndex: 'projectCount', width: 80, align: 'right' },
  { title: '指标数', dataIndex: 'indicatorCount', width: 80, align: 'right' },
  { title: '预算数（万元）', dataIndex: 'budgetTotal', width: 130, align: 'right', render: formatWan },
  { title: '审核发现', key: 'findings', width: 200, render: (_, row) => <SeverityCounts counts={row.findings} /> },
  { title: '已评定', key: 'grades', width: 90, render: (_, row) => `${row.projectCount - row.grades.ungraded} / ${row.projectCount}` },
];

export function UnitYearsPage() {
  const [query, setQuery] = useState<UnitYearsQuery>({ page: 1, pageSize: 20 });
  const years = useYears();
  const unitYears = useUnitYears(query);
  return (
    <Card title="单位绩效目标">
      <Space style={{ marginBottom: 16 }} wrap>
        <Select allowClear placeholder="全部年度" style={{ width: 120 }} options={years.data?.years.map((year) => ({ value: year, label: `${year} 年` }))} onChange={(year?: number) => setQuery({ ...query, year, page: 1 })} />
        <Select allowClear placeholder="全部状态" style={{ width: 150 }} options={unitYearStatuses.map((status) => ({ value: status, label: unitYearStatusLabels[status] }))} onChange={(status) => setQuery({ ...query, status, page: 1 })} />
        <Input.Search placeholder="单位名称或编码" allowClear style={{ width: 220 }} onSearch={(q) => setQuery({ ...query, q, page: 1 })} />
      </Space>
      <ErrorAlert error={unitYears.error} />
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={unitYears.isFetching}
        columns={columns}
        dataSource={unitYears.data?.items ?? []}
        locale={{ emptyText: <Typography.Text type="secondary">还没有绩效目标。可在“导入文件”中上传单位的绩效目标文件（Word、Excel 或 Word 导出的文本）。</Typography.Text> }}
        pagination={paginationOf(unitYears.data, query, setQuery, '个单位年度')}
      />
    </Card>
  );
}
