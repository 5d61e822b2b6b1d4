/**
 * The steps the caller may take on a unit year now (the server's `can`: role, scope and status considered):
 * submit, approve, return (with the reviewer's comment), publish; and the downloads.
 */
import { DownOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { roleMay } from '../../../../src/core/access/policy';
import { transitionRules, type Transition } from '../../../../src/core/workflow/unit-year-status';
import { exportUrlOf, useTransition, type ExportFormat, type UnitYearDetailJson } from '../../api/unit-years';
import { useCurrentUser } from '../../api/auth';
import { messageOf } from '../../api/client';

const downloads: { format: ExportFormat; label: string }[] = [
  { format: 'docx', label: 'Word 文档（.docx）' },
  { format: 'xlsx', label: 'Excel 表格（.xlsx）' },
  { format: 'txt', label: 'Word 导出文本（.txt）' },
  { format: 'csv', label: '开放数据（.csv）' },
  { format: 'open-data', label: '开放数据（JSON）' },
];

const confirmations: Record<Transition, string> = {
  submit: '提交后，绩效目标将交财政审核，审核期间不能修改。确定提交吗？',
  approve: '批复后绩效目标即确定，不能再修改。确定批复吗？',
  return: '',
  publish: '公开后，任何人无需登录即可查看这些绩效目标。确定公开吗？',
};

function ReturnModal({ open, pending, onOk, onCancel }: { open: boolean; pending: boolean; onOk: (comment: string) => void; onCancel: () => void }) {
  const [comment, setComment] = useState('');
  return (
    <Modal title="退回修改" open={open} onCancel={onCancel} okText="退回" okButtonProps={{ disabled: comment.trim() === '' }} confirmLoading={pending} onOk={() => onOk(comment)}>
      <Input.TextArea rows={4} value={comment} onChange={(event) => setComment(event.target.value)} placeholder="请写明需要修改的内容，单位将看到这段意见。" />
    </Modal>
  );
}

export function UnitYearActions({ unitYear }: { unitYear: UnitYearDetailJson }) {
  const transition = useTransition(unitYear.id);
  const { message, modal } = App.useApp();
  const [returning, setReturning] = useState(false);
  const run = (step: Transition, comment?: string) =>
    transition.mutate({ transition: step, comment }, { onSuccess: () => { setReturning(false); void message.success(`已${transitionRules[step].label}。`); }, onError: (error) => void modal.error({ title: `不能${transitionRules[step].label}`, content: messageOf(error) }) });
  const ask = (step: Transition) => modal.confirm({ title: transitionRules[step].label, content: confirmations[step], okText: transitionRules[step].label, onOk: () => run(step) });
  const { can } = unitYear;
  const mayReadAudit = roleMay(useCurrentUser().role, 'read_audit');
  return (
    <Space wrap>
      {can.submit ? <Button type="primary" onClick={() => ask('submit')} loading={transition.isPending}>提交审核</Button> : null}
      {can.approve ? <Button type="primary" onClick={() => ask('approve')} loading={transition.isPending}>批复</Button> : null}
      {can.return ? <Button danger onClick={() => setReturning(true)}>退回修改</Button> : null}
      {can.publish && !unitYear.publishedAt ? <Button onClick={() => ask('publish')} loading={transition.isPending}>公开</Button> : null}
      <Dropdown menu={{ items: downloads.map(({ format, label }) => ({ key: format, label: <a href={exportUrlOf(unitYear.id, format)} download>{label}</a> })) }}>
        <Button>
          下载 <DownOutlined />
        </Button>
      </Dropdown>
      <Link to={`/review?unitYearId=${unitYear.id}`}>全部审核发现</Link>
      {mayReadAudit ? <Link to={`/audit?unit=${encodeURIComponent(unitYear.unit.code)}`}>操作日志</Link> : null}
      <ReturnModal open={returning} pending={transition.isPending} onCancel={() => setReturning(false)} onOk={(comment) => run('return', comment)} />
    </Space>
  );
}
