import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Segmented from 'antd/es/segmented';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/ApiError';
import { problemDetail } from '../errors/problemText';
import { client } from '../../api/api';
import { setLanguage, type Language } from '../../i18n';
import './LoginPage.css';

interface Credentials {
  userName: string;
  password: string;
}

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<{ message: string; description?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit({ userName, password }: Credentials) {
    setBusy(true);
    setError(null);
    try {
      await client.login(userName, password);
      queryClient.clear();
      const from = (location.state as { from?: string } | null)?.from;
      navigate(from && from !== '/login' ? from : '/', { replace: true });
    } catch (e) {
      if (e instanceof ApiError && e.status === 429) {
        setError({ message: t('login.tooManyAttempts'), description: problemDetail(t, i18n.language, e, '') || undefined });
      } else if (e instanceof ApiError && e.status === 401) {
        setError({ message: e.title, description: problemDetail(t, i18n.language, e, '') || undefined });
      } else {
        setError({ message: t('error.network') });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="login-page">
      <Card className="login-card" title={t('app.title')}>
        <Segmented
          className="login-lang"
          size="small"
          value={i18n.language}
          onChange={(value) => setLanguage(value as Language)}
          options={[
            { label: '中文', value: 'zh-CN' },
            { label: 'EN', value: 'en' },
          ]}
        />
        <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="userName" label={t('login.userName')} rules={[{ required: true, message: t('login.userNameRequired') }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error.message} description={error.description} className="login-error" />}
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
