/** An address the app does not know. */
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';

export function NotFoundPage() {
  const navigate = useNavigate();
  return <Result status="404" title="没有这个页面" subTitle="地址可能输错了，或者页面已经移动。" extra={<Button type="primary" onClick={() => navigate('/')}>回到首页</Button>} />;
}
