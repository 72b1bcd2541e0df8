import { Card, Typography } from 'antd';
import { useUser } from '../../auth/AuthContext';
import { PageContainer } from '../../components/PageContainer';
import { useT } from '../../i18n';
import { EnterpriseHome } from './EnterpriseHome';
import { StaffHome } from './StaffHome';

export function HomePage() {
  const t = useT();
  const user = useUser();
  const scope = user.department
    ? t('home.deptLine', { department: user.department.name })
    : user.enterprise
      ? t('home.entLine', { enterprise: user.enterprise.name })
      : null;

  return (
    <PageContainer title={t('nav.home')}>
      <Card className="yqs-welcome" data-testid="welcome">
        <Typography.Title level={4} className="yqs-welcome-title">
          {t('home.greeting', { name: user.displayName })}
        </Typography.Title>
        <Typography.Text className="yqs-welcome-line">
          {t('home.roleLine', { role: t(`role.${user.role}`) })}
          {scope && <span className="yqs-welcome-scope">{scope}</span>}
        </Typography.Text>
      </Card>
      {user.role === 'enterprise' ? <EnterpriseHome /> : <StaffHome />}
    </PageContainer>
  );
}
