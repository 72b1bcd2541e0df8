import { Button, Card, Col, Empty, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useUser } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { EnterpriseView } from '../enterprises/EnterpriseView';
import { QuickLinks } from './QuickLinks';

export function EnterpriseHome() {
  const t = useT();
  const user = useUser();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        {user.enterprise ? (
          <EnterpriseView
            uscc={user.enterprise.uscc}
            title={t('home.myEnterprise')}
            extra={
              <Link to="/my-enterprise">
                <Button type="link" size="small">{t('common.view')}</Button>
              </Link>
            }
          />
        ) : (
          <Card title={t('home.myEnterprise')}>
            <Empty description={t('ent.noEnterprise')} />
          </Card>
        )}
      </Col>
      <Col xs={24} xl={8}>
        <QuickLinks />
        <Card className="yqs-note-card">
          <Typography.Paragraph type="secondary" className="yqs-no-margin">
            {t('home.enterpriseIntro')}
          </Typography.Paragraph>
        </Card>
      </Col>
    </Row>
  );
}
