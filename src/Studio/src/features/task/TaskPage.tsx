import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import Collapse from 'antd/es/collapse';
import Row from 'antd/es/row';
import Skeleton from 'antd/es/skeleton';
import Space from 'antd/es/space';
import Tabs from 'antd/es/tabs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { problemDetail } from '../errors/problemText';
import { api } from '../../api/api';
import { useMe } from '../../shell/useMe';
import type { CaseTaskDetail } from './caseApi';
import { CaseChecksList } from './CaseChecksList';
import { CaseData } from './CaseData';
import { CaseDeclarationView } from './CaseDeclarationView';
import { CasePersonView } from './CasePersonView';
import { CaseRounds } from './CaseRounds';
import { CaseTimeline } from './CaseTimeline';
import { MaterialsPanel } from './MaterialsPanel';
import { TaskDecision } from './TaskDecision';
import { TaskDiagramPanel } from './TaskDiagramPanel';
import { CaseComments } from './CaseComments';
import { collabApi } from './collabApi';
import { TaskHeader } from './TaskHeader';
import { useClaimTask } from './useClaimTask';
import './TaskPage.css';

/**
 * The reviewer's case view, laid out for a 1366×768 screen: on the left what the decision rests on — the automatic
 * checks, the declaration, the person, earlier rounds, the materials; on the right the decision and the process
 * (diagram / history tabs), so a reviewer decides from this screen alone. The raw process variables stay available
 * to administrators, collapsed at the bottom.
 */
export default function TaskPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const detail = useQuery({ queryKey: ['task', id], queryFn: () => api.task(id) as Promise<CaseTaskDetail> });
  const variables = useMemo(() => detail.data?.variables ?? {}, [detail.data?.variables]);
  const comments = useQuery({ queryKey: ['comments', id], queryFn: () => collabApi.comments(id) });

  const claim = useClaimTask(id);

  const backToInbox = () => {
    void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    navigate('/tasks');
  };

  if (detail.isLoading) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (detail.isError || !detail.data) {
    const e = detail.error;
    return (
      <Alert
        type="error"
        showIcon
        title={e instanceof ApiError ? e.title : t('error.network')}
        description={e instanceof ApiError ? problemDetail(t, i18n.language, e, '') : undefined}
        action={<Button onClick={() => navigate('/tasks')}>{t('task.back')}</Button>}
      />
    );
  }

  const { task, journal: fullJournal, form, case: view } = detail.data;
  const isAdmin = me.data?.roles.includes('admin') ?? false;
  const open = task.status === 'Created';
  const mine = task.assignee === me.data?.userName;

  let decision;
  if (!open) decision = <Alert type="info" showIcon title={t('review.closed')} />;
  else if (!task.assignee)
    decision = (
      <Alert
        type="info"
        showIcon
        title={t('taskCase.claimToDecide')}
        action={
          <Button type="primary" loading={claim.isPending} onClick={() => claim.mutate()} data-testid="task-claim-inline">
            {t('task.claim')}
          </Button>
        }
      />
    );
  else if (!mine) decision = <Alert type="warning" showIcon title={t('review.assignedToOther', { name: task.assignee })} />;
  else
    decision = (
      <TaskDecision
        key={task.id}
        taskId={task.id}
        form={form}
        review={detail.data.case?.review}
        onBackToInbox={backToInbox}
        onCompleted={() => {
          void message.success(t('taskCase.completedMessage'));
          void queryClient.invalidateQueries({ queryKey: ['task', id] });
          backToInbox();
        }}
      />
    );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="task-page">
      <TaskHeader detail={detail.data} mine={mine} isAdmin={isAdmin} claim={claim} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={13}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {view && (
              <>
                <Card size="small" title={t('caseView.title.checks')} data-testid="task-checks">
                  <CaseChecksList checks={view.checks} />
                </Card>
                <Card size="small" title={t('caseView.title.declaration')} data-testid="task-declaration">
                  <CaseDeclarationView view={view} />
                </Card>
                <Card size="small" title={t('caseView.title.person')} data-testid="task-person">
                  <CasePersonView taskId={task.id} person={view.person} />
                </Card>
                {view.rounds.length > 0 && (
                  <Card size="small" title={t('caseView.title.rounds')} data-testid="task-rounds">
                    <CaseRounds view={view} />
                  </Card>
                )}
              </>
            )}
            <Card size="small" title={t('taskCase.materialsTitle')} data-testid="task-materials">
              <MaterialsPanel taskId={task.id} />
            </Card>
            {!view ? (
              <Card size="small" title={t('taskCase.caseData')} className="si-case-data" data-testid="task-case-data">
                <CaseData variables={variables} />
              </Card>
            ) : (
              isAdmin && (
                <Collapse
                  size="small"
                  data-testid="task-variables"
                  items={[{ key: 'variables', label: t('caseView.title.variables'), children: <CaseData variables={variables} /> }]}
                />
              )
            )}
          </Space>
        </Col>
        <Col xs={24} lg={11}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small" title={t('taskCase.decisionTitle')} data-testid="task-decision">
              {decision}
            </Card>
            <Card size="small" title={t('taskCollab.commentsTitle')}>
              <CaseComments taskId={task.id} comments={comments.data ?? []} />
            </Card>
            <Card size="small" styles={{ body: { paddingTop: 0 } }}>
              <Tabs
                defaultActiveKey="diagram"
                items={[
                  { key: 'diagram', label: t('taskCase.tabDiagram'), children: <TaskDiagramPanel taskId={task.id} /> },
                  {
                    key: 'journal',
                    label: t('taskCase.tabJournal'),
                    children: <CaseTimeline journal={fullJournal} comments={comments.data ?? []} />,
                  },
                ]}
              />
            </Card>
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
