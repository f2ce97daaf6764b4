import { lazy, Suspense, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Modal from 'antd/es/modal';
import Skeleton from 'antd/es/skeleton';
import Space from 'antd/es/space';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { problemDetail } from '../errors/problemText';
import { caseApi } from './caseApi';
import './TaskDiagramPanel.css';

const ProcessDiagram = lazy(() => import('../../components/diagram/ProcessDiagram'));

/** The task's process version with the path taken (green) and the current position (blue); bpmn-js loads lazily. */
export function TaskDiagramPanel({ taskId, height = 340 }: { taskId: string; height?: number }) {
  const { t, i18n } = useTranslation();
  const [enlarged, setEnlarged] = useState(false);
  const query = useQuery({ queryKey: ['task', taskId, 'diagram'], queryFn: () => caseApi.diagram(taskId), staleTime: 30_000 });
  // Stable arrays: the viewer re-imports the XML whenever a marks array changes identity.
  const marks = useMemo(
    () => ({ completed: query.data?.completed ?? [], active: query.data?.active ?? [], incidents: query.data?.incidents ?? [] }),
    [query.data],
  );

  if (query.isLoading) return <Skeleton.Node active style={{ width: '100%', height }} />;
  if (query.isError || !query.data) {
    const e = query.error;
    return (
      <Alert
        type="error"
        showIcon
        title={t('diagram.loadFailed')}
        description={e instanceof ApiError ? problemDetail(t, i18n.language, e) : t('error.network')}
        action={<Button onClick={() => void query.refetch()}>{t('taskCase.retry')}</Button>}
      />
    );
  }

  return (
    <div className="si-task-diagram" data-testid="task-diagram" data-active={marks.active.join(' ')}>
      <Space size="middle" wrap className="si-diagram-legend" aria-label={t('taskCase.diagram.legend')}>
        <Typography.Text type="secondary">
          {t(`process.${query.data.key}`, { defaultValue: query.data.key })} v{query.data.version}
        </Typography.Text>
        <span className="si-legend si-legend-completed">{t('taskCase.diagram.completed')}</span>
        <span className="si-legend si-legend-active">{t('taskCase.diagram.active')}</span>
        {marks.incidents.length > 0 && <span className="si-legend si-legend-incident">{t('taskCase.diagram.incident')}</span>}
        <Button size="small" onClick={() => setEnlarged(true)} data-testid="task-diagram-enlarge">
          {t('taskCase.diagram.enlarge')}
        </Button>
      </Space>
      <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height }} />}>
        <ProcessDiagram xml={query.data.xml} completed={marks.completed} active={marks.active} incidents={marks.incidents} height={height} />
      </Suspense>
      <Modal
        open={enlarged}
        width="96vw"
        style={{ top: 24 }}
        title={`${t(`process.${query.data.key}`, { defaultValue: query.data.key })} v${query.data.version}`}
        onCancel={() => setEnlarged(false)}
        footer={null}
        wrapClassName="si-task-diagram"
        destroyOnHidden
      >
        <Suspense fallback={<Skeleton active />}>
          <ProcessDiagram xml={query.data.xml} completed={marks.completed} active={marks.active} incidents={marks.incidents} height="75vh" />
        </Suspense>
      </Modal>
    </div>
  );
}
