import { useNavigate } from 'react-router';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Empty from 'antd/es/empty';
import Skeleton from 'antd/es/skeleton';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../shell/useMe';
import { useApplications, useInsurance, useNotifications } from './api';
import { MobilePage } from './MobilePage';
import { formatTime, StatusTag, yuan } from './parts';
import { ServiceList } from './ServiceTile';
import type { ApplicationView } from './types';
import { isChinese } from '../../i18n/language';

/** What waits for the applicant: drafts to finish, supplements to upload, an approved case that needs the agreement. */
function pending(applications: ApplicationView[]) {
  return applications.filter((a) => a.status === 'Draft' || a.status === 'SupplementRequested' || a.status === 'Approved');
}

export default function HomePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const insurance = useInsurance();
  const applications = useApplications();
  const notifications = useNotifications();
  const zh = isChinese(i18n.language);
  const todo = pending(applications.data ?? []);

  return (
    <MobilePage title={t('applicant.home.title')} tab="home" testId="m-home">
      <section className="m-hero" aria-label={t('applicant.home.me')}>
        <div className="m-hero-name">{t('applicant.home.greeting', { name: me.data?.displayName ?? '' })}</div>
        <div className="m-hero-sub">
          {t('applicant.common.labelled', { label: t('applicant.basic.idNumber'), value: me.data?.maskedIdNumber ?? '—' })}
        </div>
        <div className="m-hero-figures">
          <div className="m-hero-figure">
            <span>{t('applicant.insurance.status')}</span>
            <b data-testid="home-insurance-status">{insurance.data ? t(`applicant.insuredStatus.${insurance.data.status}`) : '…'}</b>
          </div>
          <div className="m-hero-figure">
            <span>{t('applicant.insurance.monthlyAmount')}</span>
            <b>{insurance.data ? yuan(insurance.data.monthlyAmount, i18n.language) : '…'}</b>
          </div>
        </div>
      </section>

      {todo.length > 0 && (
        <Card className="m-card" size="small" title={t('applicant.home.todo')}>
          {todo.map((a) => (
            <button key={a.id} type="button" className="m-list-item" style={{ boxShadow: 'none', padding: '8px 0', marginBottom: 0 }} onClick={() => navigate(`/m/query/${a.id}`)}>
              <div className="m-row">
                <span>{t(`applicant.service.${a.type}.title`)}</span>
                <StatusTag status={a.status} />
              </div>
              <div className="m-muted">{t(`applicant.home.todoHint.${a.status}`)}</div>
            </button>
          ))}
        </Card>
      )}

      <div className="m-section-title">{t('applicant.home.services')}</div>
      <ServiceList />

      <div className="m-section-title">{t('applicant.home.notifications')}</div>
      <Card className="m-card" size="small">
        {notifications.isLoading ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : notifications.isError ? (
          <Alert type="warning" showIcon title={t('applicant.common.loadFailed')} />
        ) : (notifications.data ?? []).length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('applicant.notifications.empty')} />
        ) : (
          (notifications.data ?? []).slice(0, 3).map((n) => (
            <div key={n.id} style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
              <div>{zh ? n.textZh : n.textEn}</div>
              <div className="m-muted">{formatTime(n.createdAt)}</div>
            </div>
          ))
        )}
        {(notifications.data ?? []).length > 3 && (
          <Button type="link" block onClick={() => navigate('/m/mine')}>
            {t('applicant.home.allNotifications')}
          </Button>
        )}
      </Card>
      {insurance.data && insurance.data.status === 'Active' && insurance.data.agreementStatus !== 'Signed' && (
        <Alert
          type="warning"
          showIcon
          title={t('applicant.agreement.missing')}
          action={
            <Button size="small" onClick={() => navigate('/m/mine')}>
              {t('applicant.agreement.sign')}
            </Button>
          }
        />
      )}
    </MobilePage>
  );
}
