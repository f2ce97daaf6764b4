import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Empty from 'antd/es/empty';
import Spin from 'antd/es/spin';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reportsApi, type ReportFilter, type ReportName } from './api';

interface Props {
  name: ReportName;
  title: string;
  note?: string;
  filter: ReportFilter;
  loading: boolean;
  failed: boolean;
  empty: boolean;
  children: ReactNode;
}

/** One chart with its CSV download and its empty, loading and failed states. */
export function ReportCard({ name, title, note, filter, loading, failed, empty, children }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [downloading, setDownloading] = useState(false);
  const download = async () => {
    setDownloading(true);
    try {
      await reportsApi.downloadCsv(name, filter, i18n.language);
    } catch {
      message.error(t('reports.downloadFailed'));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Card
      title={title}
      data-testid={`report-${name}`}
      extra={
        <Button size="small" onClick={download} loading={downloading} data-testid={`report-${name}-csv`}>
          {t('reports.downloadCsv')}
        </Button>
      }
    >
      {note && <div className="reports-note">{note}</div>}
      {failed ? (
        <Alert type="error" showIcon title={t('reports.loadFailed')} />
      ) : loading ? (
        <div className="reports-placeholder">
          <Spin />
        </div>
      ) : empty ? (
        <Empty className="reports-placeholder" description={t('reports.empty')} data-testid={`report-${name}-empty`} />
      ) : (
        <div data-testid={`report-${name}-chart`}>{children}</div>
      )}
    </Card>
  );
}
