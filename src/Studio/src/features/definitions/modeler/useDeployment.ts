import { useState, type RefObject } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/ApiError';
import { definitionsApi, type Deployed, type Issue } from '../api';
import type { BpmnEditorHandle } from './BpmnEditor';

interface Callbacks {
  /** The server refused the diagram for these problems. */
  onRejected(issues: Issue[]): void;
  /** The diagram is now a deployed version: nothing unsaved is left. */
  onDeployed(): void;
}

/** Deploying the diagram from the modeler: the confirmation, the request, and the version the diagram now matches. */
export function useDeployment(editor: RefObject<BpmnEditorHandle | null>, { onRejected, onDeployed }: Callbacks) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [deployed, setDeployed] = useState<Deployed | null>(null);
  /** The version the diagram now matches: null until this page deploys one (the opened version until then). */
  const [baseVersion, setBaseVersion] = useState<number | null>(null);

  const deploy = useMutation({
    mutationFn: async (publish: boolean) => definitionsApi.deploy(await editor.current!.saveXml(), publish),
    onSuccess: (result) => {
      setConfirming(false);
      if ('issues' in result) {
        onRejected(result.issues);
        void message.error(t('definitions.modeler.deployRejected', { count: result.issues.length }));
        return;
      }
      onDeployed();
      void queryClient.invalidateQueries({ queryKey: ['definitions'] });
      const first = result.deployed[0];
      if (!first.created) void message.info(t('definitions.modeler.unchanged', { version: first.version }));
      setBaseVersion(first.version);
      setDeployed(first);
    },
    onError: (e) => void message.error(e instanceof ApiError ? e.title : t('error.network')),
  });

  return {
    confirming,
    confirm: () => setConfirming(true),
    cancel: () => setConfirming(false),
    deploy: (publish: boolean) => deploy.mutate(publish),
    pending: deploy.isPending,
    deployed,
    setDeployed,
    baseVersion,
  };
}
