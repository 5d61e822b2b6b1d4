/**
 * 初始设置: the first administrator (while no account exists), optionally with the demonstration data.
 * Field errors from the server (password policy, username length) appear under their fields.
 */
import { Alert, Button, Card, Checkbox, Form, Input, Typography } from 'antd';
import { Navigate, useNavigate } from 'react-router';
import { useLogin, useSetup, useSetupStatus, type SetupRequest } from '../../api/auth';
import { showFieldErrors } from '../../components/form-errors';
import { ErrorAlert, LoadError, PageLoading } from '../../components/page-states';
import { CenteredCard } from '../login/centered-card';

interface SetupForm extends SetupRequest {
  confirm: string;
}

export function SetupPage() {
  const status = useSetupStatus();
  const setup = useSetup();
  const login = useLogin();
  const navigate = useNavigate();
  const [form] = Form.useForm<SetupForm>();
  if (status.isPending) return <PageLoading />;
  if (status.isError) return <LoadError error={status.error} onRetry={() => void status.refetch()} />;
  if (!status.data.needsSetup) return <Navigate to="/login" replace />;
  // Login before anything else reads the setup status again: once an account exists this page would leave for /login.
  const submit = async ({ confirm: _confirm, ...request }: SetupForm) => {
    try {
      await setup.mutateAsync(request);
      await login.mutateAsync({ username: request.username, password: request.password });
      navigate('/', { replace: true });
    } catch (error) {
      showFieldErrors(form, error);
    }
  };
  return (
    <CenteredCard>
      <Card title={<Typography.Title level={3} style={{ margin: '8px 0' }}>初始设置</Typography.Title>} style={{ width: 460 }}>
        <Typography.Paragraph type="secondary">系统中还没有任何账号。请创建第一个系统管理员账号，之后用它登录并添加其他用户。</Typography.Paragraph>
        <ErrorAlert error={setup.error ?? login.error} />
        <Form<SetupForm> form={form} layout="vertical" onFinish={(values) => void submit(values)} initialValues={{ loadDemoData: status.data.databaseEmpty }} name="setup">
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请填写用户名。' }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="姓名" name="displayName" rules={[{ required: true, message: '请填写姓名。' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="密码" name="password" extra="至少 10 个字符，包含字母、数字、符号中的至少两类。" rules={[{ required: true, message: '请填写密码。' }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label="确认密码"
            name="confirm"
            dependencies={['password']}
            rules={[
              { required: true, message: '请再次填写密码。' },
              ({ getFieldValue }) => ({ validator: async (_rule, value) => { if (value && value !== getFieldValue('password')) throw new Error('两次填写的密码不一致。'); } }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          {status.data.databaseEmpty ? (
            <Form.Item name="loadDemoData" valuePropName="checked">
              <Checkbox>同时导入示例数据（昌黎县委组织部 2021 年绩效目标）</Checkbox>
            </Form.Item>
          ) : (
            <Alert type="info" showIcon title="数据库中已有绩效目标数据，不再导入示例数据。" style={{ marginBottom: 16 }} />
          )}
          <Button type="primary" htmlType="submit" block loading={setup.isPending || login.isPending}>
            创建管理员并登录
          </Button>
        </Form>
      </Card>
    </CenteredCard>
  );
}
