import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { api } from '../../api/api';
import { problemDetail } from '../errors/problemText';
import { inboxApi } from './inboxApi';

/** Claim, hand back and bulk claim from the list, with the rows selected for a bulk claim. */
export function useTaskActions() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [selectedIds, setSelectedIds] = useState<string[]>([]);

  const showError = (e: unknown) => {
    if (e instanceof ApiError) {
      const text = e.status === 409 ? t('inbox.conflict') : e.title;
      void message.error(e.detail ? `${text}: ${problemDetail(t, i18n.language, e, '')}` : text);
    } else void message.error(t('error.network'));
  };
  const afterChange = () => queryClient.invalidateQueries({ queryKey: ['tasks'] });

  const claim = useMutation({
    mutationFn: api.claim,
    onSuccess: () => void message.success(t('inbox.claimed')),
    onError: showError,
    onSettled: afterChange,
  });
  const unclaim = useMutation({
    mutationFn: api.unclaim,
    onSuccess: () => void message.success(t('inbox.unclaimed')),
    onError: showError,
    onSettled: afterChange,
  });
  const claimMany = useMutation({
    mutationFn: inboxApi.claimMany,
    onSuccess: (result) => {
      const failed = result.results.filter((r) => r.outcome !== 'claimed').length;
      if (failed === 0) void message.success(t('inboxBulk.allClaimed', { count: result.claimed }));
      else void message.warning(t('inboxBulk.partly', { claimed: result.claimed, failed }));
      // What could not be claimed stays selected, so the reviewer sees which rows those were.
      setSelectedIds(result.results.filter((r) => r.outcome !== 'claimed').map((r) => r.taskId));
    },
    onError: showError,
    onSettled: afterChange,
  });

  return { claim, unclaim, claimMany, selectedIds, setSelectedIds };
}
