/**
 * Someone else saved the record first (409, `details.reason = 'version'`): both versions side by side, line by
 * line, the lines that differ marked, and a choice — keep theirs (my changes are dropped), or overwrite with
 * mine (saved over their version). As on the project page, nothing is lost silently.
 */
import { Alert, Button, Modal, Space, Table, Typography, type TableColumnsType } from 'antd';
import { formatDateTime } from './format';

export interface ConflictLine {
  key: string;
  label: string;
  theirs: string;
  mine: string;
}

interface VersionConflictModalProps {
  title: string;
  message: string;
  who: string | null;
  when: string | null;
  lines: readonly ConflictLine[];
  saving: boolean;
  onKeepTheirs: () => void;
  onOverwrite: () => void;
}

const shown = (text: string, changed: boolean) => (
  <span style={{ whiteSpace: 'pre-wrap', background: changed ? '#fff1b8' : undefined }}>{text || '（空）'}</span>
);

export function VersionConflictModal({ title, message, who, when, lines, saving, onKeepTheirs, onOverwrite }: VersionConflictModalProps) {
  const differing = lines.filter((line) => line.theirs !== line.mine);
  const columns: TableColumnsType<ConflictLine> = [
    { title: '内容', dataIndex: 'label', width: 200 },
    { title: `${who ?? '他人'} 保存的版本${when ? `（${formatDateTime(when)}）` : ''}`, key: 'theirs', render: (_, line) => shown(line.theirs, true) },
    { title: '我的修改', key: 'mine', render: (_, line) => shown(line.mine, true) },
  ];
  const footer = (
    <Space>
      <Button onClick={onKeepTheirs}>保留对方的版本</Button>
      <Button type="primary" danger loading={saving} onClick={onOverwrite}>用我的修改覆盖</Button>
    </Space>
  );
  return (
    <Modal title={title} open width={880} closable={false} maskClosable={false} footer={footer}>
      <Alert type="warning" showIcon title={message} description="您的修改还没有保存。请对照两个版本：保留对方的版本（可在其上继续修改），或用我的修改覆盖。" style={{ marginBottom: 12 }} />
      <Typography.Text type="secondary">{differing.length === 0 ? '两个版本的内容相同。' : `有 ${differing.length} 处不同，黄色底色标出。`}</Typography.Text>
      <Table<ConflictLine> rowKey="key" size="small" bordered pagination={false} columns={columns} dataSource={differing} data-testid="conflict-table" scroll={{ y: 420 }} />
    </Modal>
  );
}
