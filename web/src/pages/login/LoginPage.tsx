import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { GlobalOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useMeta } from '../../app/MetaContext';
import { useAppTitle, useJurisdictionName } from '../../app/useAppTitle';
import { useAuth } from '../../auth/AuthContext';
import { LangSwitch } from '../../components/LangSwitch';
import { useT } from '../../i18n';
import { DemoAccounts } from './DemoAccounts';

interface Credentials {
  username: string;
  password: string;
}

/** Only same-site paths are followed after sign-in. */
function safeRedirect(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function LoginPage() {
  const t = useT();
  const meta = useMeta();
  const appTitle = useAppTitle();
  const jurisdiction = useJurisdictionName();
  const { user, status, login } = useAuth();
  const [form] = Form.useForm<Credentials>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const redirect = safeRedirect(params.get('redirect'));

  useEffect(() => {
    document.title = `${t('login.title')} - ${appTitle}`;
  }, [t, appTitle]);

  if (status === 'ready' && user) return <Navigate to={redirect} replace />;

  const submit = async (values: Credentials) => {
    setSubmitting(true);
    setError(null);
    try {
      await login(values.username.trim(), values.password);
      navigate(redirect, { replace: true });
    } catch (reason) {
      if (reason instanceof ApiError && reason.status === 0) setError(t('error.network'));
      else if (reason instanceof ApiError && reason.message) setError(reason.message);
      else setError(t('login.failed'));
    } finally {
      setSubmitting(false);
    }
  };

  const pick = (username: string) => {
    form.setFieldsValue({ username });
    setError(null);
    document.querySelector<HTMLInputElement>('[data-testid="login-password"]')?.focus();
  };

  return (
    <div className="yqs-login">
      <div className="yqs-login-top">
        <Link to="/public" className="yqs-login-public" data-testid="login-public-link">
          <GlobalOutlined /> {t('nav.public')}
        </Link>
        <LangSwitch dark />
      </div>
      <div className="yqs-login-body">
        <div className="yqs-login-intro">
          <img src="/favicon.svg" alt="" className="yqs-login-logo" />
          <Typography.Title level={1} className="yqs-login-brand">
            {t('app.name')}
          </Typography.Title>
          <Typography.Title level={3} className="yqs-login-sub">
            {t('app.subtitle', { jurisdiction })}
          </Typography.Title>
          <Typography.Paragraph className="yqs-login-slogan">{t('login.intro')}</Typography.Paragraph>
        </div>
        <div className="yqs-login-panel">
          <Card className="yqs-login-card" title={<span data-testid="page-title">{t('login.title')}</span>}>
            {error && <Alert type="error" showIcon title={error} className="yqs-login-error" data-testid="login-error" />}
            <Form<Credentials> form={form} layout="vertical" size="large" onFinish={submit} data-testid="login-form" requiredMark={false}>
              <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('login.usernameRequired') }]}>
                <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" placeholder={t('login.username')} />
              </Form.Item>
              <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
                <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" placeholder={t('login.password')} />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
                {t('login.submit')}
              </Button>
            </Form>
            <div className="yqs-login-links">
              <Link to="/public/items">{t('login.publicLink')}</Link>
            </div>
          </Card>
          {meta?.demo && <DemoAccounts accounts={meta.demoAccounts ?? []} onPick={pick} />}
        </div>
      </div>
      <div className="yqs-login-footer">{t('app.footer', { jurisdiction, version: meta?.version ?? '0.1.0' })}</div>
    </div>
  );
}
