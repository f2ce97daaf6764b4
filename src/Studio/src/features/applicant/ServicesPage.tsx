import { useNavigate } from 'react-router';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import { useTranslation } from 'react-i18next';
import { useApplications } from './api';
import { MobilePage } from './MobilePage';
import { formatTime } from './parts';
import { ServiceList } from './ServiceTile';

/** 我要办: the three services, and the drafts the applicant created but has not submitted yet. */
export default function ServicesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const applications = useApplications();
  const drafts = (applications.data ?? []).filter((a) => a.status === 'Draft');

  return (
    <MobilePage title={t('applicant.tabs.apply')} tab="apply" testId="m-apply">
      {drafts.length > 0 && (
        <Card className="m-card" size="small" title={t('applicant.apply.drafts')} data-testid="drafts">
          {drafts.map((d) => (
            <div key={d.id} className="m-row" style={{ padding: '6px 0' }}>
              <div>
                <div>{t(`applicant.service.${d.type}.title`)}</div>
                <div className="m-muted">
                  {d.caseNumber} · {formatTime(d.createdAt)}
                </div>
              </div>
              <Button type="primary" ghost size="middle" data-testid="resume-draft" onClick={() => navigate(`/m/apply/${d.type}?draft=${d.id}`)}>
                {t('applicant.apply.resume')}
              </Button>
            </div>
          ))}
        </Card>
      )}
      <ServiceList />
      <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('applicant.apply.notice')} description={t('applicant.apply.noticeText')} />
    </MobilePage>
  );
}
