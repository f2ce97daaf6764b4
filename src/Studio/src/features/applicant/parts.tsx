import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Tag from 'antd/es/tag';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError, localize } from '../../api/ApiError';
import { statusColor } from './status';
import type { ApplicationStatus } from './types';

export const formatTime = (iso?: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');
export const formatDate = (iso?: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—');

export function yuan(amount: number | null | undefined, language: string): string {
  if (amount === null || amount === undefined) return '—';
  const text = amount.toLocaleString(language.startsWith('zh') ? 'zh-CN' : 'en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return language.startsWith('zh') ? `${text} 元` : `¥${text}`;
}

export function StatusTag({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColor[status]} data-testid="application-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`applicant.status.${status}`)}
    </Tag>
  );
}

/** A failed load: what went wrong in the applicant's language, and a retry. */
export function LoadError({ error, retry }: { error: unknown; retry: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={error instanceof ApiError ? localize(error.title, i18n.language) : t('error.network')}
      description={error instanceof ApiError ? localize(error.detail, i18n.language) || undefined : undefined}
      action={
        <Button size="small" onClick={retry}>
          {t('applicant.common.retry')}
        </Button>
      }
    />
  );
}

/** The message of a failed action, localized ("中文 / English" halves, field messages joined). */
export function errorText(error: unknown, language: string, fallback: string): string {
  if (!(error instanceof ApiError)) return fallback;
  const fields = Object.values(error.fieldErrors).flat().map((m) => localize(m, language));
  if (fields.length > 0) return fields.join('；');
  return localize(error.detail, language) || localize(error.title, language) || fallback;
}
