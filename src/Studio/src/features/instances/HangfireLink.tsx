import { useState } from 'react';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { parseProblem } from '../../api/ApiError';
import { useMe } from '../../shell/useMe';

const dashboard = '/hangfire';

/**
 * Set once this tab has signed in to the dashboard. The Identity cookie is a session cookie, so the flag (kept for the
 * tab, like the bearer token) is a good guess that it is still there. Probing `/hangfire` instead would log a 401 in
 * the console every time it is not.
 */
const signedInFlag = 'studio.hangfireSignedIn';
/**
 * The Hangfire dashboard authorises by the Identity cookie (AdminDashboardAuthorization): a page load cannot carry the
 * Studio's bearer token. So the Studio opens it at once when this tab signed in to it before, and otherwise asks the administrator
 * to confirm their password, which signs in with `POST /api/auth/login?useCookies=true` — the route's designed use —
 * and then opens it. The password is sent once and not kept.
 */
export function HangfireLink() {
  const { t } = useTranslation();
  const me = useMe();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ password: string }>();

  function openDashboard() {
    if (sessionStorage.getItem(signedInFlag)) window.open(dashboard, '_blank', 'noopener');
    else setOpen(true);
  }

  async function signIn({ password }: { password: string }) {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch('/api/auth/login?useCookies=true', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ userName: me.data?.userName, password }),
      });
      if (!response.ok) {
        const problem = await parseProblem(response);
        setError(response.status === 429 ? t('login.tooManyAttempts') : problem.title);
        return;
      }
      sessionStorage.setItem(signedInFlag, '1');
      setOpen(false);
      form.resetFields();
      window.open(dashboard, '_blank', 'noopener');
    } catch {
      setError(t('error.network'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button onClick={openDashboard} data-testid="hangfire-link">
        {t('instances.hangfire.open')}
      </Button>
      <Modal
        open={open}
        title={t('instances.hangfire.title')}
        okText={t('instances.hangfire.signIn')}
        cancelText={t('instances.cancelAction')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('instances.hangfire.explain')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={(values) => void signIn(values)}>
          <Form.Item label={t('login.userName')}>
            <Input value={me.data?.userName} disabled />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password autoFocus autoComplete="current-password" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
