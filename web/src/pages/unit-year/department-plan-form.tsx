/** Editing the department plan in place: overall goal, sub-goals and measures, sent with the version it started from. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Space } from 'antd';
import type { UpdateDepartmentPlanRequest } from '../../../../src/contract/unit-years';
import { useUpdateDepartmentPlan, type UnitYearDetailJson } from '../../api/unit-years';
import { showFieldErrors } from '../../components/form-errors';
import { ErrorAlert } from '../../components/page-states';

type Values = Omit<UpdateDepartmentPlanRequest, 'expectedVersion'>;

function ItemList({ name, titleLabel, fields }: { name: 'subGoals' | 'measures'; titleLabel: string; fields: { name: string; label: string }[] }) {
  return (
    <Form.List name={name}>
      {(items, { add, remove }) => (
        <>
          {items.map((item) => (
            <div key={item.key} style={{ border: '1px solid #f0f0f0', padding: '12px 12px 0', marginBottom: 12, position: 'relative' }}>
              <Form.Item label={titleLabel} name={[item.name, 'title']} rules={[{ required: true, message: `请填写${titleLabel}。` }]}>
                <Input />
              </Form.Item>
              {fields.map((field) => (
                <Form.Item key={field.name} label={field.label} name={[item.name, field.name]}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
                </Form.Item>
              ))}
              <Button type="text" danger icon={<MinusCircleOutlined />} onClick={() => remove(item.name)} style={{ position: 'absolute', top: 4, right: 4 }} aria-label="删除" />
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '', ...Object.fromEntries(fields.map((field) => [field.name, ''])) })} block style={{ marginBottom: 16 }}>
            添加{titleLabel.replace('标题', '')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

export function DepartmentPlanForm({ unitYearId, plan, onDone }: { unitYearId: string; plan: UnitYearDetailJson['departmentPlan']; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const update = useUpdateDepartmentPlan(unitYearId);
  const { message } = App.useApp();
  const submit = (values: Values) =>
    update.mutate({ expectedVersion: plan.version, ...values }, { onSuccess: () => { void message.success('部门整体绩效目标已保存。'); onDone(); }, onError: (error) => showFieldErrors(form, error) });
  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ overallGoal: plan.overallGoal, subGoals: plan.subGoals, measures: plan.measures }} onFinish={submit} name="department-plan">
      <ErrorAlert error={update.error} />
      <Form.Item label="总体绩效目标" name="overallGoal">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
      </Form.Item>
      <ItemList name="subGoals" titleLabel="分项目标标题" fields={[{ name: 'goal', label: '绩效目标' }, { name: 'indicatorText', label: '绩效指标' }]} />
      <ItemList name="measures" titleLabel="措施标题" fields={[{ name: 'text', label: '措施内容' }]} />
      <Space>
        <Button type="primary" htmlType="submit" loading={update.isPending}>保存</Button>
        <Button onClick={onDone}>取消</Button>
      </Space>
    </Form>
  );
}
