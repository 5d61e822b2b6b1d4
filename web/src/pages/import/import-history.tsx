/** The history of imports with who and when; a row opens its preview. */
import { Card, Table, Tag, type TableColumnsType } from 'antd';
import { useState, type ReactElement } from 'react';
import { useImports, type ImportsQuery, type ImportSummaryJson } from '../../api/imports';
import { formatDateTime } from '../../components/format';
import { SeverityCounts } from '../../components/labels';
import { ErrorAlert } from '../../components/page-states';
import { paginationOf } from '../../components/pagination';

const statusTags: Record<ImportSummaryJson['status'], ReactElement> = {
  preview: <Tag color="processing">待确认</Tag>,
  stored: <Tag color="success">已导入</Tag>,
  rejected: <Tag>已放弃</Tag>,
};

const columns: TableColumnsType<ImportSummaryJson> = [
  { title: '时间', dataIndex: 'importedAt', width: 140, render: formatDateTime },
  { title: '文件', dataIndex: 'fileName', ellipsis: true },
  { title: '单位', key: 'unit', ellipsis: true, render: (_, row) => (row.unit ? `${row.unit.code} ${row.unit.name}` : '—') },
  { title: '年度', dataIndex: 'year', width: 64 },
  { title: '状态', key: 'status', width: 110, render: (_, row) => <>{statusTags[row.status]}{row.replaced ? <Tag color="orange">替换</Tag> : null}</> },
  { title: '操作人', key: 'who', width: 100, render: (_, row) => row.uploadedBy?.displayName ?? row.importedBy ?? '—' },
  { title: '读取问题', key: 'findings', width: 150, render: (_, row) => <SeverityCounts counts={row.findingCounts} /> },
];

export function ImportHistory({ selectedId, onSelect }: { selectedId: string | null; onSelect: (id: string) => void }) {
  const [query, setQuery] = useState<ImportsQuery>({ page: 1, pageSize: 10 });
  const imports = useImports(query);
  return (
    <Card title="导入记录" size="small">
      <ErrorAlert error={imports.error} />
      <Table<ImportSummaryJson>
        rowKey="id"
        size="small"
        loading={imports.isFetching}
        columns={columns}
        dataSource={imports.data?.items ?? []}
        onRow={(row) => ({ onClick: () => onSelect(row.id), style: { cursor: 'pointer', background: row.id === selectedId ? '#e6f0ff' : undefined } })}
        locale={{ emptyText: '还没有导入过文件' }}
        pagination={paginationOf(imports.data, query, setQuery)}
      />
    </Card>
  );
}
