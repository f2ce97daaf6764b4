import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { problemDetail } from '../errors/problemText';
import { instancesApi } from './api';

const maxReason = 500;

/** Cancelling ends every task, timer and subscription of the instance and cannot be undone: a reason is required. */
export function CancelInstanceButton({ instanceId }: { instanceId: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const cancel = useMutation({
    mutationFn: (reason: string) => instancesApi.cancel(instanceId, reason),
    onSuccess: () => {
      void message.success(t('instances.cancel.done'));
      setOpen(false);
      form.resetFields();
    },
    onError: (e) => {
      if (e instanceof ApiError) void message.error(e.status === 409 ? t('instances.cancel.conflict') : problemDetail(t, i18n.language, e));
      else void message.error(t('error.network'));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['admin-instance', instanceId] });
      void queryClient.invalidateQueries({ queryKey: ['admin-wait-states', instanceId] });
      void queryClient.invalidateQueries({ queryKey: ['admin-instances'] });
      void queryClient.invalidateQueries({ queryKey: ['admin-incidents'] });
    },
  });

  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="instance-cancel">
        {t('instances.cancel.button')}
      </Button>
      <Modal
        open={open}
        title={t('instances.cancel.title')}
        okText={t('instances.cancel.confirm')}
        okButtonProps={{ danger: true, ...({ 'data-testid': 'instance-cancel-confirm' } as Record<string, string>) }}
        cancelText={t('instances.cancelAction')}
        confirmLoading={cancel.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Alert type="warning" showIcon title={t('instances.cancel.warning')} style={{ marginBottom: 16 }} />
        <Form form={form} layout="vertical" onFinish={({ reason }) => cancel.mutate(reason.trim())}>
          <Form.Item
            name="reason"
            label={t('instances.cancel.reason')}
            rules={[
              { required: true, whitespace: true, message: t('instances.cancel.reasonRequired') },
              { max: maxReason, message: t('instances.cancel.reasonTooLong', { max: maxReason }) },
            ]}
          >
            <Input.TextArea rows={3} maxLength={maxReason} showCount data-testid="instance-cancel-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
