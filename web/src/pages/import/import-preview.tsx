/**
 * What was read from an uploaded file before it is stored: unit, year, counts and budget total, the problems
 * found reading it, the automatic review; confirm (replacing an existing unit year only when ticked) or cancel.
 */
import { App, Button, Card, Checkbox, Descriptions, Result, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useDecideImport, useImport, type ImportDetailJson } from '../../api/imports';
import { messageOf } from '../../api/client';
import { DocumentFindings } from '../../components/document-findings';
import { formatDateTime, formatWan } from '../../components/format';
import { familyLabels, SeverityCounts } from '../../components/labels';
import { LoadError, PageLoading } from '../../components/page-states';

const formatLabels: Record<NonNullable<ImportDetailJson['format']>, string> = { text: 'Word 导出文本', docx: 'Word 文件', xlsx: 'Excel 文件' };
const statusLabels: Record<ImportDetailJson['status'], { label: string; color: string }> = { preview: { label: '待确认', color: 'processing' }, stored: { label: '已导入', color: 'success' }, rejected: { label: '已放弃', color: 'default' } };

function Summary({ preview }: { preview: ImportDetailJson }) {
  const status = statusLabels[preview.status];
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} styles={{ label: { whiteSpace: 'nowrap' } }}>
      <Descriptions.Item label="文件">{preview.fileName}</Descriptions.Item>
      <Descriptions.Item label="格式">{preview.format ? formatLabels[preview.format] : '—'}{preview.encoding ? `（${preview.encoding}）` : ''}</Descriptions.Item>
      <Descriptions.Item label="状态"><Tag color={status.color}>{status.label}</Tag></Descriptions.Item>
      <Descriptions.Item label="单位">{preview.unit ? `${preview.unit.code} ${preview.unit.name}` : '未能读出'}</Descriptions.Item>
      <Descriptions.Item label="年度">{preview.year ?? '未能读出'}</Descriptions.Item>
      <Descriptions.Item label="上传">{preview.uploadedBy?.displayName ?? preview.importedBy ?? '—'} {formatDateTime(preview.importedAt)}</Descriptions.Item>
      <Descriptions.Item label="项目">{preview.counts ? `${preview.counts.projects} 个` : '—'}</Descriptions.Item>
      <Descriptions.Item label="指标">{preview.counts ? `${preview.counts.indicators} 个` : '—'}</Descriptions.Item>
      <Descriptions.Item label="预算合计"><span data-testid="preview-budget">{preview.counts ? `${formatWan(preview.counts.budgetTotal)} 万元` : '—'}</span></Descriptions.Item>
    </Descriptions>
  );
}

function Findings({ preview }: { preview: ImportDetailJson }) {
  const review = preview.review;
  const byFamily = review ? Object.entries(review.summary.byFamily).filter(([, count]) => count > 0).map(([family, count]) => `${familyLabels[family as keyof typeof familyLabels]} ${count}`).join('，') : '';
  return (
    <Tabs
      items={[
        { key: 'import', label: <>读取问题 <SeverityCounts counts={preview.findingCounts} /></>, children: <DocumentFindings findings={preview.importFindings} emptyText="文件读取完整，没有发现问题" /> },
        { key: 'review', label: <>智能审核 {review ? <SeverityCounts counts={review.summary.bySeverity} /> : null}</>, children: review ? <><div style={{ marginBottom: 8 }}>规则包：{review.pack.name}{byFamily ? `；按类别：${byFamily}` : ''}</div><DocumentFindings findings={review.findings} emptyText="智能审核没有发现问题" /></> : '文件有错误，未进行审核。' },
      ]}
    />
  );
}

function Decision({ preview }: { preview: ImportDetailJson }) {
  const [replace, setReplace] = useState(false);
  const decide = useDecideImport();
  const { message, modal } = App.useApp();
  const run = (decision: 'confirm' | 'reject') =>
    decide.mutate({ id: preview.id, decision, replace }, { onSuccess: () => void message.success(decision === 'confirm' ? '已导入。' : '已放弃这次导入。'), onError: (error) => void modal.error({ title: decision === 'confirm' ? '没有导入' : '没有放弃', content: messageOf(error) }) });
  if (preview.status === 'stored') return <Result status="success" title="已导入" extra={preview.unitYearId ? <Link to={`/unit-years/${preview.unitYearId}`}>查看该单位年度的绩效目标</Link> : null} />;
  if (preview.status === 'rejected') return <Result status="info" title="这次导入已放弃" />;
  return (
    <Space wrap>
      {preview.exists ? <Checkbox checked={replace} onChange={(event) => setReplace(event.target.checked)}>该单位 {preview.year} 年度已有数据：整体替换</Checkbox> : null}
      <Button type="primary" disabled={!preview.canConfirm || (preview.exists && !replace)} loading={decide.isPending} onClick={() => run('confirm')}>确认导入</Button>
      <Button onClick={() => run('reject')} disabled={decide.isPending}>放弃</Button>
      {!preview.canConfirm ? <span style={{ color: '#cf1322' }}>文件有错误，改正后重新上传。</span> : null}
    </Space>
  );
}

export function ImportPreview({ importId }: { importId: string }) {
  const preview = useImport(importId);
  if (preview.isPending) return <PageLoading tip="正在读取预览……" />;
  if (preview.isError) return <LoadError error={preview.error} onRetry={() => void preview.refetch()} />;
  return (
    <Card title="导入预览" size="small" extra={<a href={`/api/imports/${importId}/source`} download>下载原文件</a>} data-testid="import-preview">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Summary preview={preview.data} />
        <Decision preview={preview.data} />
        <Findings preview={preview.data} />
      </Space>
    </Card>
  );
}
