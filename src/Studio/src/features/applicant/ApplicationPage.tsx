import { useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Descriptions from 'antd/es/descriptions';
import Empty from 'antd/es/empty';
import Skeleton from 'antd/es/skeleton';
import Tag from 'antd/es/tag';
import Timeline from 'antd/es/timeline';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { AgreementSheet } from './AgreementSheet';
import { applicantApi, nameOf, useApplication, useBanks, useFrequencies, useRegions, useSuspensionReasons } from './api';
import { AttemptKeys } from './idempotency';
import { MaterialUploader } from './MaterialUploader';
import { MobilePage } from './MobilePage';
import { errorText, formatTime, LoadError, StatusTag, yuan } from './parts';
import { formatMonth } from '../task/caseFormat';
import { withdrawable } from './status';
import { AccountChangeForm } from './AccountChangeForm';
import type { ApplicationView, NextAction, StepStatus } from './types';
import { isChinese } from '../../i18n/language';

const stepColor: Record<StepStatus, string> = { active: 'blue', completed: 'green', cancelled: 'gray' };

/** 进度查看: one application's status, what to do next, the progress timeline and what was declared. */
export default function ApplicationPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const application = useApplication(id, { poll: true });

  return (
    <MobilePage title={t('applicant.detail.title')} backTo="/m/query" testId="application-detail">
      {application.isLoading ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : application.isError || !application.data ? (
        <LoadError error={application.error} retry={() => void application.refetch()} />
      ) : (
        <Detail application={application.data} refetch={() => void application.refetch()} />
      )}
    </MobilePage>
  );
}

function Detail({ application: a, refetch }: { application: ApplicationView; refetch: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const zh = isChinese(lang);
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const regions = useRegions();
  const banks = useBanks();
  const frequencies = useFrequencies();
  const reasons = useSuspensionReasons();
  const timeline = a.timeline ?? [];
  const d = a.details;

  function withdraw() {
    modal.confirm({
      title: t('applicant.detail.withdrawTitle'),
      content: t('applicant.detail.withdrawText'),
      okText: t('applicant.detail.withdrawConfirm'),
      okButtonProps: { danger: true, 'data-testid': 'withdraw-confirm' } as never,
      cancelText: t('applicant.common.cancel'),
      onOk: async () => {
        try {
          await applicantApi.withdraw(a.id);
          void message.success(t('applicant.detail.withdrawn'));
          void queryClient.invalidateQueries({ queryKey: ['applications'] });
        } catch (e) {
          void message.error(errorText(e, lang, t('error.generic')));
        }
      },
    });
  }

  return (
    <>
      <Card className="m-card" size="small">
        <div className="m-row">
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t(`applicant.service.${a.type}.title`)}
          </Typography.Title>
          <StatusTag status={a.status} />
        </div>
        <div className="m-muted" style={{ marginTop: 6 }}>
          {t('applicant.apply.caseNumber')} <span data-testid="detail-case-number">{a.caseNumber}</span>
          <br />
          {t('applicant.query.createdAt')} {formatTime(a.createdAt)}
          {a.submittedAt && (
            <>
              <br />
              {t('applicant.query.submittedAt')} {formatTime(a.submittedAt)}
            </>
          )}
        </div>
        <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>{t(`applicant.statusHint.${a.status}`)}</Typography.Paragraph>
      </Card>

      {a.nextAction && <NextActionCard application={a} action={a.nextAction} refetch={refetch} />}

      {a.rejectionReasons.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('applicant.detail.rejectionReasons')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {a.rejectionReasons.map((r) => (
                <li key={r.code}>{zh ? r.zh : r.en}</li>
              ))}
            </ul>
          }
        />
      )}

      <Card className="m-card" size="small" title={t('applicant.detail.progress')} data-testid="timeline">
        {timeline.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('applicant.detail.noProgress')} />
        ) : (
          <Timeline
            items={timeline.map((s, i) => ({
              key: `${s.elementId}-${i}`,
              color: stepColor[s.status],
              content: (
                <div data-testid="timeline-step" data-element={s.elementId} data-status={s.status}>
                  <div className="m-row">
                    <b>{zh ? s.nameZh : s.nameEn}</b>
                    <Tag color={stepColor[s.status]} style={{ marginInlineEnd: 0 }}>
                      {t(`applicant.stepStatus.${s.status}`)}
                    </Tag>
                  </div>
                  <div className="m-muted">
                    {formatTime(s.at)} · {t(`applicant.actor.${s.actorRole}`)}
                  </div>
                  {s.comment && <div className="m-readonly" style={{ marginTop: 4, padding: '6px 10px' }}>{t('applicant.common.labelled', { label: t('applicant.detail.comment'), value: s.comment })}</div>}
                </div>
              ),
            }))}
          />
        )}
      </Card>

      <Card className="m-card" size="small" title={t('applicant.detail.declared')}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('applicant.basic.name')}>{a.applicantName}</Descriptions.Item>
          <Descriptions.Item label={t('applicant.basic.idNumber')}>{a.maskedIdNumber}</Descriptions.Item>
          {d.regionCode && <Descriptions.Item label={t('applicant.basic.region')}>{nameOf(regions.data?.find((r) => r.code === d.regionCode), lang, d.regionCode)}</Descriptions.Item>}
          {d.phone && <Descriptions.Item label={t('applicant.basic.phone')}>{d.phone}</Descriptions.Item>}
          {d.address && <Descriptions.Item label={t('applicant.basic.address')}>{d.address}</Descriptions.Item>}
          {d.bank && (
            <Descriptions.Item label={t('applicant.rights.bank')}>
              {nameOf(banks.data?.find((b) => b.code === d.bank!.bankCode), lang, d.bank.bankCode)} {d.bank.accountNumber} ({d.bank.accountName})
            </Descriptions.Item>
          )}
          {d.contributionBase != null && <Descriptions.Item label={t('applicant.rights.baseAmount')}>{yuan(d.contributionBase, lang)}</Descriptions.Item>}
          {d.monthlyAmount != null && <Descriptions.Item label={t('applicant.insurance.monthlyAmount')}>{yuan(d.monthlyAmount, lang)}</Descriptions.Item>}
          {d.paymentFrequency && (
            <Descriptions.Item label={t('applicant.rights.frequency')}>{nameOf(frequencies.data?.find((f) => f.code === d.paymentFrequency), lang, d.paymentFrequency)}</Descriptions.Item>
          )}
          {d.reason && <Descriptions.Item label={t('applicant.suspension.reason')}>{nameOf(reasons.data?.find((r) => r.code === d.reason), lang, d.reason)}</Descriptions.Item>}
          {d.effectiveMonth && <Descriptions.Item label={t('applicant.suspension.month')}>{formatMonth(d.effectiveMonth, lang)}</Descriptions.Item>}
          {a.materials.length > 0 && (
            <Descriptions.Item label={t('applicant.steps.materials')}>
              <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
                {a.materials.map((m) => (
                  <Tag key={m.materialId}>{t(`material.${m.kind}`)}</Tag>
                ))}
              </span>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>

      {a.status === 'Draft' && (
        <Button block type="primary" ghost style={{ marginBottom: 12 }} onClick={() => navigate(`/m/apply/${a.type}?draft=${a.id}`)} data-testid="continue-draft">
          {t('applicant.apply.resume')}
        </Button>
      )}
      {withdrawable(a.status) && (
        <Button block danger onClick={withdraw} data-testid="withdraw-application">
          {t('applicant.detail.withdraw')}
        </Button>
      )}
    </>
  );
}

