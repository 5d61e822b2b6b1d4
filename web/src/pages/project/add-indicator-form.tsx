/**
 * Adding an indicator below the table: levels 1 and 2 offered from the project's own (typing a new one is
 * allowed; the review says whether it belongs to the framework), the target read as it is typed.
 */
import { PlusOutlined } from '@ant-design/icons';
import { App, AutoComplete, Button, Card, Form, Input } from 'antd';
import type { CreateIndicatorRequest } from '../../../../src/contract/projects';
import { useCreateIndicator, type ProjectDetailJson } from '../../api/projects';
import { showFieldErrors } from '../../components/form-errors';
import { ErrorAlert } from '../../components/page-states';
import { LiveTargetReading } from './target-tags';

const optionsOf = (values: string[]) => [...new Set(values)].map((value) => ({ value }));

export function AddIndicatorForm({ project }: { project: ProjectDetailJson }) {
  const [form] = Form.useForm<CreateIndicatorRequest>();
  const target = Form.useWatch('target', form) ?? '';
  const create = useCreateIndicator(project.id);
  const { message } = App.useApp();
  const last = project.indicators.at(-1);
  const submit = (values: CreateIndicatorRequest) =>
    create.mutate(
      { ...values, description: values.description ?? '', basis: values.basis ?? '', target: values.target ?? '' },
      { onSuccess: () => { void message.success(`已添加指标“${values.name}”。`); form.resetFields(['name', 'description', 'target', 'basis']); }, onError: (error) => showFieldErrors(form, error) },
    );
  return (
    <Card size="small" title="添加指标">
      <ErrorAlert error={create.error} />
      <Form<CreateIndicatorRequest> form={form} layout="inline" onFinish={submit} initialValues={{ level1: last?.level1 ?? '产出指标', level2: last?.level2 ?? '数量指标' }} name="add-indicator" style={{ rowGap: 8 }}>
        <Form.Item name="level1" rules={[{ required: true, message: '请填写一级指标。' }]}>
          <AutoComplete options={optionsOf(['产出指标', '效益指标', '满意度指标', ...project.indicators.map((i) => i.level1)])} placeholder="一级指标" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="level2" rules={[{ required: true, message: '请填写二级指标。' }]}>
          <AutoComplete options={optionsOf(project.indicators.map((i) => i.level2))} placeholder="二级指标" style={{ width: 150 }} />
        </Form.Item>
        <Form.Item name="name" rules={[{ required: true, message: '请填写三级指标。' }]}>
          <Input placeholder="三级指标" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="description">
          <Input placeholder="绩效指标描述" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="target" extra={target ? <LiveTargetReading raw={target} /> : null}>
          <Input placeholder="指标值，如 ≥95%" style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="basis">
          <Input placeholder="指标值确定依据" style={{ width: 140 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={create.isPending}>添加</Button>
      </Form>
    </Card>
  );
}
