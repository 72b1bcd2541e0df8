import { useParams } from 'react-router-dom';
import { PageContainer } from '../../components/PageContainer';
import { useT } from '../../i18n';
import { EnterpriseView } from './EnterpriseView';

export function EnterpriseDetailPage() {
  const t = useT();
  const { uscc = '' } = useParams();
  return (
    <PageContainer
      title={t('ent.detailTitle')}
      crumbs={[{ title: t('nav.enterprises'), to: '/enterprises' }, { title: uscc }]}
    >
      <EnterpriseView uscc={uscc} />
    </PageContainer>
  );
}
