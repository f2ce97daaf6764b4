import { Link, Navigate, Outlet, useLocation } from 'react-router';
import Layout from 'antd/es/layout';
import Menu from 'antd/es/menu';
import { useTranslation } from 'react-i18next';
import { UserMenu } from './UserMenu';
import { isApplicantOnly } from './HomeRedirect';
import { useMe } from './useMe';
import './AppLayout.css';

export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const isAdmin = me.data?.roles.includes('admin') ?? false;
  // Supervisors are the province-wide group overdue reviews escalate to (src/Api/Features/Reports/ReportEndpoints.cs).
  const seesReports = isAdmin || (me.data?.groups.includes('reviewers-65') ?? false);
  const items = [
    { key: '/tasks', label: <Link to="/tasks">{t('nav.tasks')}</Link> },
    ...(isAdmin
      ? [
          { key: '/instances', label: <Link to="/instances" data-testid="nav-instances">{t('instances.nav')}</Link> },
          { key: '/migrations', label: <Link to="/migrations" data-testid="nav-migrations">{t('migrations.nav')}</Link> },
          { key: '/definitions', label: <Link to="/definitions" data-testid="nav-definitions">{t('definitions.nav')}</Link> },
          { key: '/forms', label: <Link to="/forms" data-testid="nav-forms">{t('forms.nav')}</Link> },
          { key: '/policy', label: <Link to="/policy" data-testid="nav-policy">{t('policy.nav')}</Link> },
          { key: '/decisions', label: <Link to="/decisions" data-testid="nav-decisions">{t('decisions.nav')}</Link> },
        ]
      : []),
    ...(seesReports ? [{ key: '/reports', label: <Link to="/reports" data-testid="nav-reports">{t('reports.nav')}</Link> }] : []),
  ];
  const selected = items.filter((i) => location.pathname.startsWith(i.key)).map((i) => i.key);

  // Applicants have their own mobile screens (掌上办) and no business in the reviewers' Studio.
  if (isApplicantOnly(me.data)) return <Navigate to="/m" replace />;

  return (
    <Layout className="studio-layout">
      <Layout.Header className="studio-header">
        <Link to="/tasks" className="studio-brand">
          {t('app.title')}
        </Link>
        <Menu mode="horizontal" theme="dark" selectedKeys={selected} items={items} className="studio-menu" />
        <UserMenu />
      </Layout.Header>
      <Layout.Content className="studio-content">
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
