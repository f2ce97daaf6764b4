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
  // Screens not built yet (modeler, instances, applicant demo) are not in the menu.
  const items = [{ key: '/tasks', label: <Link to="/tasks">{t('nav.tasks')}</Link> }];
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
