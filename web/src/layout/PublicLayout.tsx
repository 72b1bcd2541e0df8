import { Suspense } from 'react';
import { Button, Layout, Menu, Spin } from 'antd';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useMeta } from '../app/MetaContext';
import { useJurisdictionName } from '../app/useAppTitle';
import { useAuth } from '../auth/AuthContext';
import { BrandMark } from '../components/BrandMark';
import { LangSwitch } from '../components/LangSwitch';
import { useT } from '../i18n';

const { Header, Content, Footer } = Layout;

/** The public portal (公众查询): open to everyone, no sign-in. */
export function PublicLayout() {
  const t = useT();
  const meta = useMeta();
  const jurisdiction = useJurisdictionName();
  const { user } = useAuth();
  const { pathname } = useLocation();
  const section = pathname.split('/')[2] ?? '';
  const selected = ['items', 'plans', 'offsite-items', 'delegable-items'].includes(section) ? section : 'home';

  return (
    <Layout className="yqs-shell yqs-public">
      <Header className="yqs-header">
        <BrandMark to="/public" />
        <div className="yqs-header-right">
          <LangSwitch dark />
          {user ? (
            <Link to="/">
              <Button ghost data-testid="public-workspace-link">
                {t('header.toWorkspace')}
              </Button>
            </Link>
          ) : (
            <Link to="/login">
              <Button ghost data-testid="public-login-link">
                {t('header.login')}
              </Button>
            </Link>
          )}
        </div>
      </Header>
      <div className="yqs-public-nav">
        <Menu
          mode="horizontal"
          selectedKeys={[selected]}
          data-testid="public-nav"
          items={[
            { key: 'home', label: <Link to="/public">{t('public.home')}</Link> },
            { key: 'items', label: <Link to="/public/items">{t('public.itemsTitle')}</Link> },
            { key: 'plans', label: <Link to="/public/plans">{t('public.nav.plans')}</Link> },
            { key: 'offsite-items', label: <Link to="/public/offsite-items">{t('public.nav.offsite')}</Link> },
            { key: 'delegable-items', label: <Link to="/public/delegable-items">{t('public.nav.delegations')}</Link> },
          ]}
        />
      </div>
      <Content className="yqs-public-content">
        <Suspense fallback={<Spin className="yqs-page-spin" />}>
          <Outlet />
        </Suspense>
      </Content>
      <Footer className="yqs-footer">{t('app.footer', { jurisdiction, version: meta?.version ?? '0.1.0' })}</Footer>
    </Layout>
  );
}
