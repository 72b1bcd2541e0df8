import { App, Avatar, Button, Space, Tag, Tooltip } from 'antd';
import { GlobalOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useAuth, useUser } from '../auth/AuthContext';
import { useT } from '../i18n';

/** Header right side: public portal link, user name, role label, sign-out. */
export function UserMenu() {
  const t = useT();
  const user = useUser();
  const { logout } = useAuth();
  const { message } = App.useApp();

  const scope = user.department?.name ?? user.enterprise?.name;

  const signOut = async () => {
    // the guard sends the signed-out user to /login
    await logout().catch(() => undefined);
    message.success(t('header.logoutDone'));
  };

  return (
    <Space size={4} className="yqs-user-menu">
      <Link to="/public" className="yqs-header-link" data-testid="header-public-link">
        <GlobalOutlined /> {t('nav.public')}
      </Link>
      <span className="yqs-header-sep" />
      <Avatar size="small" icon={<UserOutlined />} className="yqs-avatar" />
      <Tooltip title={scope}>
        <span className="yqs-user-name" data-testid="user-name">
          {user.displayName}
        </span>
      </Tooltip>
      <Tag color="blue" variant="filled" className="yqs-role-tag" data-testid="user-role" data-role={user.role}>
        {t(`role.${user.role}`)}
      </Tag>
      <Button
        type="text"
        icon={<LogoutOutlined />}
        onClick={signOut}
        className="yqs-header-btn"
        data-testid="logout-button"
      >
        <span className="yqs-hide-phone">{t('header.logout')}</span>
      </Button>
    </Space>
  );
}
