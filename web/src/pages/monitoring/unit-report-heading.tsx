/**
 * The heading of a unit's monitoring: the round (cut-off, open or closed), whether the unit has submitted, its
 * lights, and what the caller may do: submit (unit leaders; refused with the problems left, each named) and
 * download the monitoring table.
 */
import { DownOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Dropdown, List, Space, Tag, Typography } from 'antd';
import { messageOf } from '../../api/client';
import { monitoringExportUrlOf, useSubmitMonitoring, type MonitoringUnitJson } from '../../api/monitoring';
import { formatDateTime } from '../../components/format';
import { LightCounts, LightTag } from '../../components/lights';
import { rejectedCellsOf } from './rejections';

const downloads = [
  { format: 'docx', label: '监控表 Word 文档（.docx）' },
  { format: 'xlsx', label: '监控表 Excel 表格（.xlsx）' },
  { format: 'open-data', label: '开放数据（JSON）' },
] as const;

function SubmitProblems({ error }: { error: unknown }) {
  const cells = rejectedCellsOf(error);
  return (
    <div>
      <div>{messageOf(error)}</div>
      {cells.length > 0 ? <List size="small" dataSource={cells.slice(0, 20)} renderItem={(cell) => <List.Item style={{ paddingInline: 0 }}>{cell.place ? `${cell.place}：` : ''}{cell.message}</List.Item>} /> : null}
      {cells.length > 20 ? <Typography.Text type="secondary">另有 {cells.length - 20} 条，见各项目表下的校验。</Typography.Text> : null}
    </div>
  );
}

function Actions({ unit, dirty }: { unit: MonitoringUnitJson; dirty: boolean }) {
  const submit = useSubmitMonitoring(unit.round.id, unit.unit.id);
  const { message, modal } = App.useApp();
  const ask = () =>
    modal.confirm({
      title: '提交监控填报',
      content: `提交后，${unit.round.title}中本单位的填报即为最终数据，不能再修改。确定提交吗？`,
      okText: '提交',
      onOk: () => submit.mutate(undefined, { onSuccess: () => void message.success('已提交。'), onError: (error) => void modal.error({ title: '不能提交', width: 560, content: <SubmitProblems error={error} /> }) }),
    });
  return (
    <Space wrap>
      {unit.can.submit ? <Button type="primary" loading={submit.isPending} disabled={dirty} onClick={ask} title={dirty ? '请先保存本项目的修改' : undefined}>提交</Button> : null}
      <Dropdown menu={{ items: downloads.map(({ format, label }) => ({ key: format, label: <a href={monitoringExportUrlOf(unit.round.id, unit.unit.id, format)} download>{label}</a> })) }}>
        <Button>下载监控表 <DownOutlined /></Button>
      </Dropdown>
    </Space>
  );
}

export function UnitReportHeading({ unit, dirty }: { unit: MonitoringUnitJson; dirty: boolean }) {
  const { round } = unit;
  return (
    <Card size="small">
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Space wrap align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>{unit.unit.name} · {round.title}</Typography.Title>
          <Tag color={round.status === 'open' ? 'processing' : 'default'}>{round.status === 'open' ? '填报中' : '已关闭'}</Tag>
          {unit.submitted ? <Tag color="success" data-testid="unit-submitted">已提交</Tag> : <Tag color="warning">未提交</Tag>}
        </Space>
        <Descriptions size="small" column={{ xs: 1, lg: 4 }}>
          <Descriptions.Item label="截止日期">{round.cutOff}</Descriptions.Item>
          <Descriptions.Item label="最严重">{<LightTag color={unit.worst} />}</Descriptions.Item>
          <Descriptions.Item label="亮灯">{<LightCounts counts={unit.counts} />}</Descriptions.Item>
          <Descriptions.Item label="提交">{unit.submitted ? `${unit.submittedBy?.displayName ?? ''} ${formatDateTime(unit.submittedAt)}` : '—'}</Descriptions.Item>
        </Descriptions>
        {round.status === 'closed' ? <Alert type="info" showIcon title="本批次已关闭，填报数据为最终值，不能再修改。" /> : null}
        {round.status === 'open' && !unit.submitted && unit.can.report && !unit.can.submit ? <Alert type="info" showIcon title="填好并保存全部项目后，请单位负责人提交。" /> : null}
        <Actions unit={unit} dirty={dirty} />
      </Space>
    </Card>
  );
}
