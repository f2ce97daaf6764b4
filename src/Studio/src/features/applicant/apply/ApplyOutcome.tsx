import { useNavigate } from 'react-router';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Result from 'antd/es/result';
import { useTranslation } from 'react-i18next';
import { MobilePage } from '../MobilePage';
import { StatusTag } from '../parts';
import type { ApplicationView, SubmitResponse } from '../types';

/** After submitting: the case number and the way to its progress. */
export function Submitted({ title, submitted }: { title: string; submitted: SubmitResponse }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <MobilePage title={title} backTo="/m/apply">
      <Result
        status="success"
        title={t('applicant.apply.submitted')}
        subTitle={
          <span data-testid="apply-result">
            {t('applicant.apply.caseNumber')} <b data-testid="apply-result-case-number">{submitted.caseNumber}</b>
            <br />
            {t('applicant.apply.submittedHint')}
          </span>
        }
        extra={[
          <Button key="progress" type="primary" block data-testid="go-progress" onClick={() => navigate(`/m/query/${submitted.id}`, { replace: true })}>
            {t('applicant.apply.viewProgress')}
          </Button>,
          <Button key="home" block style={{ marginTop: 12 }} onClick={() => navigate('/m', { replace: true })}>
            {t('applicant.apply.backHome')}
          </Button>,
        ]}
      />
    </MobilePage>
  );
}

/** A draft link to a case that was submitted meanwhile (another tab, another device). */
export function NotADraft({ title, application }: { title: string; application: ApplicationView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <MobilePage title={title} backTo="/m/apply">
      <Alert
        type="info"
        showIcon
        title={t('applicant.apply.notADraft')}
        description={<StatusTag status={application.status} />}
        action={<Button onClick={() => navigate(`/m/query/${application.id}`)}>{t('applicant.apply.viewProgress')}</Button>}
      />
    </MobilePage>
  );
}
