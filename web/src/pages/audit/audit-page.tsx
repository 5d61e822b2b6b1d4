/**
 * 操作日志: who did what and when, within the reader's scope (a unit leader their unit, a finance reviewer
 * their division, an admin everything); filter by unit, action and period; a row opens to before/after.
 * `?unit=203001` opens the log of one unit (the unit year page links here).
 */
import { Card, DatePicker, Descriptions, Input, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { roleLabels } from '../../../../src/core/access/roles';
import { useAuditEvents, type AuditEventJson, type AuditQuery } from '../../api/audit';
import { formatDateTime } from '../../components/format';
import { ErrorAlert } from '../../components/page-states';
import { paginationOf } from '../../components/pagination';
import { actionLabelOf } from './action-labels';

const columns: TableColumnsType<AuditEventJson> = [
  { title: '时间', dataIndex: 'occurredAt', width: 150, render: formatDateTime },
  { title: '操作人', key: 'actor', width: 180, render: (_, event) => <>{event.actor.displayName} <Typography.Text type="secondary">{roleLabels[event.actor.role]}</Typography.Text></> },
  { title: '操作', dataIndex: 'action', width: 180, render: (action: string) => <Tag>{actionLabelOf(action)}</Tag> },
  { title: '单位', key: 'unit', ellipsis: true, render: (_, event) => (event.unit ? `${event.unit.code} ${event.unit.name}` : '—') },
  { title: 'IP', dataIndex: 'ip', width: 120, responsive: ['xl'], render: (ip: string | null) => ip ?? '—' },
];

function Details({ event }: { event: AuditEventJson }) {
  const json = (value: unknown) => <pre style={{ margin: 0, maxHeight: 240, overflow: 'auto', whiteSpace: 'pre-wrap' }}>{JSON.stringify(value, null, 2)}</pre>;
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label="对象">{event.entityType} {event.entityId ?? ''}</Descriptions.Item>
      <Descriptions.Item label="修改前">{event.before ? json(event.before) : '—'}</Descriptions.Item>
      <Descriptions.Item label="修改后">{event.after ? json(event.after) : '—'}</Descriptions.Item>
      <Descriptions.Item label="请求编号">{event.requestId ?? '—'}</Descriptions.Item>
    </Descriptions>
  );
}

export function AuditPage() {
  const [search] = useSearchParams();
  const [query, setQuery] = useState<AuditQuery>({ page: 1, pageSize: 20, unit: search.get('unit') ?? undefined });
  const events = useAuditEvents(query);
  const setPeriod = (range: [Dayjs | null, Dayjs | null] | null) =>
    setQuery({ ...query, page: 1, from: range?.[0]?.startOf('day').format() ?? undefined, to: range?.[1]?.add(1, 'day').startOf('day').format() ?? undefined });
  return (
    <Card title="操作日志">
      <Space style={{ marginBottom: 16 }} wrap>
        <Input.Search placeholder="单位编码" allowClear defaultValue={query.unit} style={{ width: 180 }} onSearch={(unit) => setQuery({ ...query, unit, page: 1 })} />
        <Input.Search placeholder="操作，如 user.create" allowClear style={{ width: 220 }} onSearch={(action) => setQuery({ ...query, action, page: 1 })} />
        <DatePicker.RangePicker onChange={(range) => setPeriod(range)} />
      </Space>
      <ErrorAlert error={events.error} />
      <Table<AuditEventJson>
        rowKey="id"
        size="middle"
        loading={events.isFetching}
        columns={columns}
        dataSource={events.data?.items ?? []}
        expandable={{ expandedRowRender: (event) => <Details event={event} /> }}
        locale={{ emptyText: '没有符合条件的操作记录' }}
        pagination={paginationOf(events.data, query, setQuery)}
      />
    </Card>
  );
}
