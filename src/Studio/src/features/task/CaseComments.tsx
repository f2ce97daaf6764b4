import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import Empty from 'antd/es/empty';
import Input from 'antd/es/input';
import List from 'antd/es/list';
import Space from 'antd/es/space';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { fieldTexts, problemDetail } from '../errors/problemText';
import { collabApi, type CaseComment } from './collabApi';

/** Comments on the case for reviewers and administrators; one marked for the applicant is also shown to them. */
export function CaseComments({ taskId, comments }: { taskId: string; comments: CaseComment[] }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [shared, setShared] = useState(false);
  const [error, setError] = useState<string>();
  const add = useMutation({
    mutationFn: () => collabApi.addComment(taskId, text.trim(), shared),
    onSuccess: () => {
      setText('');
      setShared(false);
      setError(undefined);
      void message.success(t('taskCollab.commentAdded'));
      void queryClient.invalidateQueries({ queryKey: ['comments', taskId] });
    },
    onError: (e) => setError(e instanceof ApiError ? (fieldTexts(t, i18n.language, e).text?.[0] ?? problemDetail(t, i18n.language, e)) : t('error.network')),
  });

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="task-comments">
      {comments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('taskCollab.noComments')} />
      ) : (
        <List
          size="small"
          dataSource={comments}
          renderItem={(c) => (
            <List.Item data-testid="task-comment">
              <Space orientation="vertical" size={0} style={{ width: '100%' }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.authorName ?? c.author} · {dayjs(c.createdAt).format('YYYY-MM-DD HH:mm')}
                  {c.visibleToApplicant && (
                    <Tag color="blue" style={{ marginInlineStart: 8 }}>
                      {t('taskCollab.sharedTag')}
                    </Tag>
                  )}
                </Typography.Text>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{c.text}</Typography.Paragraph>
              </Space>
            </List.Item>
          )}
        />
      )}
      <Input.TextArea
        rows={2}
        maxLength={2000}
        value={text}
        status={error ? 'error' : undefined}
        placeholder={t('taskCollab.commentPlaceholder')}
        aria-label={t('taskCollab.commentPlaceholder')}
        data-testid="task-comment-input"
        onChange={(e) => setText(e.target.value)}
      />
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Checkbox checked={shared} onChange={(e) => setShared(e.target.checked)}>
          {t('taskCollab.shareWithApplicant')}
        </Checkbox>
        <Button type="primary" disabled={!text.trim()} loading={add.isPending} onClick={() => add.mutate()} data-testid="task-comment-add">
          {t('taskCollab.addComment')}
        </Button>
      </Space>
    </Space>
  );
}
