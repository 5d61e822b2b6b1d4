/** An administrator sets a new password for an account (its sessions end, a lock-out is lifted). */
import { App, Form, Input, Modal } from 'antd';
import { useResetPassword, type UserJson } from '../../api/users';
import { showFieldErrors } from '../../components/form-errors';
import { ErrorAlert } from '../../components/page-states';

export function ResetPasswordModal({ user, onClose }: { user: UserJson; onClose: () => void }) {
  const [form] = Form.useForm<{ password: string }>();
  const reset = useResetPassword();
  const { message } = App.useApp();
  const submit = ({ password }: { password: string }) =>
    reset.mutate({ id: user.id, password }, { onSuccess: () => { void message.success(`已重置 ${user.displayName} 的密码。`); onClose(); }, onError: (error) => showFieldErrors(form, error) });
  return (
    <Modal title={`重置密码：${user.displayName}（${user.username}）`} open onCancel={onClose} onOk={() => form.submit()} okText="重置" confirmLoading={reset.isPending} destroyOnHidden>
      <ErrorAlert error={reset.error} />
      <Form form={form} layout="vertical" onFinish={submit} name="reset-password">
        <Form.Item label="新密码" name="password" extra="该用户已登录的会话将结束，账号锁定随之解除。" rules={[{ required: true, message: '请填写新密码。' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
