import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import Descriptions from 'antd/es/descriptions';
import Empty from 'antd/es/empty';
import Row from 'antd/es/row';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Tag from 'antd/es/tag';
import Timeline from 'antd/es/timeline';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError, localize, localizeName } from '../../api/ApiError';
import { api } from '../../api/api';
import type { JournalItem, TaskDetail } from '../../api/types';
import { useMe } from '../../shell/useMe';
import { dueState } from '../inbox/dueState';
import { CaseData } from './CaseData';
import { ReviewForm } from './ReviewForm';

const format = (iso?: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

function journalColor(item: JournalItem) {
  if (/incident|fail/i.test(item.event)) return 'red';
  if (/complet|end/i.test(item.event)) return 'green';
  return 'blue';
}

export default function TaskPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const detail = useQuery({ queryKey: ['task', id], queryFn: () => api.task(id) });

  const claim = useMutation({
    mutationFn: () => api.claim(id),
    onSuccess: () => void message.success(t('inbox.claimed')),
    onError: (e) => void message.error(e instanceof ApiError && e.status === 409 ? t('inbox.conflict') : t('error.generic')),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['task', id] }),
  });

  if (detail.isLoading) return <Spin />;
  if (detail.isError || !detail.data) {
    const e = detail.error;
    return (
      <Alert
        type="error"
        showIcon
        title={e instanceof ApiError ? localize(e.title, i18n.language) : t('error.network')}
        description={e instanceof ApiError ? localize(e.detail, i18n.language) : undefined}
        action={<Button onClick={() => navigate('/tasks')}>{t('task.back')}</Button>}
      />
    );
  }

  const { task, variables, journal: fullJournal, instanceStatus }: TaskDetail = detail.data;
  // Taken sequence flows are the engine's bookkeeping; reviewers follow the activities, as in Camunda's history view.
  const journal = fullJournal.filter((item) => item.event !== 'SequenceFlowTaken');
  const due = dueState(task.dueAt, new Date(), task.status !== 'Created');
  const open = task.status === 'Created';
  const mine = !task.assignee || task.assignee === me.data?.userName;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {task.name ? localizeName(task.name, i18n.language) : task.elementId}
          </Typography.Title>
          <Space>
            {open && !task.assignee && (
              <Button type="primary" loading={claim.isPending} onClick={() => claim.mutate()}>
                {t('task.claim')}
              </Button>
            )}
            <Button onClick={() => navigate(-1)}>{t('task.back')}</Button>
          </Space>
        </Space>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('task.status')}>
            <Tag color={open ? 'processing' : task.status === 'Completed' ? 'success' : 'default'}>{t(`taskStatus.${task.status}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('task.process')}>
            {t(`process.${task.processKey}`, { defaultValue: task.processKey })} v{task.processVersion}
          </Descriptions.Item>
          <Descriptions.Item label={t('task.businessKey')}>{task.businessKey ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('task.createdAt')}>{format(task.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('task.dueAt')}>
            <Space size={4}>
              {format(task.dueAt)}
              {due === 'overdue' && <Tag color="red">{t('due.overdue')}</Tag>}
              {due === 'dueSoon' && <Tag color="orange">{t('due.soon')}</Tag>}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('task.assignee')}>{task.assignee ?? t('task.unassigned')}</Descriptions.Item>
          <Descriptions.Item label={t('task.instanceStatus')}>{t(`instanceStatus.${instanceStatus}`, { defaultValue: instanceStatus })}</Descriptions.Item>
          {task.completedBy && <Descriptions.Item label={t('task.completedBy')}>{task.completedBy}</Descriptions.Item>}
          {task.endedAt && <Descriptions.Item label={t('task.endedAt')}>{format(task.endedAt)}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={14}>
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <Card title={t('task.caseData')}>
              <CaseData variables={variables} />
            </Card>
            <Card title={t('review.title')}>
              {!open ? (
                <Alert type="info" showIcon title={t('review.closed')} />
              ) : !mine ? (
                <Alert type="warning" showIcon title={t('review.assignedToOther', { name: task.assignee })} />
              ) : (
                <ReviewForm
                  submit={(body) => api.complete(id, body)}
                  onCompleted={() => {
                    void message.success(t('review.completed'));
                    void queryClient.invalidateQueries({ queryKey: ['tasks'] });
                    void queryClient.invalidateQueries({ queryKey: ['task', id] });
                    navigate('/tasks');
                  }}
                />
              )}
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('task.journal')}>
            {journal.length === 0 ? (
              <Empty />
            ) : (
              <Timeline
                items={journal.map((item) => ({
                  key: item.sequence,
                  color: journalColor(item),
                  content: (
                    <>
                      <Typography.Text strong>
                        {t(`journalEvent.${item.event}`, { defaultValue: item.event })} · {item.elementId}
                      </Typography.Text>
                      <br />
                      <Typography.Text type="secondary">
                        {format(item.at)}
                        {item.actor ? ` · ${item.actor}` : ''}
                      </Typography.Text>
                    </>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
