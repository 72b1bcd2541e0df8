import { Suspense, useMemo, useState } from 'react';
import { Grid, Layout, Menu, Spin } from 'antd';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useUser } from '../auth/AuthContext';
import { BrandMark } from '../components/BrandMark';
import { LangSwitch } from '../components/LangSwitch';
import { useMeta } from '../app/MetaContext';
import { useJurisdictionName } from '../app/useAppTitle';
import { useT } from '../i18n';
import { activeNavId, navFor } from '../nav/navConfig';
import { UserMenu } from './UserMenu';

const { Header, Sider, Content, Footer } = Layout;

/** The signed-in shell: dark top bar with the platform name, role-based side menu, content. */
export function AppLayout() {
  const t = useT();
  const user = useUser();
  const meta = useMeta();
  const jurisdiction = useJurisdictionName();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const [collapsed, setCollapsed] = useState(false);
  const entries = useMemo(() => navFor(user), [user]);
  const selected = activeNavId(entries, pathname);

  return (
    <Layout className="yqs-shell">
      <Header className="yqs-header">
        <BrandMark />
        <div className="yqs-header-right">
          <LangSwitch dark />
          <UserMenu />
        </div>
      </Header>
      <Layout>
        <Sider
          width={216}
          theme="light"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          collapsedWidth={phone ? 0 : 80}
          className="yqs-sider"
        >
          <Menu
            mode="inline"
            data-testid="nav-menu"
            selectedKeys={selected ? [selected] : []}
            onClick={() => phone && setCollapsed(true)}
            items={entries.map((entry) => ({
              key: entry.id,
              icon: entry.icon,
              label: (
                <Link to={entry.path} data-testid={`nav-${entry.id}`}>
                  {t(entry.labelKey)}
                </Link>
              ),
            }))}
          />
        </Sider>
        <Layout className="yqs-main">
          <Content className="yqs-content">
            <Suspense fallback={<Spin className="yqs-page-spin" />}>
              <Outlet />
            </Suspense>
          </Content>
          <Footer className="yqs-footer">{t('app.footer', { jurisdiction, version: meta?.version ?? '0.1.0' })}</Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
