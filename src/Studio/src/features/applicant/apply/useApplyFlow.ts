import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import type { FormInstance } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/ApiError';
import { fieldTexts } from '../../errors/problemText';
import { applicantApi } from '../api';
import { AttemptKeys } from '../idempotency';
import { errorText } from '../parts';
import { mapServerErrors } from '../serverErrors';
import type { StepKey } from '../steps';
import { materialKinds, type ApplicationType, type ApplicationView, type MaterialKind, type SubmitResponse } from '../types';
import { fieldsOf, toCreateBody, type ApplyValues } from './formBody';

export type Notices = Partial<Record<StepKey, string[]>>;

interface Options {
  type: ApplicationType;
  steps: StepKey[];
  form: FormInstance<ApplyValues>;
  draftId: string | undefined;
  draft: ApplicationView | undefined;
}

/**
 * The step form's moves: next (validate the step, save the draft, submit), back, and withdrawing a draft to edit it.
 * Create and submit carry an Idempotency-Key per attempt, so a double tap or a retry after a lost answer makes one
 * application. A 400 is spread over the steps and fields it concerns, and the form goes back to the first of them.
 */
export function useApplyFlow({ type, steps, form, draftId, draft }: Options) {
  const { t, i18n } = useTranslation();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const [, setSearch] = useSearchParams();
  const [current, setCurrent] = useState(0);
  const [busy, setBusy] = useState(false);
  const [notices, setNotices] = useState<Notices>({});
  /** 'edit': the server named fields (withdraw the draft to change them); 'withdraw': only standing problems; null: retry. */
  const [fixable, setFixable] = useState<'edit' | 'withdraw' | null>(null);
  const [materialErrors, setMaterialErrors] = useState<Partial<Record<MaterialKind, string[]>>>({});
  const [submitted, setSubmitted] = useState<SubmitResponse | null>(null);
  const createKeys = useRef(new AttemptKeys());
  const submitKeys = useRef(new AttemptKeys());
  const inFlight = useRef(false);
  const step = steps[current];

  function showProblem(e: unknown) {
    if (e instanceof ApiError && e.status === 400 && Object.keys(e.fieldErrors).length > 0) {
      const mapped = mapServerErrors(type, fieldTexts(t, i18n.language, e));
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

  async function advance() {
    setNotices({});
    try {
      await form.validateFields(fieldsOf(type, step));
    } catch {
      return;
    }

    if (step === 'materials') {
      const missing = materialKinds.filter((k) => !draft?.materials.some((m) => m.kind === k));
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

  return {
    step,
    current,
    setCurrent,
    busy,
    notices,
    fixable,
    materialErrors,
    clearMaterialError: (kind: MaterialKind) => setMaterialErrors((errors) => ({ ...errors, [kind]: undefined })),
    submitted,
    next,
    withdrawAndEdit,
    nextLabel,
  };
}
