/**
 * The web app's build (web/ → web/dist) and dev server (`npm run dev:web`, proxying /api to the Jixiao server
 * at JIXIAO_API_URL, default http://localhost:3000). Each page is its own chunk (React.lazy), so the login
 * page never loads ECharts; shared code goes to shared chunks as the bundler sees fit. After a build, the size report prints the gzipped initial load.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sizeReport } from '../scripts/web-size-report.ts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react(), sizeReport({ initialRoutes: ['pages/login/login-page.tsx', 'pages/dashboard/dashboard-page.tsx'] })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    fs: { allow: [repoRoot] },
    proxy: { '/api': { target: process.env.JIXIAO_API_URL ?? 'http://localhost:3000', changeOrigin: false } },
  },
});
