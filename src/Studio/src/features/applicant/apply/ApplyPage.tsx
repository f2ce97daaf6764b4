import { useEffect, useRef, useState } from 'react';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Result from 'antd/es/result';
import Spin from 'antd/es/spin';
import Steps from 'antd/es/steps';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/ApiError';
import { useMe } from '../../../shell/useMe';
import { applicantApi, useApplication, useInsurance } from '../api';
import { AttemptKeys } from '../idempotency';
import { MaterialUploader } from '../MaterialUploader';
import { MobilePage } from '../MobilePage';
import { errorText, StatusTag } from '../parts';
import { mapServerErrors } from '../serverErrors';
import { stepsFor, type StepKey } from '../steps';
import { applicationTypes, materialKinds, type ApplicationType, type InsuredStatus, type MaterialKind, type SubmitResponse } from '../types';
import { currentMonth } from '../validation';
import { BasicStep } from './BasicStep';
import { fieldsOf, fromApplication, toCreateBody, type ApplyValues } from './formBody';
import { ReviewStep } from './ReviewStep';
import { RightsStep } from './RightsStep';
import { SuspensionStep } from './SuspensionStep';
import { fieldTexts } from '../../errors/problemText';

type Notices = Partial<Record<StepKey, string[]>>;

/** The insured status each service starts from (NewEnrollmentEligibility, ResumptionRules, SuspensionRules). */
const requiredStatus: Record<ApplicationType, InsuredStatus> = { NewEnrollment: 'NotInsured', Resumption: 'Suspended', Suspension: 'Active' };
/** Where someone in a status should go instead. */
const serviceFor: Partial<Record<InsuredStatus, ApplicationType>> = { NotInsured: 'NewEnrollment', Suspended: 'Resumption' };

/**
 * One service as the official step form: 基本信息 → 权益信息 → 上传材料 → 确认提交. A new enrollment is saved as a
 * draft when leaving the rights step (materials are uploaded to it); the others are created and submitted together.
 * Create and submit carry an Idempotency-Key per attempt, so a double tap or a retry after a lost answer makes one
 * application. A 400 is spread over the steps and fields it concerns, and the form goes back to the first of them.
 */
export default function ApplyPage() {
  const { type: typeParam } = useParams();
  const type = applicationTypes.find((x) => x === typeParam);
  return type ? <ApplyForm key={type} type={type} /> : <Navigate to="/m/apply" replace />;
}

