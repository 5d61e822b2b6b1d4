/**
 * The route table. Every page is its own chunk (React.lazy), so the login page does not load ECharts or the
 * target table editor. Pages behind login sit under <AuthenticatedLayout/>.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useCurrentUser } from './api/auth';
import { AuthenticatedLayout } from './components/app-layout';
import { PageLoading } from './components/page-states';
import { homePathOf } from './components/navigation';

/** A lazily loaded page from a module's named export. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const LoginPage = page(() => import('./pages/login/login-page'), 'LoginPage');
const SetupPage = page(() => import('./pages/setup/setup-page'), 'SetupPage');
const DashboardPage = page(() => import('./pages/dashboard/dashboard-page'), 'DashboardPage');
const UnitYearsPage = page(() => import('./pages/unit-years/unit-years-page'), 'UnitYearsPage');
const UnitYearPage = page(() => import('./pages/unit-year/unit-year-page'), 'UnitYearPage');
const ProjectPage = page(() => import('./pages/project/project-page'), 'ProjectPage');
const ImportPage = page(() => import('./pages/import/import-page'), 'ImportPage');
const ReviewPage = page(() => import('./pages/review/review-page'), 'ReviewPage');
const AuditPage = page(() => import('./pages/audit/audit-page'), 'AuditPage');
const UsersPage = page(() => import('./pages/users/users-page'), 'UsersPage');
const MonitoringPage = page(() => import('./pages/monitoring/monitoring-page'), 'MonitoringPage');
const RoundPage = page(() => import('./pages/monitoring/round-page'), 'RoundPage');
const UnitReportPage = page(() => import('./pages/monitoring/unit-report-page'), 'UnitReportPage');
const SelfEvaluationPage = page(() => import('./pages/self-evaluation/self-evaluation-page'), 'SelfEvaluationPage');
const UnitEvaluationPage = page(() => import('./pages/self-evaluation/unit-evaluation-page'), 'UnitEvaluationPage');
const ProjectEvaluationPage = page(() => import('./pages/self-evaluation/project-evaluation-page'), 'ProjectEvaluationPage');
const NotFoundPage = page(() => import('./pages/not-found/not-found-page'), 'NotFoundPage');

function Home() {
  return <Navigate to={homePathOf(useCurrentUser().role)} replace />;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/setup" element={<SetupPage />} />
        <Route element={<AuthenticatedLayout />}>
          <Route index element={<Home />} />
          <Route path="/dashboard" element={<DashboardPage />} />
          <Route path="/unit-years" element={<UnitYearsPage />} />
          <Route path="/unit-years/:id" element={<UnitYearPage />} />
          <Route path="/projects/:id" element={<ProjectPage />} />
          <Route path="/imports" element={<ImportPage />} />
          <Route path="/review" element={<ReviewPage />} />
          <Route path="/monitoring" element={<MonitoringPage />} />
          <Route path="/monitoring/:id" element={<RoundPage />} />
          <Route path="/monitoring/:id/units/:unitId" element={<UnitReportPage />} />
          <Route path="/self-evaluation" element={<SelfEvaluationPage />} />
          <Route path="/self-evaluation/unit-years/:id" element={<UnitEvaluationPage />} />
          <Route path="/self-evaluation/projects/:id" element={<ProjectEvaluationPage />} />
          <Route path="/audit" element={<AuditPage />} />
          <Route path="/users" element={<UsersPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
