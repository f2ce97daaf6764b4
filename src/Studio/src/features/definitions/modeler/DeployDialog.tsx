import { useState } from 'react';
import Alert from 'antd/es/alert';
import Checkbox from 'antd/es/checkbox';
import Modal from 'antd/es/modal';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  /** The problems of the last check, when it found any: deploying is still allowed, with a warning. */
  problems: number | null;
  pending: boolean;
  onDeploy(publish: boolean): void;
  onCancel(): void;
}

/** Asks before deploying, and whether the new version should be published at once. */
export function DeployDialog({ open, problems, pending, onDeploy, onCancel }: Props) {
  const { t } = useTranslation();
  const [publish, setPublish] = useState(false);
  return (
    <Modal
      open={open}
      title={t('definitions.modeler.deployTitle')}
      okText={publish ? t('definitions.modeler.deployAndPublish') : t('definitions.modeler.deploy')}
      cancelText={t('definitions.common.cancel')}
      onOk={() => onDeploy(publish)}
      onCancel={onCancel}
      confirmLoading={pending}
      okButtonProps={{ 'data-testid': 'deploy-confirm' }}
    >
      <Typography.Paragraph>{t('definitions.modeler.deployText')}</Typography.Paragraph>
      {problems !== null && (
        <Alert type="warning" showIcon message={t('definitions.modeler.deployWithProblems', { count: problems })} style={{ marginBottom: 12 }} />
      )}
      <Checkbox checked={publish} onChange={(e) => setPublish(e.target.checked)} data-testid="deploy-publish-checkbox">
        {t('definitions.modeler.publishToo')}
      </Checkbox>
    </Modal>
  );
}
