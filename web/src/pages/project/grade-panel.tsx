/** 财政审核评定: the finance reviewer grades the project 优/良/中/差 with a comment; others read the grade. */
import { App, Button, Card, Input, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { reviewGrades, type ReviewGrade } from '../../../../src/core/workflow/unit-year-status';
import { messageOf } from '../../api/client';
import { useGradeProject, type ProjectDetailJson } from '../../api/projects';
import { formatDateTime } from '../../components/format';
import { GradeTag } from '../../components/labels';

const gradeMeanings: Record<ReviewGrade, string> = { 优: '通过', 良: '共同修改后通过', 中: '退回修改', 差: '不予通过' };

export function GradePanel({ project }: { project: ProjectDetailJson }) {
  const [grade, setGrade] = useState<ReviewGrade | null>(project.reviewGrade);
  const [comment, setComment] = useState(project.reviewComment ?? '');
  const save = useGradeProject(project.id);
  const { message, modal } = App.useApp();
  if (!project.can.grade) {
    return (
      <Card size="small" title="财政审核评定">
        <Space orientation="vertical">
          <span>评定：<GradeTag grade={project.reviewGrade} /> {project.gradedAt ? <Typography.Text type="secondary">{formatDateTime(project.gradedAt)}</Typography.Text> : null}</span>
          {project.reviewComment ? <Typography.Paragraph style={{ margin: 0 }}>审核意见：{project.reviewComment}</Typography.Paragraph> : null}
        </Space>
      </Card>
    );
  }
  const submit = () => {
    if (!grade) return;
    save.mutate({ expectedVersion: project.version, grade, comment }, { onSuccess: () => void message.success(`已评定为“${grade}”。`), onError: (error) => void modal.error({ title: '没有保存评定', content: messageOf(error) }) });
  };
  return (
    <Card size="small" title="财政审核评定">
      <Radio.Group value={grade} onChange={(event) => setGrade(event.target.value as ReviewGrade)} optionType="button" options={reviewGrades.map((g) => ({ value: g, label: g, title: gradeMeanings[g] }))} />
      <Typography.Text type="secondary" style={{ display: 'block', margin: '4px 0 8px', fontSize: 12 }}>{grade ? gradeMeanings[grade] : '请选择评定等级'}</Typography.Text>
      <Input.TextArea rows={3} value={comment} onChange={(event) => setComment(event.target.value)} placeholder="审核意见" />
      <Button type="primary" style={{ marginTop: 8 }} disabled={!grade} loading={save.isPending} onClick={submit}>保存评定</Button>
    </Card>
  );
}
