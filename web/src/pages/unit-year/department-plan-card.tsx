/**
 * 部门整体绩效目标: the overall goal, the sub-goals (goal and indicator texts) and the measures, as the document
 * has them; editable by the unit while the targets are a draft or returned (commitments are derived by the server).
 */
import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Collapse, Descriptions, Typography } from 'antd';
import { useState } from 'react';
import type { UnitYearDetailJson } from '../../api/unit-years';
import { formatDateTime } from '../../components/format';
import { DepartmentPlanForm } from './department-plan-form';

type Plan = UnitYearDetailJson['departmentPlan'];

function Paragraphs({ text }: { text: string }) {
  if (text.trim() === '') return <Typography.Text type="secondary">（空）</Typography.Text>;
  return <>{text.split('\n').map((line, index) => <Typography.Paragraph key={index} style={{ marginBottom: 4 }}>{line}</Typography.Paragraph>)}</>;
}

function PlanView({ plan }: { plan: Plan }) {
  const subGoals = plan.subGoals.map((subGoal, index) => ({
    key: `sub-${index}`,
    label: subGoal.title,
    children: (
      <Descriptions column={1} size="small" bordered styles={{ label: { width: 96 } }}>
        <Descriptions.Item label="绩效目标"><Paragraphs text={subGoal.goal} /></Descriptions.Item>
        <Descriptions.Item label="绩效指标"><Paragraphs text={subGoal.indicatorText} /></Descriptions.Item>
      </Descriptions>
    ),
  }));
  const measures = plan.measures.map((measure, index) => ({ key: `measure-${index}`, label: measure.title, children: <Paragraphs text={measure.text} /> }));
  return (
    <>
      <Typography.Title level={5}>总体绩效目标</Typography.Title>
      <Paragraphs text={plan.overallGoal} />
      <Typography.Title level={5}>分项绩效目标（{plan.subGoals.length} 项）</Typography.Title>
      {subGoals.length ? <Collapse size="small" items={subGoals} /> : <Typography.Text type="secondary">无</Typography.Text>}
      <Typography.Title level={5} style={{ marginTop: 16 }}>工作保障措施（{plan.measures.length} 项）</Typography.Title>
      {measures.length ? <Collapse size="small" items={measures} /> : <Typography.Text type="secondary">无</Typography.Text>}
    </>
  );
}

export function DepartmentPlanCard({ unitYear }: { unitYear: UnitYearDetailJson }) {
  const [editing, setEditing] = useState(false);
  const plan = unitYear.departmentPlan;
  const changed = plan.updatedBy ? `${plan.updatedBy.displayName} 于 ${formatDateTime(plan.updatedAt)} 修改` : null;
  return (
    <Card
      title="部门整体绩效目标"
      size="small"
      extra={
        <>
          {changed ? <Typography.Text type="secondary" style={{ marginRight: 12 }}>{changed}</Typography.Text> : null}
          {unitYear.can.edit && !editing ? <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>修改</Button> : null}
        </>
      }
    >
      {editing ? <DepartmentPlanForm unitYearId={unitYear.id} plan={plan} onDone={() => setEditing(false)} /> : <PlanView plan={plan} />}
    </Card>
  );
}
