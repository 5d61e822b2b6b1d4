/** 登记单位 / 登记区划: an administrator adds a unit or a division before its first document arrives. */
import { App, Button, Form, Input, Modal, Select, Tabs } from 'antd';
import { useDirectory, useRegisterDivision, useRegisterUnit, type DivisionEntry } from '../../api/users';
import { showFieldErrors } from '../../components/form-errors';
import { ErrorAlert } from '../../components/page-states';

interface UnitValues {
  code: string;
  name: string;
  divisionCode?: string;
}

function UnitForm({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm<UnitValues>();
  const directory = useDirectory();
  const register = useRegisterUnit();
  const { message } = App.useApp();
  const submit = (values: UnitValues) =>
    register.mutate(values, { onSuccess: (unit) => { void message.success(`已登记单位 ${unit.code} ${unit.name}。`); onDone(); }, onError: (error) => showFieldErrors(form, error) });
  return (
    <Form form={form} layout="vertical" onFinish={submit} name="register-unit">
      <ErrorAlert error={register.error} />
      <Form.Item label="单位编码" name="code" rules={[{ required: true, message: '请填写单位编码。' }]}>
        <Input placeholder="如 203001" />
      </Form.Item>
      <Form.Item label="单位名称" name="name" rules={[{ required: true, message: '请填写单位名称。' }]}>
        <Input />
      </Form.Item>
      <Form.Item label="所属财政区划" name="divisionCode">
        <Select allowClear options={directory.data?.divisions.map((division) => ({ value: division.code, label: `${division.code} ${division.name}` }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={register.isPending}>
        登记
      </Button>
    </Form>
  );
}

function DivisionForm({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm<DivisionEntry>();
  const register = useRegisterDivision();
  const { message } = App.useApp();
  const submit = (values: DivisionEntry) =>
    register.mutate(values, { onSuccess: (division) => { void message.success(`已登记区划 ${division.name}。`); onDone(); }, onError: (error) => showFieldErrors(form, error) });
  return (
    <Form form={form} layout="vertical" onFinish={submit} name="register-division">
      <ErrorAlert error={register.error} />
      <Form.Item label="区划编码" name="code" rules={[{ required: true, message: '请填写区划编码。' }]}>
        <Input placeholder="如 130322" />
      </Form.Item>
      <Form.Item label="区划名称" name="name" rules={[{ required: true, message: '请填写区划名称。' }]}>
        <Input placeholder="如 昌黎县" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={register.isPending}>
        登记
      </Button>
    </Form>
  );
}

export function RegisterUnitModal({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="登记单位和财政区划" open onCancel={onClose} footer={null} destroyOnHidden>
      <Tabs
        items={[
          { key: 'unit', label: '登记单位', children: <UnitForm onDone={onClose} /> },
          { key: 'division', label: '登记区划', children: <DivisionForm onDone={onClose} /> },
        ]}
      />
    </Modal>
  );
}

