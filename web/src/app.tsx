/**
 * Providers around every page: Ant Design in Chinese (zh-CN, dayjs zh-cn), TanStack Query (a 401 logs the
 * user out), and the router.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { BrowserRouter } from 'react-router';
import { ApiError } from './api/client';
import { connectSession } from './api/auth';
import { AppRoutes } from './routes';

dayjs.locale('zh-cn');

/** Errors the user must act on (4xx) are not retried; a dropped connection is, once. */
function shouldRetry(failures: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failures < 1;
}

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 10_000 } },
});
connectSession(queryClient);

/** Ant Design's motion is off for whoever asks the system for reduced motion (and in the browser tests). */
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const theme = { token: { colorPrimary: '#1f5fbf', borderRadius: 4, fontSize: 14, motion: !reducedMotion } };

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
