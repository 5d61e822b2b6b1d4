/** 登录: username and password; a first run (no account yet) goes to setup instead. */
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useLogin, useSession, useSetupStatus, type LoginRequest } from '../../api/auth';
import { homePathOf } from '../../components/navigation';
import { ErrorAlert, PageLoading } from '../../components/page-states';
import { CenteredCard } from './centered-card';

/** Only paths of this app: `?next=https://elsewhere` must not send the user off-site after login. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

export function LoginPage() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const setup = useSetupStatus();
  const login = useLogin();
  if (session.isPending || setup.isPending) return <PageLoading />;
  if (setup.data?.needsSetup) return <Navigate to="/setup" replace />;
  if (session.data?.user) return <Navigate to={safeNext(search.get('next')) ?? homePathOf(session.data.user.role)} replace />;
  const submit = (values: LoginRequest) =>
    login.mutate(values, { onSuccess: (result) => navigate(safeNext(search.get('next')) ?? homePathOf(result.user.role), { replace: true }) });
  return (
    <CenteredCard>
      <Card title={<Typography.Title level={3} style={{ margin: '8px 0' }}>绩效 · 预算绩效管理</Typography.Title>} style={{ width: 400 }}>
        <Typography.Paragraph type="secondary">请使用单位或财政局分配的账号登录。</Typography.Paragraph>
        <ErrorAlert error={login.error} />
        <Form<LoginRequest> layout="vertical" onFinish={submit} requiredMark={false} name="login">
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请填写用户名。' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请填写密码。' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            登录
          </Button>
        </Form>
      </Card>
    </CenteredCard>
  );
}
