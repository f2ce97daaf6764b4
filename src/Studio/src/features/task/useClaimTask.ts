import { useMutation, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { api } from '../../api/api';

/** Claiming the task from its own page: a 409 means a colleague was quicker; the task and the inbox reload either way. */
export function useClaimTask(id: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.claim(id),
    onSuccess: () => void message.success(t('inbox.claimed')),
    onError: (e) => void message.error(e instanceof ApiError && e.status === 409 ? t('inbox.conflict') : t('error.generic')),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['task', id] });
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}
