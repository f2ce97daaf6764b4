import { useState } from 'react';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Descriptions from 'antd/es/descriptions';
import Empty from 'antd/es/empty';
import Segmented from 'antd/es/segmented';
import Skeleton from 'antd/es/skeleton';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { client } from '../../api/api';
import { setLanguage, type Language } from '../../i18n';
import { useMe } from '../../shell/useMe';
import { AgreementSheet } from './AgreementSheet';
import { nameOf, useApplications, useFrequencies, useInsurance, useInsuranceTypes, useNotifications, useRegions } from './api';
import { MobilePage } from './MobilePage';
import { formatDate, formatTime, LoadError, yuan } from './parts';
import type { InsuranceView, PeriodStatus } from './types';
import { isChinese, pick } from '../../i18n/language';
import { formatMonth } from '../task/caseFormat';

const periodColor: Record<PeriodStatus, string> = { Due: 'processing', Paid: 'success', Failed: 'error', InArrears: 'warning' };
const insuredColor = { NotInsured: 'default', Active: 'success', Suspended: 'warning', Terminated: 'error' } as const;
const agreementColor = { NotSigned: 'default', Signed: 'success', Revoked: 'warning' } as const;

/** "12 years 3 months" from a count of months. */
function useDuration() {
  const { t } = useTranslation();
  return (months: number) => t('applicant.insurance.duration', { years: Math.floor(months / 12), months: months % 12 });
}

/** Months paid, and whether paying every month until retirement reaches the minimum — in words, not figures alone. */
function Summary({ insurance: i }: { insurance: InsuranceView }) {
  const { t, i18n } = useTranslation();
  const duration = useDuration();
  if (i.status === 'NotInsured' || i.requiredMonths == null) return null;
  return (
    <Alert
      type={i.shortfallAtRetirementMonths ? 'warning' : 'success'}
      showIcon
      style={{ marginTop: 12 }}
      data-testid="insurance-summary"
      title={t('applicant.insurance.cumulative', { months: i.cumulativeMonths, duration: duration(i.cumulativeMonths) })}
      description={
        <>
          {i.shortfallMonths ? t('applicant.insurance.shortfallNow', { months: i.shortfallMonths, required: i.requiredMonths, requiredYears: i.requiredMonths / 12 }) : t('applicant.insurance.enoughNow', { required: i.requiredMonths })}
          <br />
          {i.shortfallAtRetirementMonths
            ? t('applicant.insurance.shortfallAtRetirement', { retirement: formatMonth(i.retirementMonth, i18n.language), months: i.shortfallAtRetirementMonths })
            : t('applicant.insurance.enoughAtRetirement', { retirement: formatMonth(i.retirementMonth, i18n.language) })}
          {i.contributionsEnd && (
            <>
              <br />
              <span data-testid="contributions-end">{isChinese(i18n.language) ? i.contributionsEnd.zh : i.contributionsEnd.en}</span>
            </>
          )}
        </>
      }
    />
  );
}

