/**
 * Creating or editing an account: role, and the unit (unit roles) or division (finance reviewers) it
 * belongs to, as core's `attachmentOf` says. Editing sends the version it saw; the server's field errors
 * appear under the fields.
 */
import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { accountRoles, attachmentOf, roleLabels, type AccountRole } from '../../../../src/core/access/roles';
import { useCreateUser, useDirectory, useUpdateUser, type UserJson } from '../../api/users';
import { showFieldErrors } from '../../components/form-errors';
import { ErrorAlert } from '../../components/page-states';

interface UserFormValues {
  username: string;
  displayName: string;
  role: AccountRole;
  unitCode?: string | null;
  divisionCode?: string | null;
  password: string;
  disabled: boolean;
}

const roleOptions = accountRoles.map((role) => ({ value: role, label: roleLabels[role] }));

function initialValuesOf(user: UserJson | null): Partial<UserFormValues> {
  if (!user) return { role: 'unit_editor', disabled: false };
  return { username: user.username, displayName: user.displayName, role: user.role, unitCode: user.unit?.code ?? null, divisionCode: user.division?.code ?? null, disabled: user.disabled };
}

/** `user` null: a new account. */
export function UserFormModal({ user, open, onClose }: { user: UserJson | null; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<UserFormValues>();
  const role = Form.useWatch('role', form) ?? user?.role ?? 'unit_editor';
  const directory = useDirectory();
  const create = useCreateUser();
  const update = useUpdateUser();
  const { message } = App.useApp();
  const mutation = user ? update : create;
  const attachment = attachmentOf(role);
  const submit = (values: UserFormValues) => {
    const unitCode = attachment === 'unit' ? values.unitCode : null;
    const divisionCode = attachment === 'division' ? values.divisionCode : null;
    const done = { onSuccess: () => { void message.success(user ? '已保存。' : '已创建用户。'); onClose(); }, onError: (error: unknown) => showFieldErrors(form, error) };
    if (user) update.mutate({ id: user.id, expectedVersion: user.version, displayName: values.displayName, role: values.role, unitCode, divisionCode, disabled: values.disabled }, done);
    else create.mutate({ username: values.username, displayName: values.displayName, role: values.role, unitCode, divisionCode, password: values.password }, done);
  };
  return (
    <Modal title={user ? `修改用户 ${user.username}` : '新建用户'} open={open} onCancel={onClose} onOk={() => form.submit()} okText="保存" confirmLoading={mutation.isPending} destroyOnHidden>
      <ErrorAlert error={mutation.error} />
      <Form<UserFormValues> form={form} layout="vertical" initialValues={initialValuesOf(user)} onFinish={submit} name="user" preserve={false}>
        <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请填写用户名。' }]}>
          <Input disabled={Boolean(user)} autoComplete="off" />
        </Form.Item>
        <Form.Item label="姓名" name="displayName" rules={[{ required: true, message: '请填写姓名。' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="角色" name="role" rules={[{ required: true }]}>
          <Select options={roleOptions} />
        </Form.Item>
        {attachment === 'unit' ? (
          <Form.Item label="所属单位" name="unitCode" rules={[{ required: true, message: '单位用户需要选择所属单位。' }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} loading={directory.isPending} options={directory.data?.units.map((unit) => ({ value: unit.code, label: `${unit.code} ${unit.name}` }))} placeholder="选择单位（先在“登记单位”中登记，或导入该单位的文件）" />
          </Form.Item>
        ) : null}
        {attachment === 'division' ? (
          <Form.Item label="所属财政区划" name="divisionCode" rules={[{ required: true, message: '财政审核人需要选择所属区划。' }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} loading={directory.isPending} options={directory.data?.divisions.map((division) => ({ value: division.code, label: `${division.code} ${division.name}` }))} />
          </Form.Item>
        ) : null}
        {user ? (
          <Form.Item label="停用账号" name="disabled" valuePropName="checked">
            <Switch />
          </Form.Item>
        ) : (
          <Form.Item label="初始密码" name="password" extra="至少 10 个字符，包含字母、数字、符号中的至少两类。" rules={[{ required: true, message: '请填写初始密码。' }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
