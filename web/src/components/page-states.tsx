/** Loading, error and empty states shared by the pages, worded for a county unit's staff. */
import { Alert, Button, Empty, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { ApiError, messageOf } from '../api/client';

export function PageLoading({ tip = '正在加载……' }: { tip?: string }) {
  return (
    <div style={{ padding: 64, textAlign: 'center' }} role="status">
      <Spin size="large" />
      <div style={{ marginTop: 12, color: '#888' }}>{tip}</div>
    </div>
  );
}

/** A failed load: the server's Chinese message, the request id to quote, and a retry button. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const notFound = error instanceof ApiError && error.status === 404;
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <Result
      status={notFound ? '404' : 'warning'}
      title={notFound ? '没有找到' : '加载失败'}
      subTitle={
        <>
          {messageOf(error)}
          {requestId ? <div style={{ fontSize: 12, color: '#999' }}>请求编号 {requestId}（报告问题时请提供）</div> : null}
        </>
      }
      extra={onRetry && !notFound ? <Button onClick={onRetry}>重试</Button> : null}
    />
  );
}

/** An inline error under a form or above a table. */
export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  return <Alert type="error" showIcon title={messageOf(error)} style={{ marginBottom: 16 }} />;
}

export function EmptyState({ description, children }: { description: string; children?: ReactNode }) {
  return (
    <Empty description={description} style={{ padding: 32 }}>
      {children}
    </Empty>
  );
}