/**
 * The step the server says is the applicant's now: upload the requested materials and resubmit, submit a finished
 * draft, sign the agreement, or declare the card the agreement was signed on.
 */
function NextActionCard({ application: a, action, refetch }: { application: ApplicationView; action: NextAction; refetch: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [agreementOpen, setAgreementOpen] = useState(false);
  const keys = useRef(new AttemptKeys());
  const zh = isChinese(i18n.language);
  const requested = action.materials ?? [];

  async function submit() {
    setBusy(true);
    setProblem(null);
    try {
      await applicantApi.submit(a.id, keys.current.keyFor({ id: a.id, materials: a.materials.map((m) => m.materialId) }));
      void message.success(t('applicant.apply.submitted'));
      await queryClient.invalidateQueries({ queryKey: ['applications'] });
    } catch (e) {
      setProblem(errorText(e, i18n.language, t('error.generic')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card className="m-card" size="small" title={t('applicant.detail.nextAction')} data-testid="next-action" data-kind={action.kind}>
      <Typography.Paragraph>{zh ? action.zh : action.en}</Typography.Paragraph>
      {action.kind === 'UploadMaterials' && a.status === 'SupplementRequested' && (
        <>
          {requested.map((kind) => (
            <MaterialUploader
              key={kind}
              applicationId={a.id}
              kind={kind}
              requested
              uploaded={a.materials.find((m) => m.kind === kind)}
              onUploaded={refetch}
            />
          ))}
          {requested.length === 0 && (
            <Button type="primary" block loading={busy} onClick={() => void submit()} data-testid="resubmit">
              {t('applicant.detail.resubmit')}
            </Button>
          )}
        </>
      )}
      {action.kind === 'UploadMaterials' && a.status === 'Draft' && (
        <Button type="primary" block onClick={() => navigate(`/m/apply/${a.type}?draft=${a.id}`)}>
          {t('applicant.apply.resume')}
        </Button>
      )}
      {action.kind === 'Submit' && (
        <Button type="primary" block loading={busy} onClick={() => void submit()} data-testid={a.status === 'Draft' ? 'submit-draft' : 'resubmit'}>
          {a.status === 'Draft' ? t('applicant.apply.submit') : t('applicant.detail.resubmit')}
        </Button>
      )}
      {action.kind === 'SignAgreement' && (
        <>
          <Button type="primary" block onClick={() => setAgreementOpen(true)} data-testid="sign-agreement">
            {t('applicant.agreement.sign')}
          </Button>
          <AgreementSheet open={agreementOpen} onClose={() => setAgreementOpen(false)} bankCode={a.details.bank?.bankCode ?? undefined} maskedAccount={a.details.bank?.accountNumber ?? undefined} />
        </>
      )}
      {action.kind === 'AgreementAccountMismatch' && (
        <AccountChangeForm
          application={a}
          onChanged={() => {
            void queryClient.invalidateQueries({ queryKey: ['applications'] });
            refetch();
          }}
        />
      )}
      {problem && <Alert type="error" showIcon style={{ marginTop: 12 }} title={problem} />}
    </Card>
  );
}
