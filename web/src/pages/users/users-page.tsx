/** 用户管理 (administrators): accounts with role, unit or division, status; create, edit, disable, reset password. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { accountRoles, roleLabels } from '../../../../src/core/access/roles';
import { useUsers, type UserJson, type UsersQuery } from '../../api/users';
import { formatDateTime } from '../../components/format';
import { ErrorAlert } from '../../components/page-states';
import { paginationOf } from '../../components/pagination';
import { RegisterUnitModal } from './register-unit-modal';
import { ResetPasswordModal } from './reset-password-modal';
import { UserFormModal } from './user-form-modal';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: UserJson } | { kind: 'password'; user: UserJson } | { kind: 'unit' } | null;

function columns(open: (dialog: Dialog) => void): TableColumnsType<UserJson> {
  return [
    { title: '用户名', dataIndex: 'username', width: 120 },
    { title: '姓名', dataIndex: 'displayName', width: 110 },
    { title: '角色', dataIndex: 'role', width: 110, render: (role: UserJson['role']) => roleLabels[role] },
    { title: '所属单位 / 区划', key: 'place', ellipsis: true, render: (_, user) => (user.unit ? `${user.unit.code} ${user.unit.name}` : user.division ? `${user.division.name}（${user.division.code}）` : '—') },
    { title: '状态', dataIndex: 'disabled', width: 80, render: (disabled: boolean) => (disabled ? <Tag>已停用</Tag> : <Tag color="green">正常</Tag>) },
    { title: '最近登录', dataIndex: 'lastLoginAt', width: 150, responsive: ['xl'], render: formatDateTime },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_, user) => (
        <Space size={4}>
          <Button size="small" type="link" onClick={() => open({ kind: 'edit', user })}>修改</Button>
          <Button size="small" type="link" onClick={() => open({ kind: 'password', user })}>重置密码</Button>
        </Space>
      ),
    },
  ];
}

export function UsersPage() {
  const [query, setQuery] = useState<UsersQuery>({ page: 1, pageSize: 20 });
  const [dialog, setDialog] = useState<Dialog>(null);
  const users = useUsers(query);
  const close = () => setDialog(null);
  return (
    <Card
      title="用户管理"
      extra={
        <Space>
          <Button onClick={() => setDialog({ kind: 'unit' })}>登记单位 / 区划</Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>新建用户</Button>
        </Space>
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <Input.Search placeholder="用户名或姓名" allowClear style={{ width: 220 }} onSearch={(q) => setQuery({ ...query, q, page: 1 })} />
        <Select allowClear placeholder="全部角色" style={{ width: 160 }} options={accountRoles.map((role) => ({ value: role, label: roleLabels[role] }))} onChange={(role) => setQuery({ ...query, role, page: 1 })} />
      </Space>
      <ErrorAlert error={users.error} />
      <Table<UserJson>
        rowKey="id"
        size="middle"
        loading={users.isFetching}
        columns={columns(setDialog)}
        dataSource={users.data?.items ?? []}
        locale={{ emptyText: '没有符合条件的用户' }}
        pagination={paginationOf(users.data, query, setQuery, '个用户')}
      />
      {dialog?.kind === 'create' || dialog?.kind === 'edit' ? <UserFormModal user={dialog.kind === 'edit' ? dialog.user : null} open onClose={close} /> : null}
      {dialog?.kind === 'password' ? <ResetPasswordModal user={dialog.user} onClose={close} /> : null}
      {dialog?.kind === 'unit' ? <RegisterUnitModal onClose={close} /> : null}
    </Card>
  );
}