function ApplyForm({ type }: { type: ApplicationType }) {
  const { t, i18n } = useTranslation();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const [search, setSearch] = useSearchParams();
  const draftId = search.get('draft') ?? undefined;
  const draft = useApplication(draftId);
  const insurance = useInsurance();
  const [form] = Form.useForm<ApplyValues>();
  const steps = stepsFor(type);
  const [current, setCurrent] = useState(0);
  const [busy, setBusy] = useState(false);
  const [notices, setNotices] = useState<Notices>({});
  /** 'edit': the server named fields (withdraw the draft to change them); 'withdraw': only standing problems; null: retry. */
  const [fixable, setFixable] = useState<'edit' | 'withdraw' | null>(null);
  const [materialErrors, setMaterialErrors] = useState<Partial<Record<MaterialKind, string[]>>>({});
  const [submitted, setSubmitted] = useState<SubmitResponse | null>(null);
  const createKeys = useRef(new AttemptKeys());
  const submitKeys = useRef(new AttemptKeys());
  const resumed = useRef(false);
  const inFlight = useRef(false);
  const step = steps[current];
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
  }, [draft.data, form, steps, type]);

  useEffect(() => {
    if (me.data && !form.getFieldValue(['bank', 'accountName'])) form.setFieldValue(['bank', 'accountName'], me.data.displayName);
  }, [me.data, form]);

  if (draftId && draft.isLoading) return <Spin fullscreen />;
  if (draft.data && draft.data.type !== type) return <Navigate to={`/m/apply/${draft.data.type}?draft=${draft.data.id}`} replace />;

  const title = t(`applicant.service.${type}.title`);

  if (submitted) {
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

  if (draft.data && draft.data.status !== 'Draft') {
    return (
      <MobilePage title={title} backTo="/m/apply">
        <Alert
          type="info"
          showIcon
          title={t('applicant.apply.notADraft')}
          description={<StatusTag status={draft.data.status} />}
          action={<Button onClick={() => navigate(`/m/query/${draft.data!.id}`)}>{t('applicant.apply.viewProgress')}</Button>}
        />
      </MobilePage>
    );
  }

  function showProblem(e: unknown) {
    if (e instanceof ApiError && e.status === 400 && Object.keys(e.fieldErrors).length > 0) {
      const localized = fieldTexts(t, i18n.language, e);
      const mapped = mapServerErrors(type, localized);
      form.setFields(mapped.fields.map((f) => ({ name: f.field as never, errors: f.messages })));
      setMaterialErrors(Object.fromEntries(mapped.materials.map((m) => [m.kind, m.messages])));
      setNotices(Object.fromEntries(mapped.notices.map((n) => [n.step, n.messages])));
      if (mapped.firstStep) setCurrent(steps.indexOf(mapped.firstStep));
      setFixable(mapped.fields.length + mapped.materials.length > 0 ? 'edit' : 'withdraw');
    } else {
      // Not the form's fault (a 503 while the process starts, a lost connection): the same tap again is the fix.
      setNotices({ [step]: [errorText(e, i18n.language, t('error.generic'))] });
      setFixable(null);
    }
  }

  async function create(): Promise<string> {
    const body = toCreateBody(type, form.getFieldsValue(true) as ApplyValues);
    const created = await applicantApi.create(body, createKeys.current.keyFor(body));
    // Reload-safe: the address now names the draft, so the page resumes it.
    setSearch({ draft: created.id }, { replace: true });
    queryClient.setQueryData(['applications', created.id], created);
    void queryClient.invalidateQueries({ queryKey: ['applications'], exact: true });
    return created.id;
  }

  async function next() {
    // A second tap while the first is still validating or sending is dropped here; one that slips through (another
    // tab, a retry) carries the same Idempotency-Key and is answered with the first one's result.
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await advance();
    } finally {
      inFlight.current = false;
    }
  }

  async function advance() {
    setNotices({});
    try {
      await form.validateFields(fieldsOf(type, step));
    } catch {
      return;
    }

    if (step === 'materials') {
      const missing = materialKinds.filter((k) => !draft.data?.materials.some((m) => m.kind === k));
      if (missing.length > 0) {
        setMaterialErrors(Object.fromEntries(missing.map((k) => [k, [t('applicant.validation.materialRequired', { name: t(`material.${k}`) })]])));
        return;
      }
    }

    setBusy(true);
    try {
      if (step === 'rights' && type === 'NewEnrollment' && !draftId) {
        await create();
        void message.success(t('applicant.apply.draftSaved'));
      }
      if (step === 'review') {
        const id = draftId ?? (await create());
        const response = await applicantApi.submit(id, submitKeys.current.keyFor(id));
        await queryClient.invalidateQueries({ queryKey: ['applications'] });
        setSubmitted(response);
        return;
      }
      setCurrent(current + 1);
      window.scrollTo({ top: 0 });
    } catch (e) {
      showProblem(e);
    } finally {
      setBusy(false);
    }
  }

  function withdrawAndEdit() {
    modal.confirm({
      title: t('applicant.apply.withdrawAndEdit'),
      content: t('applicant.apply.withdrawAndEditText'),
      okText: t('applicant.detail.withdrawConfirm'),
      okButtonProps: { danger: true },
      cancelText: t('applicant.common.cancel'),
      onOk: async () => {
        try {
          await applicantApi.withdraw(draftId!);
          createKeys.current.reset();
          submitKeys.current.reset();
          setSearch({}, { replace: true });
          void queryClient.invalidateQueries({ queryKey: ['applications'] });
          setNotices({});
          setCurrent(0);
        } catch (e) {
          void message.error(errorText(e, i18n.language, t('error.generic')));
        }
      },
    });
  }

  const nextLabel =
    step === 'review'
      ? t('applicant.apply.submit')
      : step === 'rights' && type === 'NewEnrollment' && !draftId
        ? t('applicant.apply.saveDraft')
        : t('applicant.apply.next');

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
            loading={busy}
            disabled={ineligible}
            data-testid={step === 'review' ? 'submit-application' : 'step-next'}
            onClick={() => void next()}
          >
            {nextLabel}
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
      {stepNotice && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="step-notice"
          title={t('applicant.apply.problems')}
          description={
            <>
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {stepNotice.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
              {locked && fixable && (
                <Button size="middle" danger style={{ marginTop: 8 }} onClick={withdrawAndEdit} data-testid="withdraw-draft">
                  {fixable === 'edit' ? t('applicant.apply.withdrawAndEdit') : t('applicant.apply.withdrawDraft')}
                </Button>
              )}
            </>
          }
        />
      )}
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
                serverErrors={materialErrors[kind]}
                onUploaded={() => {
                  setMaterialErrors((errors) => ({ ...errors, [kind]: undefined }));
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
