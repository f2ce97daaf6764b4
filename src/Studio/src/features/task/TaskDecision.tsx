import { lazy, Suspense, useRef, useState } from 'react';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button, { type ButtonProps } from 'antd/es/button';
import Skeleton from 'antd/es/skeleton';
import Space from 'antd/es/space';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { fieldTexts, problemDetail } from '../errors/problemText';
import { caseApi, type CaseView, type TaskForm } from './caseApi';
import { mapServerErrors, parseSchema } from './formErrors';
import type { FormJsHandle } from './FormJsForm';
import { ReviewForm } from './ReviewForm';
import { narrowToChoices } from './reviewChoices';
import { useSteadyClick } from './steadyClick';

const FormJsForm = lazy(() => import('./FormJsForm'));

interface Failure {
  kind: 'invalid' | 'conflict' | 'error';
  title: string;
  messages: string[];
}

interface Props {
  taskId: string;
  form: TaskForm | null | undefined;
  /** The decisions and supplement materials this case offers (from the case view); all of the form's when absent. */
  review?: CaseView['review'] | null;
  onCompleted: () => void;
  onBackToInbox: () => void;
}

/**
 * The reviewer's decision: the task's form-js form when the host links one, the built-in review form otherwise.
 * Every round starts empty — a second round after a supplement must not carry the first round's decision and
 * comment, or two clicks would reject with a stale comment. A rejection is confirmed with the comment the applicant
 * will read. A 400 puts each message beside its field (unknown keys in an alert); a 409 means another reviewer
 * completed the task first, and the only way on is back to the inbox.
 */
export function TaskDecision({ taskId, form, review, onCompleted, onBackToInbox }: Props) {
  const { t, i18n } = useTranslation();
  const { modal } = App.useApp();
  const handle = useRef<FormJsHandle>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const sending = useRef(false);
  const steadySubmit = useSteadyClick(() => {
    // A press released where the button was, then a click: one submit, not two.
    if (sending.current) return;
    sending.current = true;
    void submit().finally(() => (sending.current = false));
  });
  // Taken once per task: the task query refetches on window focus, and a new schema or data object would import the
  // form again under the reviewer's hands.
  const [{ schema, data }] = useState(() => {
    const parsed = form ? parseSchema(form.schema) : null;
    return { schema: parsed ? narrowToChoices(parsed, review) : null, data: {} };
  });

  /** Whether to go on: a rejection ends the case, so the reviewer sees the comment the applicant will read first. */
  async function confirmed(values: Record<string, unknown>): Promise<boolean> {
    if (values.decision !== 'reject') return true;
    const comment = typeof values.comment === 'string' ? values.comment.trim() : '';
    return modal.confirm({
      title: t('taskCase.reject.title'),
      content: (
        <div data-testid="reject-confirm">
          <p>{t('taskCase.reject.explain')}</p>
          <blockquote className="si-reject-comment">{comment || t('taskCase.reject.noComment')}</blockquote>
        </div>
      ),
      okText: t('taskCase.reject.ok'),
      cancelText: t('taskCase.reject.cancel'),
      okButtonProps: { danger: true, 'data-testid': 'reject-confirm-ok' } as ButtonProps,
      cancelButtonProps: { 'data-testid': 'reject-confirm-cancel' } as ButtonProps,
    });
  }
  const conflictAlert = (detail?: string) => (
    <Alert
      type="warning"
      showIcon
      data-testid="task-conflict"
      title={t('taskCase.form.conflict')}
      description={detail}
      action={
        <Button size="small" type="primary" disabled={false} onClick={onBackToInbox} data-testid="task-conflict-back">
          {t('taskCase.form.backToInbox')}
        </Button>
      }
    />
  );

  if (!schema) {
    return (
      <ReviewForm
        submit={async (body) => {
          if (!(await confirmed({ ...body }))) return false;
          await caseApi.complete(taskId, { ...body });
          return true;
        }}
        decisions={review?.decisions.map((d) => d.code)}
        materials={review?.supplementMaterials.map((m) => m.code)}
        onCompleted={onCompleted}
        renderConflict={(detail) => conflictAlert(detail)}
      />
    );
  }

  async function submit() {
    const current = handle.current;
    if (!current) return;
    setFailure(null);
    let result: ReturnType<FormJsHandle['submit']>;
    try {
      result = current.submit();
    } catch (e) {
      setFailure({ kind: 'error', title: t('taskCase.form.notReady'), messages: [e instanceof Error ? e.message : String(e)] });
      return;
    }
    const { data: values, errors } = result;
    if (Object.keys(errors).length > 0) {
      setFailure({ kind: 'invalid', title: t('taskCase.form.fixErrors'), messages: [] });
      return;
    }
    if (!(await confirmed(values))) return;

    setBusy(true);
    try {
      await caseApi.complete(taskId, values);
      onCompleted();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        setFailure({ kind: 'conflict', title: t('taskCase.form.conflict'), messages: [problemDetail(t, i18n.language, e, '')].filter(Boolean) });
      } else if (e instanceof ApiError && e.status === 400 && Object.keys(e.fieldErrors).length > 0) {
        const mapped = mapServerErrors(fieldTexts(t, i18n.language, e), current.fields());
        current.setErrors(mapped.byId);
        setFailure({ kind: 'invalid', title: e.title || t('taskCase.form.fixErrors'), messages: mapped.unmatched });
      } else if (e instanceof ApiError) {
        setFailure({ kind: 'error', title: e.title, messages: [problemDetail(t, i18n.language, e, '')].filter(Boolean) });
      } else {
        setFailure({ kind: 'error', title: t('error.network'), messages: [] });
      }
    } finally {
      setBusy(false);
    }
  }

  const conflict = failure?.kind === 'conflict';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} className="si-task-decision">
      <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
        <FormJsForm ref={handle} schema={schema} data={data} disabled={busy || conflict} />
      </Suspense>
      {failure &&
        (conflict ? (
          conflictAlert(failure.messages.join('；') || undefined)
        ) : (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="task-form-error"
            title={failure.title}
            description={
              failure.messages.length > 0 ? (
                <ul className="si-form-messages">
                  {failure.messages.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        ))}
      <Button type="primary" loading={busy} disabled={conflict} {...steadySubmit} data-testid="task-submit">
        {t('review.submit')}
      </Button>
    </Space>
  );
}
