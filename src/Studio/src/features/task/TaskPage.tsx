import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import Collapse from 'antd/es/collapse';
import Descriptions from 'antd/es/descriptions';
import Empty from 'antd/es/empty';
import Row from 'antd/es/row';
import Skeleton from 'antd/es/skeleton';
import Space from 'antd/es/space';
import Tabs from 'antd/es/tabs';
import Tag from 'antd/es/tag';
import Timeline from 'antd/es/timeline';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError, localizeName } from '../../api/ApiError';
import { problemDetail } from '../errors/problemText';
import { api } from '../../api/api';
import type { JournalItem } from '../../api/types';
import { useMe } from '../../shell/useMe';
import { dueState } from '../inbox/dueState';
import { nameOf, type CaseTaskDetail, type NamedJournalItem } from './caseApi';
import { CaseChecksList } from './CaseChecksList';
import { CaseData } from './CaseData';
import { CaseDeclarationView } from './CaseDeclarationView';
import { CasePersonView } from './CasePersonView';
import { CaseRounds } from './CaseRounds';
import { MaterialsPanel } from './MaterialsPanel';
import { TaskDecision } from './TaskDecision';
import { TaskDiagramPanel } from './TaskDiagramPanel';
import { CaseComments } from './CaseComments';
import { collabApi } from './collabApi';
import { TaskHandOver } from './TaskHandOver';
import './TaskPage.css';
import { pick } from '../../i18n/language';

const format = (iso?: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

function journalColor(item: JournalItem) {
  if (/incident|fail/i.test(item.event)) return 'red';
  if (/complet|end/i.test(item.event)) return 'green';
  return 'blue';
}

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

  const claim = useMutation({
    mutationFn: () => api.claim(id),
    onSuccess: () => void message.success(t('inbox.claimed')),
    onError: (e) => void message.error(e instanceof ApiError && e.status === 409 ? t('inbox.conflict') : t('error.generic')),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['task', id] });
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });

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

  const { task, journal: fullJournal, instanceStatus, form, case: view } = detail.data;
  const isAdmin = me.data?.roles.includes('admin') ?? false;
  const stepName = (item: NamedJournalItem) =>
    pick(i18n.language, item.nameZh, item.nameEn) ?? t('caseView.processStep');
  const actorName = (actor?: string | null) => (actor === 'system' ? t('caseView.journalSystem') : actor);
  // Taken sequence flows are the engine's bookkeeping; reviewers follow the activities, as in Camunda's history view.
  // Unnamed elements (gateways, inner scope events) are plumbing too; what is left reads by the diagram's names.
  const steps = fullJournal.filter((item) => item.event !== 'SequenceFlowTaken' && (item.nameZh || item.elementType === 'process'));
  // Comments join the timeline by time, so the history reads as what happened to the case, by whom.
  const journal = [
    ...steps.map((item) => ({ at: item.at, item, comment: undefined })),
    ...(comments.data ?? []).map((comment) => ({ at: comment.createdAt, item: undefined, comment })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const due = dueState(task.dueAt, new Date(), task.status !== 'Created');
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
      <Card size="small">
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Space wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {task.name ? localizeName(task.name, i18n.language) : task.elementId}
            </Typography.Title>
            {view && (
              <Tag color="blue" data-testid="task-service">
                {nameOf(view.type, i18n.language)}
              </Tag>
            )}
            <Tag color={open ? 'processing' : task.status === 'Completed' ? 'success' : 'default'}>{t(`taskStatus.${task.status}`)}</Tag>
            {due === 'overdue' && <Tag color="red">{t('due.overdue')}</Tag>}
            {due === 'dueSoon' && <Tag color="orange">{t('due.soon')}</Tag>}
          </Space>
          <Space wrap>
            <TaskHandOver task={task} mine={mine} isAdmin={isAdmin} />
            {open && !task.assignee && (
              <Button type="primary" loading={claim.isPending} onClick={() => claim.mutate()} data-testid="task-claim">
                {t('task.claim')}
              </Button>
            )}
            <Button onClick={() => navigate('/tasks')} data-testid="task-back">
              {t('task.back')}
            </Button>
          </Space>
        </Space>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('task.process')}>
            {t(`process.${task.processKey}`, { defaultValue: task.processKey })} v{task.processVersion}
          </Descriptions.Item>
          <Descriptions.Item label={t('task.businessKey')}>
            {/* The case number is what the applicant quotes on the phone; the raw business key only for other processes. */}
            <Typography.Text
              copyable={task.case || task.businessKey ? { text: task.case?.caseNumber ?? task.businessKey ?? '' } : false}
              ellipsis
              style={{ maxWidth: 220 }}
              data-testid="task-case-number"
            >
              {task.case ? `${task.case.caseNumber} · ${task.case.applicantName}` : (task.businessKey ?? '—')}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('task.dueAt')}>{format(task.dueAt)}</Descriptions.Item>
          <Descriptions.Item label={t('task.assignee')}>
            {task.assignee ?? t('task.unassigned')}
            {task.delegation === 'Pending' && ` · ${t('taskCollab.delegation', { owner: task.owner })}`}
          </Descriptions.Item>
          {task.followUpAt && <Descriptions.Item label={t('taskCollab.followUpAt')}>{format(task.followUpAt)}</Descriptions.Item>}
          <Descriptions.Item label={t('task.createdAt')}>{format(task.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('task.instanceStatus')}>{t(`instanceStatus.${instanceStatus}`, { defaultValue: instanceStatus })}</Descriptions.Item>
          {task.completedBy && <Descriptions.Item label={t('task.completedBy')}>{task.completedBy}</Descriptions.Item>}
          {task.endedAt && <Descriptions.Item label={t('task.endedAt')}>{format(task.endedAt)}</Descriptions.Item>}
        </Descriptions>
      </Card>
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
                    children:
                      journal.length === 0 ? (
                        <Empty />
                      ) : (
                        <div className="si-journal">
                          <Timeline
                            items={journal.map(({ item, comment }) => comment ? {
                              key: `comment-${comment.id}`,
                              color: 'gray',
                              content: (
                                <div data-testid="timeline-comment">
                                  <Typography.Text strong>{t('taskCollab.commentEvent')}</Typography.Text>
                                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{comment.text}</Typography.Paragraph>
                                  <Typography.Text type="secondary">
                                    {format(comment.createdAt)} · {comment.authorName ?? comment.author}
                                  </Typography.Text>
                                </div>
                              ),
                            } : {
                              key: item!.sequence,
                              color: journalColor(item!),
                              content: (
                                <>
                                  <Typography.Text strong>
                                    {t(`journalEvent.${item!.event}`, { defaultValue: item!.event })} · {stepName(item!)}
                                  </Typography.Text>
                                  <br />
                                  <Typography.Text type="secondary">
                                    {format(item!.at)}
                                    {item!.actor ? ` · ${actorName(item!.actor)}` : ''}
                                  </Typography.Text>
                                </>
                              ),
                            })}
                          />
                        </div>
                      ),
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
