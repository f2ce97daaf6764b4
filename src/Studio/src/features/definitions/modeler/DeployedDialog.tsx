import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Modal from 'antd/es/modal';
import Result from 'antd/es/result';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/ApiError';
import { definitionsApi, type Deployed } from '../api';

interface Props {
  deployed: Deployed | null;
  onChange(deployed: Deployed | null): void;
  /** Leaving the modeler asks first while the diagram has unsaved edits. */
  confirmLeave(leave: () => void): void;
}

/** What a deployment made: publish it now, compare it with the version before, go to the versions, or keep editing. */
export function DeployedDialog({ deployed, onChange, confirmLeave }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const publish = useMutation({
    mutationFn: (d: Deployed) => definitionsApi.publish(d.key, d.version),
    onSuccess: (_, d) => {
      onChange({ ...d, published: true });
      void message.success(t('definitions.published', { key: d.key, version: d.version }));
      void queryClient.invalidateQueries({ queryKey: ['definitions'] });
    },
    onError: (e) => void message.error(e instanceof ApiError ? e.title : t('error.network')),
  });

  return (
    <Modal open={deployed !== null} footer={null} onCancel={() => onChange(null)} width={560} destroyOnHidden>
      {deployed && (
        <Result
          status="success"
          data-testid="deploy-result"
          title={t('definitions.modeler.deployedTitle', { key: deployed.key, version: deployed.version })}
          subTitle={deployed.published ? t('definitions.modeler.deployedPublished') : t('definitions.modeler.deployedNotPublished')}
          extra={[
            !deployed.published && (
              <Button key="publish" type="primary" loading={publish.isPending} onClick={() => publish.mutate(deployed)} data-testid="deploy-result-publish">
                {t('definitions.publish')}
              </Button>
            ),
            deployed.version > 1 && (
              <Button
                key="diff"
                onClick={() =>
                  confirmLeave(() => navigate(`/definitions/${encodeURIComponent(deployed.key)}/diff?from=${deployed.version - 1}&to=${deployed.version}`))
                }
                data-testid="deploy-result-diff"
              >
                {t('definitions.modeler.compareWithPrevious', { version: deployed.version - 1 })}
              </Button>
            ),
            <Button key="versions" onClick={() => confirmLeave(() => navigate(`/definitions/${encodeURIComponent(deployed.key)}`))} data-testid="deploy-result-versions">
              {t('definitions.modeler.toVersions')}
            </Button>,
            <Button key="stay" onClick={() => onChange(null)} data-testid="deploy-result-close">
              {t('definitions.modeler.keepEditing')}
            </Button>,
          ]}
        />
      )}
    </Modal>
  );
}
