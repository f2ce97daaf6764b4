import { useNavigate } from 'react-router';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Descriptions from 'antd/es/descriptions';
import Space from 'antd/es/space';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { localizeName } from '../../api/ApiError';
import { dueState } from '../inbox/dueState';
import { nameOf, type CaseTaskDetail } from './caseApi';
import { TaskHandOver } from './TaskHandOver';
import { formatTaskTime as format } from './taskTime';
import type { useClaimTask } from './useClaimTask';

interface Props {
  detail: CaseTaskDetail;
  mine: boolean;
  isAdmin: boolean;
  claim: ReturnType<typeof useClaimTask>;
}

/** The task's title, service, state and facts (process, case, due date, who holds it), with claim, hand-over and back. */
export function TaskHeader({ detail, mine, isAdmin, claim }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { task, instanceStatus, case: view } = detail;
  const due = dueState(task.dueAt, new Date(), task.status !== 'Created');
  const open = task.status === 'Created';
  const processName = task.processName ? localizeName(task.processName, i18n.language) : task.processKey;

  return (
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
          {t(`process.${task.processKey}`, { defaultValue: processName })} v{task.processVersion}
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
  );
}
