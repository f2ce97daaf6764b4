import { lazy } from 'react';
import { Navigate, Outlet, Route, Routes } from 'react-router';
import ConfigProvider from 'antd/es/config-provider';
import Spin from 'antd/es/spin';
import { useMe } from '../../shell/useMe';
import './mobile.css';

const HomePage = lazy(() => import('./HomePage'));
const ServicesPage = lazy(() => import('./ServicesPage'));
const ApplyPage = lazy(() => import('./apply/ApplyPage'));
const QueryPage = lazy(() => import('./QueryPage'));
const ApplicationPage = lazy(() => import('./ApplicationPage'));
const MinePage = lazy(() => import('./MinePage'));

/** The phone frame: a centred column of phone width, larger controls for fingers. Reviewers and admins go back to their Studio. */
function MobileFrame() {
  const me = useMe();
  if (me.isLoading) return <Spin fullscreen />;
  if (me.data && !me.data.roles.includes('applicant')) return <Navigate to="/tasks" replace />;
  return (
    <ConfigProvider componentSize="large" theme={{ token: { borderRadius: 8, fontSize: 15 } }}>
      <div className="m-viewport">
        <div className="m-phone">
          <Outlet />
        </div>
      </div>
    </ConfigProvider>
  );
}

export default function ApplicantApp() {
  return (
    <Routes>
      <Route element={<MobileFrame />}>
        <Route index element={<HomePage />} />
        <Route path="apply" element={<ServicesPage />} />
        <Route path="apply/:type" element={<ApplyPage />} />
        <Route path="query" element={<QueryPage />} />
        <Route path="query/:id" element={<ApplicationPage />} />
        <Route path="mine" element={<MinePage />} />
        <Route path="*" element={<Navigate to="/m" replace />} />
      </Route>
    </Routes>
  );
}