/** 我的: who I am, 我的参保 (status, base, agreement, periods, months), my messages, language and sign-out. */
export default function MinePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { modal } = App.useApp();
  const me = useMe();
  const insurance = useInsurance();
  const notifications = useNotifications();
  const regions = useRegions();
  const frequencies = useFrequencies();
  const types = useInsuranceTypes();
  const applications = useApplications();
  const [agreementOpen, setAgreementOpen] = useState(false);
  const i = insurance.data;
  // The agreement is for someone insured, or about to be (an approved enrollment or resumption waits for it).
  const mayHaveAgreement =
    !!i && (i.status !== 'NotInsured' || i.agreementStatus === 'Signed' || (applications.data ?? []).some((a) => a.status === 'Approved'));

  function signOut() {
    modal.confirm({
      title: t('applicant.mine.signOutTitle'),
      okText: t('user.signOut'),
      cancelText: t('applicant.common.cancel'),
      onOk: () => client.logout(),
    });
  }

  return (
    <MobilePage title={t('applicant.tabs.mine')} tab="mine" testId="m-mine">
      <section className="m-hero">
        <div className="m-hero-name">{me.data?.displayName ?? '…'}</div>
        <div className="m-hero-sub">
          {t('applicant.common.labelled', { label: t('applicant.basic.idNumber'), value: me.data?.maskedIdNumber ?? '—' })}
        </div>
        <div className="m-hero-sub">
          {t('applicant.common.labelled', { label: t('applicant.mine.account'), value: me.data?.userName ?? '' })}
        </div>
      </section>

      <Card className="m-card" size="small" title={t('applicant.insurance.title')} data-testid="my-insurance">
        {insurance.isLoading ? (
          <Skeleton active paragraph={{ rows: 4 }} />
        ) : insurance.isError || !i ? (
          <LoadError error={insurance.error} retry={() => void insurance.refetch()} />
        ) : (
          <>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('applicant.insurance.status')}>
                <Tag color={insuredColor[i.status]} data-testid="insured-status">
                  {t(`applicant.insuredStatus.${i.status}`)}
                </Tag>
              </Descriptions.Item>
              {i.regionCode && <Descriptions.Item label={t('applicant.basic.region')}>{nameOf(regions.data?.find((r) => r.code === i.regionCode), lang, i.regionCode)}</Descriptions.Item>}
              {i.insuranceTypes.length > 0 && (
                <Descriptions.Item label={t('applicant.rights.insuranceTypes')}>
                  {i.insuranceTypes.map((c) => nameOf(types.data?.find((x) => x.code === c), lang, c)).join('、')}
                </Descriptions.Item>
              )}
              {i.enrolledFrom && <Descriptions.Item label={t('applicant.insurance.enrolledFrom')}>{formatMonth(i.enrolledFrom, lang)}</Descriptions.Item>}
              {i.contributionBase != null && <Descriptions.Item label={t('applicant.rights.baseAmount')}>{yuan(i.contributionBase, lang)}</Descriptions.Item>}
              {i.monthlyAmount != null && (
                <Descriptions.Item label={t('applicant.insurance.monthlyAmount')}>
                  <b>{yuan(i.monthlyAmount, lang)}</b>
                </Descriptions.Item>
              )}
              {i.paymentFrequency && (
                <Descriptions.Item label={t('applicant.rights.frequency')}>{nameOf(frequencies.data?.find((f) => f.code === i.paymentFrequency), lang, i.paymentFrequency)}</Descriptions.Item>
              )}
              <Descriptions.Item label={t('applicant.agreement.state')}>
                <Tag color={agreementColor[i.agreementStatus]} data-testid="agreement-status">
                  {t(`applicant.agreementState.${i.agreementStatus}`)}
                </Tag>
              </Descriptions.Item>
            </Descriptions>
            {i.status === 'NotInsured' && <Typography.Paragraph type="secondary">{t('applicant.insurance.notInsuredHint')}</Typography.Paragraph>}
            <Summary insurance={i} />
            {mayHaveAgreement && (
              <Button block type={i.agreementStatus === 'Signed' ? 'default' : 'primary'} style={{ marginTop: 12 }} onClick={() => setAgreementOpen(true)} data-testid="open-agreement">
                {i.agreementStatus === 'Signed' ? t('applicant.agreement.manage') : t('applicant.agreement.sign')}
              </Button>
            )}
          </>
        )}
      </Card>

      {i && i.periods.length > 0 && (
        <Card className="m-card" size="small" title={t('applicant.insurance.periods')} data-testid="periods">
          {i.periods.map((p) => (
            <div key={p.period} className="m-row" style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
              <div>
                <div>{p.period}</div>
                <div className="m-muted">
                  {t('applicant.insurance.periodMonths', { count: p.months })}
                  {p.paidOn ? ` · ${t('applicant.insurance.paidOn', { date: formatDate(p.paidOn) })}` : ''}
                  {p.deductOn && p.status !== 'Paid' ? ` · ${t('applicant.insurance.deductOn', { date: formatDate(p.deductOn) })}` : ''}
                </div>
                {(p.refundedMonths ?? 0) > 0 && (
                  <div className="m-muted" data-testid={`refund-${p.period}`}>
                    {t('applicant.insurance.refund', { count: p.refundedMonths ?? 0, amount: yuan(p.refund ?? 0, lang) })}
                  </div>
                )}
              </div>
              <div style={{ textAlign: 'right' }}>
                <div>{yuan(p.amount, lang)}</div>
                <Tag color={periodColor[p.status]} style={{ marginInlineEnd: 0 }}>
                  {t(`applicant.periodStatus.${p.status}`)}
                </Tag>
              </div>
            </div>
          ))}
        </Card>
      )}

      <Card className="m-card" size="small" title={t('applicant.home.notifications')} data-testid="notifications">
        {notifications.isLoading ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : notifications.isError ? (
          <LoadError error={notifications.error} retry={() => void notifications.refetch()} />
        ) : (notifications.data ?? []).length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('applicant.notifications.empty')} />
        ) : (
          (notifications.data ?? []).map((n) => (
            <div key={n.id} style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
              <div>{pick(lang, n.textZh, n.textEn)}</div>
              <div className="m-muted">{formatTime(n.createdAt)}</div>
            </div>
          ))
        )}
      </Card>

      <Card className="m-card" size="small" title={t('applicant.mine.settings')}>
        <div className="m-row" style={{ marginBottom: 12 }}>
          <span>{t('user.language')}</span>
          <Segmented
            value={isChinese(lang) ? 'zh-CN' : 'en'}
            onChange={(v) => setLanguage(v as Language)}
            options={[
              { label: '中文', value: 'zh-CN' },
              { label: 'EN', value: 'en' },
            ]}
          />
        </div>
        <Button block danger onClick={signOut} data-testid="sign-out">
          {t('user.signOut')}
        </Button>
      </Card>
      <AgreementSheet open={agreementOpen} onClose={() => setAgreementOpen(false)} />
    </MobilePage>
  );
}
