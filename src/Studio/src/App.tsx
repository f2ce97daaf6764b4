import { lazy, Suspense, useEffect, useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useNavigate } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import ConfigProvider from 'antd/es/config-provider';
import AntApp from 'antd/es/app';
import Spin from 'antd/es/spin';
import zhCNLocale from 'antd/es/locale/zh_CN';
import enLocale from 'antd/es/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api/ApiError';
import { client, onSignedOut } from './api/api';
import { LoginPage } from './features/login/LoginPage';
import { AppLayout } from './shell/AppLayout';
import { HomeRedirect } from './shell/HomeRedirect';
import { RequireSignIn } from './shell/RequireSignIn';
// The inbox is where reviewers land: bundled with the shell so it renders without a second round trip.
import InboxPage from './features/inbox/InboxPage';
import { isChinese } from './i18n/language';

const TaskPage = lazy(() => import('./features/task/TaskPage'));
const ApplicantApp = lazy(() => import('./features/applicant/ApplicantApp'));
const DefinitionsPage = lazy(() => import('./features/definitions/DefinitionsPage'));
const DefinitionVersionsPage = lazy(() => import('./features/definitions/DefinitionVersionsPage'));
const ModelerPage = lazy(() => import('./features/definitions/ModelerPage'));
const DiffPage = lazy(() => import('./features/definitions/DiffPage'));
const FormsPage = lazy(() => import('./features/forms/FormsPage'));
const FormEditorPage = lazy(() => import('./features/forms/FormEditorPage'));
const PolicyPage = lazy(() => import('./features/policy/PolicyPage'));
const PolicyYearPage = lazy(() => import('./features/policy/PolicyYearPage'));
const HolidaysPage = lazy(() => import('./features/policy/HolidaysPage'));
const DecisionsPage = lazy(() => import('./features/decisions/DecisionsPage'));
const DecisionPage = lazy(() => import('./features/decisions/DecisionPage'));
const InstancesPage = lazy(() => import('./features/instances/InstancesPage'));
const InstanceDetailPage = lazy(() => import('./features/instances/InstanceDetailPage'));
const MigrationsPage = lazy(() => import('./features/migrations/MigrationsPage'));
// The charts library is large: only the reports route loads it.
const ReportsPage = lazy(() => import('./features/reports/ReportsPage'));

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Client errors (403, 404) will not get better by asking again.
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
        refetchOnWindowFocus: true,
      },
    },
  });
}

function SignedOutRedirect({ queryClient }: { queryClient: QueryClient }) {
  const navigate = useNavigate();
  useEffect(
    () =>
      onSignedOut(() => {
        queryClient.clear();
        navigate('/login', { replace: true });
      }),
    [navigate, queryClient],
  );
  return null;
}

export function App() {
  const queryClient = useMemo(makeQueryClient, []);
  const { i18n } = useTranslation();
  const zh = isChinese(i18n.language);
  dayjs.locale(zh ? 'zh-cn' : 'en');

  return (
    <ConfigProvider locale={zh ? zhCNLocale : enLocale} theme={{ token: { colorPrimary: '#1d5fa8' } }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <SignedOutRedirect queryClient={queryClient} />
            <Suspense fallback={<Spin fullscreen />}>
              <Routes>
                <Route path="/login" element={<LoginPage />} />
                <Route element={<RequireSignIn isSignedIn={client.isSignedIn} />}>
                  <Route path="/" element={<HomeRedirect />} />
                  <Route path="/m/*" element={<ApplicantApp />} />
                  <Route element={<AppLayout />}>
                    <Route path="/tasks" element={<InboxPage />} />
                    <Route path="/tasks/:id" element={<TaskPage />} />
                    <Route path="/definitions" element={<DefinitionsPage />} />
                    <Route path="/decisions" element={<DecisionsPage />} />
                    <Route path="/decisions/:key" element={<DecisionPage />} />
                    <Route path="/definitions/new" element={<ModelerPage />} />
                    <Route path="/definitions/:key" element={<DefinitionVersionsPage />} />
                    <Route path="/definitions/:key/versions/:version/edit" element={<ModelerPage />} />
                    <Route path="/definitions/:key/diff" element={<DiffPage />} />
                    <Route path="/forms" element={<FormsPage />} />
                    <Route path="/forms/new" element={<FormEditorPage />} />
                    <Route path="/forms/:key" element={<FormEditorPage />} />
                    <Route path="/policy" element={<PolicyPage />} />
                    <Route path="/policy/new" element={<PolicyYearPage />} />
                    <Route path="/policy/holidays/:year" element={<HolidaysPage />} />
                    <Route path="/policy/:year" element={<PolicyYearPage />} />
                    <Route path="/instances" element={<InstancesPage />} />
                    <Route path="/instances/:id" element={<InstanceDetailPage />} />
                    <Route path="/migrations" element={<MigrationsPage />} />
                    <Route path="/reports" element={<ReportsPage />} />
                  </Route>
                </Route>
                <Route path="*" element={<Navigate to="/" replace />} />
              </Routes>
            </Suspense>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
