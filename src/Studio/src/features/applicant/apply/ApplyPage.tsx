import { useEffect, useRef } from 'react';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Spin from 'antd/es/spin';
import Steps from 'antd/es/steps';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../shell/useMe';
import { useApplication, useInsurance } from '../api';
import { MaterialUploader } from '../MaterialUploader';
import { MobilePage } from '../MobilePage';
import { stepsFor } from '../steps';
import { applicationTypes, materialKinds, type ApplicationType, type InsuredStatus } from '../types';
import { currentMonth } from '../validation';
import { NotADraft, Submitted } from './ApplyOutcome';
import { BasicStep } from './BasicStep';
import { fromApplication, type ApplyValues } from './formBody';
import { ReviewStep } from './ReviewStep';
import { RightsStep } from './RightsStep';
import { StepNotice } from './StepNotice';
import { SuspensionStep } from './SuspensionStep';
import { useApplyFlow } from './useApplyFlow';

/** The insured status each service starts from (NewEnrollmentEligibility, ResumptionRules, SuspensionRules). */
const requiredStatus: Record<ApplicationType, InsuredStatus> = { NewEnrollment: 'NotInsured', Resumption: 'Suspended', Suspension: 'Active' };
/** Where someone in a status should go instead. */
const serviceFor: Partial<Record<InsuredStatus, ApplicationType>> = { NotInsured: 'NewEnrollment', Suspended: 'Resumption' };

/**
 * One service as the official step form: 基本信息 → 权益信息 → 上传材料 → 确认提交. A new enrollment is saved as a
 * draft when leaving the rights step (materials are uploaded to it); the others are created and submitted together
 * (the moves: useApplyFlow).
 */
export default function ApplyPage() {
  const { type: typeParam } = useParams();
  const type = applicationTypes.find((x) => x === typeParam);
  return type ? <ApplyForm key={type} type={type} /> : <Navigate to="/m/apply" replace />;
}

function ApplyForm({ type }: { type: ApplicationType }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const [search] = useSearchParams();
  const draftId = search.get('draft') ?? undefined;
  const draft = useApplication(draftId);
  const insurance = useInsurance();
  const [form] = Form.useForm<ApplyValues>();
  const steps = stepsFor(type);
  const flow = useApplyFlow({ type, steps, form, draftId, draft: draft.data });
  const { step, current, setCurrent, busy, notices } = flow;
  const resumed = useRef(false);
  const locked = !!draftId;
  // Checked before a draft exists, so nobody fills three steps only to hear at the end that the service is not theirs.
  // A former employee has no record here, but their employee record is suspended: they resume (seed text (2)).
  const status: InsuredStatus | undefined = insurance.data?.formerEmployee ? 'Suspended' : insurance.data?.status;
  const ineligible = !draftId && !!status && status !== requiredStatus[type];

  // A draft opened from 我要办 / 我要查 continues where it stopped: its details are fixed, the materials are next.
  useEffect(() => {
    if (!draft.data || resumed.current) return;
    resumed.current = true;
    form.setFieldsValue(fromApplication(draft.data));
    setCurrent(steps.indexOf(type === 'NewEnrollment' ? 'materials' : 'review'));
  }, [draft.data, form, steps, type, setCurrent]);

  useEffect(() => {
    if (me.data && !form.getFieldValue(['bank', 'accountName'])) form.setFieldValue(['bank', 'accountName'], me.data.displayName);
  }, [me.data, form]);

  if (draftId && draft.isLoading) return <Spin fullscreen />;
  if (draft.data && draft.data.type !== type) return <Navigate to={`/m/apply/${draft.data.type}?draft=${draft.data.id}`} replace />;

  const title = t(`applicant.service.${type}.title`);
  if (flow.submitted) return <Submitted title={title} submitted={flow.submitted} />;
  if (draft.data && draft.data.status !== 'Draft') return <NotADraft title={title} application={draft.data} />;

  const stepNotice = notices[step];

  return (
    <MobilePage
      title={title}
      backTo="/m/apply"
      actions={
        <>
          {current > 0 && (
            <Button data-testid="step-prev" disabled={busy} onClick={() => setCurrent(current - 1)}>
              {t('applicant.apply.previous')}
            </Button>
          )}
          <Button
            type="primary"
            className="m-actions-primary"
            loading={busy}
            disabled={ineligible}
            data-testid={step === 'review' ? 'submit-application' : 'step-next'}
            onClick={() => void flow.next()}
          >
            {flow.nextLabel}
          </Button>
        </>
      }
    >
      <div className="m-steps">
        <Steps
          size="small"
          responsive={false}
          current={current}
          titlePlacement="vertical"
          items={steps.map((s, i) => ({
            title: t(`applicant.steps.${s === 'rights' && type === 'Suspension' ? 'suspension' : s}`),
            status: notices[s] ? 'error' : undefined,
            disabled: i > current,
          }))}
          onChange={(i) => i < current && setCurrent(i)}
        />
      </div>
      {ineligible && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="ineligible"
          title={t('applicant.eligibility.refused', { status: t(`applicant.insuredStatus.${status}`), service: title })}
          description={t(`applicant.eligibility.needs.${type}`)}
          action={
            serviceFor[status!] && serviceFor[status!] !== type ? (
              <Button size="small" onClick={() => navigate(`/m/apply/${serviceFor[status!]}`)}>
                {t('applicant.eligibility.goTo')}
              </Button>
            ) : undefined
          }
        />
      )}
      {locked && step !== 'materials' && step !== 'review' && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('applicant.apply.lockedHint')} />}
      {stepNotice && <StepNotice messages={stepNotice} fixable={locked ? flow.fixable : null} onWithdraw={flow.withdrawAndEdit} />}
      <Form<ApplyValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        scrollToFirstError
        initialValues={{ insuranceTypes: ['110'], paymentFrequency: 'Monthly', effectiveMonth: currentMonth() }}
        aria-label={title}
      >
        <div hidden={step !== 'basic'}>
          <BasicStep type={type} locked={locked} />
        </div>
        <div hidden={step !== 'rights'}>{type === 'Suspension' ? <SuspensionStep locked={locked} /> : <RightsStep locked={locked} />}</div>
        {step === 'materials' && draftId && (
          <div>
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('applicant.materials.rules')} />
            {materialKinds.map((kind) => (
              <MaterialUploader
                key={kind}
                applicationId={draftId}
                kind={kind}
                uploaded={draft.data?.materials.find((m) => m.kind === kind)}
                serverErrors={flow.materialErrors[kind]}
                onUploaded={() => {
                  flow.clearMaterialError(kind);
                  void draft.refetch();
                }}
              />
            ))}
          </div>
        )}
        {step === 'review' && <ReviewStep type={type} draft={draft.data} />}
      </Form>
    </MobilePage>
  );
}
