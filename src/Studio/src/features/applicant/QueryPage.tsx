import { useNavigate } from 'react-router';
import Button from 'antd/es/button';
import Empty from 'antd/es/empty';
import Skeleton from 'antd/es/skeleton';
import RightOutlined from '@ant-design/icons/es/icons/RightOutlined';
import { useTranslation } from 'react-i18next';
import { useApplications } from './api';
import { MobilePage } from './MobilePage';
import { formatTime, LoadError, StatusTag } from './parts';

/** 我要查: the applicant's applications, newest first; each opens its progress (进度查看). */
export default function QueryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const applications = useApplications();

  return (
    <MobilePage title={t('applicant.tabs.query')} tab="query" testId="m-query">
      {applications.isLoading ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : applications.isError ? (
        <LoadError error={applications.error} retry={() => void applications.refetch()} />
      ) : (applications.data ?? []).length === 0 ? (
        <Empty description={t('applicant.query.empty')}>
          <Button type="primary" onClick={() => navigate('/m/apply')}>
            {t('applicant.query.goApply')}
          </Button>
        </Empty>
      ) : (
        <>
          <div className="m-row" style={{ margin: '0 4px 8px' }}>
            <span className="m-muted">{t('applicant.query.count', { count: applications.data!.length })}</span>
            <Button type="link" size="small" loading={applications.isFetching} onClick={() => void applications.refetch()}>
              {t('applicant.common.refresh')}
            </Button>
          </div>
          {applications.data!.map((a) => (
            <button
              key={a.id}
              type="button"
              className="m-list-item"
              data-testid="application-card"
              data-case-number={a.caseNumber}
              onClick={() => navigate(`/m/query/${a.id}`)}
            >
              <div className="m-row">
                <b>{t(`applicant.service.${a.type}.title`)}</b>
                <StatusTag status={a.status} />
              </div>
              <div className="m-row" style={{ marginTop: 6 }}>
                <span className="m-muted">
                  {t('applicant.apply.caseNumber')} {a.caseNumber}
                  <br />
                  {a.submittedAt ? `${t('applicant.query.submittedAt')} ${formatTime(a.submittedAt)}` : `${t('applicant.query.createdAt')} ${formatTime(a.createdAt)}`}
                </span>
                <span className="m-muted">
                  {t('applicant.query.progress')} <RightOutlined />
                </span>
              </div>
            </button>
          ))}
        </>
      )}
    </MobilePage>
  );
}
