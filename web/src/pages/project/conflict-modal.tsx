/**
 * Someone else saved the indicator first: both versions side by side, field by field, and a choice — keep
 * theirs, overwrite with mine, or merge by hand (each field editable, starting from mine where I changed it).
 */
import { Alert, Button, Input, Modal, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../components/format';
import { indicatorFieldLabels, indicatorFields, type IndicatorField } from './cells';
import { fieldText, type IndicatorChanges, type IndicatorConflict } from './conflicts';

interface ConflictModalProps {
  conflict: IndicatorConflict;
  saving: boolean;
  onKeepTheirs: () => void;
  /** Saves `changes` over their version (expectedVersion = the current version). */
  onSave: (changes: IndicatorChanges) => void;
}

interface Row {
  field: IndicatorField;
  theirs: string;
  mine: string;
  theyChanged: boolean;
  iChanged: boolean;
}

function rowsOf({ theirs, mine, base, details }: IndicatorConflict): Row[] {
  return indicatorFields.map((field) => ({
    field,
    theirs: fieldText(theirs, field),
    mine: mine[field] ?? fieldText(base, field),
    theyChanged: details.changedFields.includes(field) || fieldText(theirs, field) !== fieldText(base, field),
    iChanged: field in mine,
  }));
}

function columnsOf(conflict: IndicatorConflict, merged: IndicatorChanges | null, setMerged: (changes: IndicatorChanges) => void): TableColumnsType<Row> {
  const who = conflict.details.updatedBy?.displayName ?? '他人';
  const mark = (changed: boolean, text: string) => <span className={changed ? 'conflict-changed' : undefined} style={{ whiteSpace: 'pre-wrap', background: changed ? '#fff1b8' : undefined }}>{text || '（空）'}</span>;
  const columns: TableColumnsType<Row> = [
    { title: '字段', dataIndex: 'field', width: 110, render: (field: IndicatorField) => indicatorFieldLabels[field] },
    { title: `${who} 保存的版本（${formatDateTime(conflict.details.updatedAt)}）`, key: 'theirs', render: (_, row) => mark(row.theyChanged, row.theirs) },
    { title: '我的修改', key: 'mine', render: (_, row) => mark(row.iChanged, row.mine) },
  ];
  if (!merged) return columns;
  return [
    ...columns,
    {
      title: '合并结果',
      key: 'merged',
      width: 220,
      render: (_, row) => <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} value={merged[row.field] ?? row.theirs} onChange={(event) => setMerged({ ...merged, [row.field]: event.target.value })} aria-label={`合并结果 ${indicatorFieldLabels[row.field]}`} />,
    },
  ];
}

export function ConflictModal({ conflict, saving, onKeepTheirs, onSave }: ConflictModalProps) {
  const [merged, setMerged] = useState<IndicatorChanges | null>(null);
  const rows = rowsOf(conflict);
  const startMerge = () => setMerged(Object.fromEntries(rows.map((row) => [row.field, row.iChanged ? row.mine : row.theirs])));
  const changedFromTheirs = (changes: IndicatorChanges) => Object.fromEntries(Object.entries(changes).filter(([field, text]) => text !== rows.find((row) => row.field === field)?.theirs));
  const footer = merged ? (
    <Space>
      <Button onClick={() => setMerged(null)}>返回</Button>
      <Button type="primary" loading={saving} onClick={() => onSave(changedFromTheirs(merged))}>保存合并结果</Button>
    </Space>
  ) : (
    <Space>
      <Button onClick={onKeepTheirs}>保留对方的版本</Button>
      <Button onClick={startMerge}>手工合并</Button>
      <Button type="primary" danger loading={saving} onClick={() => onSave(conflict.mine)}>用我的修改覆盖</Button>
    </Space>
  );
  return (
    <Modal title="保存冲突：这条指标已被他人修改" open width={merged ? 1000 : 820} closable={false} maskClosable={false} footer={footer}>
      <Alert type="warning" showIcon title={conflict.message} description="您的修改还没有保存。请对照两个版本，选择保留哪一个，或手工合并后保存。" style={{ marginBottom: 12 }} />
      <Typography.Text type="secondary">黄色底色为改动过的字段。</Typography.Text>
      <Table<Row> rowKey="field" size="small" bordered pagination={false} columns={columnsOf(conflict, merged, setMerged)} dataSource={rows} data-testid="conflict-table" />
    </Modal>
  );
}
