import { useState, type ReactNode } from 'react';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Radio from 'antd/es/radio';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { fieldTexts, problemDetail } from '../errors/problemText';
import type { CompleteTaskBody, Decision } from '../../api/types';
import { materialKinds } from './materials';

export interface ReviewValues {
  decision?: Decision;
  comment?: string;
  missingMaterials?: string[];
}

export const commentMaxLength = 2000;

/** What is sent: the comment only when written, the materials only when asking for a supplement. */
export function toBody(values: ReviewValues): CompleteTaskBody {
  const comment = values.comment?.trim();
  return {
    decision: values.decision!,
    ...(comment ? { comment } : {}),
    ...(values.decision === 'supplement' ? { missingMaterials: values.missingMaterials ?? [] } : {}),
  };
}

interface Props {
  /** Resolves false when the reviewer cancelled (e.g. did not confirm a rejection): nothing was sent. */
  submit: (body: CompleteTaskBody) => Promise<unknown>;
  /** The decisions this case offers; all three when absent. */
  decisions?: string[];
  /** The materials a supplement may ask for; every kind when absent. */
  materials?: string[];
  onCompleted: () => void;
  disabled?: boolean;
  /** Shown instead of the plain warning when another reviewer completed the task first (e.g. with a way back). */
  renderConflict?: (detail?: string) => ReactNode;
}

/** The reviewer's decision. Server field errors are shown beside the fields; a 409 means someone else was first. */
export function ReviewForm({ submit, onCompleted, disabled, renderConflict, decisions, materials }: Props) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<ReviewValues>();
  const decision = Form.useWatch('decision', form);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ title: string; detail?: string; conflict?: boolean } | null>(null);

  async function finish(values: ReviewValues) {
    setBusy(true);
    setFailure(null);
    try {
      if ((await submit(toBody(values))) !== false) onCompleted();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        setFailure({ title: t('review.conflict'), detail: problemDetail(t, i18n.language, e, ''), conflict: true });
      } else if (e instanceof ApiError && Object.keys(e.fieldErrors).length > 0) {
        const known = new Set(['decision', 'comment', 'missingMaterials']);
        const entries = Object.entries(fieldTexts(t, i18n.language, e));
        form.setFields(
          entries
            .filter(([name]) => known.has(name))
            .map(([name, errors]) => ({ name: name as keyof ReviewValues, errors })),
        );
        const other = entries.filter(([name]) => !known.has(name)).flatMap(([, messages]) => messages);
        setFailure({ title: e.title, detail: other.join('；') || undefined });
      } else if (e instanceof ApiError) {
        setFailure({ title: e.title, detail: problemDetail(t, i18n.language, e, '') || undefined });
      } else {
        setFailure({ title: t('error.network') });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form<ReviewValues> form={form} layout="vertical" onFinish={finish} disabled={disabled || failure?.conflict} aria-label={t('review.title')}>
      <Form.Item name="decision" label={t('review.decision')} rules={[{ required: true, message: t('review.decisionRequired') }]}>
        <Radio.Group
          options={(['approve', 'reject', 'supplement'] as const)
            .filter((d) => !decisions || decisions.includes(d))
            .map((d) => ({ value: d, label: t(`review.decisions.${d}`) }))}
        />
      </Form.Item>
      {decision === 'supplement' && (
        <Form.Item
          name="missingMaterials"
          label={t('review.missingMaterials')}
          rules={[{ required: true, type: 'array', min: 1, message: t('review.missingMaterialsRequired') }]}
        >
          <Checkbox.Group
            options={materialKinds.filter((kind) => !materials || materials.includes(kind)).map((kind) => ({ value: kind, label: t(`material.${kind}`) }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="comment"
        label={t('review.comment')}
        dependencies={['decision']}
        rules={[
          {
            required: decision !== undefined && decision !== 'approve',
            whitespace: true,
            message: t('review.commentRequired'),
          },
          { max: commentMaxLength, message: t('review.commentTooLong', { max: commentMaxLength }) },
        ]}
        extra={t('review.commentHint')}
      >
        <Input.TextArea rows={4} showCount maxLength={commentMaxLength} />
      </Form.Item>
      {failure && (
        <Form.Item>
          {failure.conflict && renderConflict ? (
            renderConflict(failure.detail)
          ) : (
            <Alert type={failure.conflict ? 'warning' : 'error'} showIcon title={failure.title} description={failure.detail} />
          )}
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={busy} data-testid="task-submit">
        {t('review.submit')}
      </Button>
    </Form>
  );
}
