import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Modal from 'antd/es/modal';
import Radio from 'antd/es/radio';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { fieldTexts, problemDetail } from '../errors/problemText';
import type { TaskSummary } from '../../api/types';
import { collabApi } from './collabApi';

/**
 * The Tasklist staples on a task the caller holds (or any open task, for an administrator): hand it to a colleague of
 * its group — assign (for good) or delegate (lend; it comes back on resolve) — and park it until a follow-up date.
 */
export function TaskHandOver({ task, mine, isAdmin }: { task: TaskSummary; mine: boolean; isAdmin: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<'delegate' | 'assign'>('delegate');
  const [colleague, setColleague] = useState<string>();
  const colleagues = useQuery({ queryKey: ['colleagues', task.id], queryFn: () => collabApi.colleagues(task.id), enabled: open });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['task', task.id] });
    void queryClient.invalidateQueries({ queryKey: ['tasks'] });
  };
  const fail = (e: unknown) =>
    void message.error(
      e instanceof ApiError ? (Object.values(fieldTexts(t, i18n.language, e))[0]?.[0] ?? problemDetail(t, i18n.language, e)) : t('error.network'),
    );
  const handOver = useMutation({
    mutationFn: () => (mode === 'delegate' ? collabApi.delegate(task.id, colleague!) : collabApi.assign(task.id, colleague!)),
    onSuccess: () => {
      void message.success(t(mode === 'delegate' ? 'taskCollab.delegated' : 'taskCollab.assigned', { name: colleague }));
      setOpen(false);
      refresh();
    },
    onError: fail,
  });
  const resolve = useMutation({
    mutationFn: () => collabApi.resolve(task.id),
    onSuccess: () => {
      void message.success(t('taskCollab.resolved', { name: task.owner }));
      refresh();
    },
    onError: fail,
  });
  const followUp = useMutation({
    mutationFn: (at: string | null) => collabApi.followUp(task.id, at),
    onSuccess: () => {
      void message.success(t('taskCollab.followUpSaved'));
      refresh();
    },
    onError: fail,
  });

  if (task.status !== 'Created' || (!mine && !isAdmin)) return null;
  return (
    <Space wrap>
      {task.assignee && (mine || isAdmin) && (
        <Button onClick={() => setOpen(true)} data-testid="task-hand-over">
          {t('taskCollab.handOver')}
        </Button>
      )}
      {mine && task.delegation === 'Pending' && (
        <Button loading={resolve.isPending} onClick={() => resolve.mutate()} data-testid="task-resolve">
          {t('taskCollab.resolve', { name: task.owner })}
        </Button>
      )}
      {mine && (
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          placeholder={t('taskCollab.followUp')}
          aria-label={t('taskCollab.followUp')}
          data-testid="task-follow-up"
          value={task.followUpAt ? dayjs(task.followUpAt) : null}
          disabledDate={(d) => d.isBefore(dayjs(), 'day')}
          onChange={(d) => followUp.mutate(d ? d.toISOString() : null)}
        />
      )}
      <Modal
        open={open}
        title={t('taskCollab.handOver')}
        okText={t('taskCollab.confirm')}
        cancelText={t('taskCollab.cancel')}
        okButtonProps={{ disabled: !colleague, loading: handOver.isPending, 'data-testid': 'task-hand-over-ok' } as React.ComponentProps<typeof Button>}
        onOk={() => handOver.mutate()}
        onCancel={() => setOpen(false)}
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)}>
            <Radio value="delegate">{t('taskCollab.delegate')}</Radio>
            <Radio value="assign">{t('taskCollab.assign')}</Radio>
          </Radio.Group>
          <Select
            style={{ width: '100%' }}
            placeholder={t('taskCollab.colleague')}
            aria-label={t('taskCollab.colleague')}
            data-testid="task-colleague"
            loading={colleagues.isLoading}
            value={colleague}
            onChange={setColleague}
            options={(colleagues.data ?? []).map((c) => ({ value: c.userName, label: c.displayName ? `${c.displayName} · ${c.userName}` : c.userName }))}
          />
        </Space>
      </Modal>
    </Space>
  );
}
