/**
 * The frame of every page behind login: a menu of what the role may use on the left, the user's name, role
 * and unit with a logout button on top. Without a session it sends the user to /login, remembering where
 * they were going.
 */
import { AlertOutlined, DashboardOutlined, FundViewOutlined, HistoryOutlined, LogoutOutlined, ProfileOutlined, ScheduleOutlined, TeamOutlined, UploadOutlined, UserOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { roleLabels } from '../../../src/core/access/roles';
import { useLogout, useSession, type SessionUser } from '../api/auth';
import { navigationFor } from './navigation';
import { LoadError, PageLoading } from './page-states';

const { Header, Sider, Content } = Layout;

const menuIcons: Record<string, ReactNode> = {
  '/dashboard': <DashboardOutlined />,
  '/unit-years': <ProfileOutlined />,
  '/imports': <UploadOutlined />,
  '/review': <AlertOutlined />,
  '/monitoring': <FundViewOutlined />,
  '/self-evaluation': <ScheduleOutlined />,
  '/audit': <HistoryOutlined />,
  '/users': <TeamOutlined />,
};

function UserBadge({ user }: { user: SessionUser }) {
  const place = user.unit ? `${user.unit.code} ${user.unit.name}` : user.division ? `${user.division.name}（${user.division.code}）` : null;
  return (
    <div data-testid="current-user" style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0, whiteSpace: 'nowrap' }}>
      <UserOutlined />
      <Typography.Text strong>{user.displayName}</Typography.Text>
      <Tag color="blue" style={{ marginInlineEnd: 0 }}>{roleLabels[user.role]}</Tag>
      {place ? <Typography.Text type="secondary" ellipsis={{ tooltip: place }} style={{ maxWidth: 300 }}>{place}</Typography.Text> : null}
    </div>
  );
}

function selectedKeyOf(pathname: string): string {
  if (pathname.startsWith('/projects')) return '/unit-years';
  return `/${pathname.split('/')[1] ?? ''}`;
}

function Frame({ user }: { user: SessionUser }) {
  const navigate = useNavigate();
  const location = useLocation();
  const logout = useLogout();
  const items = navigationFor(user.role).map((item) => ({ key: item.path, label: item.label, icon: menuIcons[item.path] }));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', background: '#fff', borderBottom: '1px solid #e8e8e8', padding: '0 24px' }}>
        <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
          绩效 · 预算绩效管理
        </Typography.Title>
        <Space size={16} style={{ minWidth: 0 }}>
          <UserBadge user={user} />
          <Button icon={<LogoutOutlined />} loading={logout.isPending} onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login') })}>
            退出登录
          </Button>
        </Space>
      </Header>
      <Layout>
        {/* Below 1200 px the menu folds to its icons, leaving the width to the target table. */}
        <Sider width={176} theme="light" breakpoint="xl" collapsedWidth={56} trigger={null} style={{ borderRight: '1px solid #e8e8e8' }}>
          <Menu mode="inline" selectedKeys={[selectedKeyOf(location.pathname)]} items={items} onClick={({ key }) => navigate(key)} style={{ borderInlineEnd: 'none' }} />
        </Sider>
        <Content style={{ padding: 20, minWidth: 0 }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}

export function AuthenticatedLayout() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageLoading />;
  if (session.isError) return <LoadError error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.user) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Frame user={session.data.user} />;
}
