import { useMutation, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { problemDetail } from '../errors/problemText';
import { instancesApi, type InstanceDetail } from './api';

/**
 * Retry runs the element again at once: the answer is 200 whether it went on or failed again (a new incident), so the
 * outcome is read back from the instance and told as such.
 */
export function useRetry() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (incidentId: string) => {
      const { instanceId } = await instancesApi.retry(incidentId);
      const detail = await queryClient.fetchQuery({ queryKey: ['admin-instance', instanceId], queryFn: () => instancesApi.get(instanceId), staleTime: 0 });
      return detail;
    },
    onSuccess: (detail: InstanceDetail) => {
      const stillFailing = detail.incidents.some((i) => !i.resolvedAt);
      if (stillFailing) void message.warning(t('instances.retryFailedAgain'));
      else void message.success(t('instances.retrySucceeded'));
    },
    onError: (e) => {
      if (e instanceof ApiError) {
        const text = e.status === 409 ? t('instances.retryConflict') : e.title;
        void message.error(e.detail ? `${text}: ${problemDetail(t, i18n.language, e, '')}` : text);
      } else void message.error(t('error.network'));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['admin-incidents'] });
      void queryClient.invalidateQueries({ queryKey: ['admin-instances'] });
      void queryClient.invalidateQueries({ queryKey: ['admin-instance'] });
      void queryClient.invalidateQueries({ queryKey: ['admin-wait-states'] });
    },
  });
}
