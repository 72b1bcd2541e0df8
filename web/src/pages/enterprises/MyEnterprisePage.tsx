import { Empty } from 'antd';
import { useUser } from '../../auth/AuthContext';
import { PageContainer } from '../../components/PageContainer';
import { useT } from '../../i18n';
import { EnterpriseView } from './EnterpriseView';

export function MyEnterprisePage() {
  const t = useT();
  const user = useUser();
  return (
    <PageContainer title={t('ent.myTitle')} subTitle={user.enterprise?.name}>
      {user.enterprise ? <EnterpriseView uscc={user.enterprise.uscc} /> : <Empty description={t('ent.noEnterprise')} />}
    </PageContainer>
  );
}
