import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Tag from 'antd/es/tag';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { fieldTexts, problemDetail } from '../errors/problemText';
import i18n from '../../i18n';
import { statusColor } from './status';
import type { ApplicationStatus } from './types';
import { isChinese } from '../../i18n/language';

export const formatTime = (iso?: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');
export const formatDate = (iso?: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—');

export function yuan(amount: number | null | undefined, language: string): string {
  if (amount === null || amount === undefined) return '—';
  const text = amount.toLocaleString(isChinese(language) ? 'zh-CN' : 'en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return isChinese(language) ? `${text} 元` : `¥${text}`;
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
      title={error instanceof ApiError ? error.title : t('error.network')}
      description={error instanceof ApiError ? problemDetail(t, i18n.language, error, '') || undefined : undefined}
      action={
        <Button size="small" onClick={retry}>
          {t('applicant.common.retry')}
        </Button>
      }
    />
  );
}

/** The message of a failed action in the user's language (field messages joined), rendered from its codes. */
export function errorText(error: unknown, language: string, fallback: string): string {
  if (!(error instanceof ApiError)) return fallback;
  const fields = Object.values(fieldTexts(i18n.getFixedT(language), language, error)).flat();
  if (fields.length > 0) return fields.join('；');
  return problemDetail(i18n.getFixedT(language), language, error, '') || error.title || fallback;
}
