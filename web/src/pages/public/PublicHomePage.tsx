import { Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
import { ApartmentOutlined, RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { listPublicDepartments } from '../../api/endpoints';
import { useJurisdictionName } from '../../app/useAppTitle';
import { LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { useAsync } from '../../components/useAsync';
import { useT } from '../../i18n';

export function PublicHomePage() {
  const t = useT();
  const jurisdiction = useJurisdictionName();
  const { data, error, loading, reload } = useAsync(() => listPublicDepartments(), []);

  return (
    <PageContainer title={t('public.portal')}>
      <div className="yqs-public-hero">
        <Typography.Title level={3} className="yqs-public-hero-title">
          {t('app.subtitle', { jurisdiction })}
        </Typography.Title>
        <Typography.Paragraph className="yqs-public-hero-text">{t('public.intro')}</Typography.Paragraph>
      </div>
      <Typography.Title level={5} className="yqs-section-title">
        {t('public.departments')}
      </Typography.Title>
      {error && !data ? (
        <LoadError error={error} onRetry={reload} />
      ) : loading && !data ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : data && data.items.length === 0 ? (
        <Card>
          <Empty />
        </Card>
      ) : (
        <Row gutter={[16, 16]} data-testid="public-departments">
          {data?.items.map((d) => (
            <Col key={d.code} xs={24} sm={12} lg={8} xl={6}>
              <Link to={`/public/items?department=${encodeURIComponent(d.code)}`} data-testid={`public-dept-${d.code}`}>
                <Card hoverable size="small" className="yqs-dept-card">
                  <div className="yqs-dept-card-head">
                    <ApartmentOutlined className="yqs-dept-card-icon" />
                    <Typography.Text strong ellipsis className="yqs-dept-card-name">
                      {d.name}
                    </Typography.Text>
                  </div>
                  <div className="yqs-dept-card-foot">
                    <Typography.Text type="secondary">{t('public.itemCount', { count: d.itemCount })}</Typography.Text>
                    <span className="yqs-dept-card-link">
                      {t('public.viewCatalog')} <RightOutlined />
                    </span>
                  </div>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </PageContainer>
  );
}
