import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Descriptions, Space, Tabs, Tag } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { getPolicy, listPolicyVersions } from '../../api/policy';
import { useUser } from '../../auth/AuthContext';
import { LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { useAsync } from '../../components/useAsync';
import { useLang, useT } from '../../i18n';
import { PolicyClauses } from './PolicyClauses';
import { PolicyParams } from './PolicyParams';
import { DeadlinesTable, ExceptionCasesTable } from './PolicyTables';
import { PolicyVersions } from './PolicyVersions';
import { PublishPolicyModal } from './PublishPolicyModal';
import './policy.css';

/** 政策参数: the policy in force (or on a chosen date), every parameter readable; the coordinator publishes. */
export function PolicyPage() {
  const t = useT();
  const [lang] = useLang();
  const user = useUser();
  const [date, setDate] = useState<string | undefined>(undefined);
  const [tab, setTab] = useState('params');
  const [publishing, setPublishing] = useState(false);
  const current = useAsync(() => getPolicy(date), [date]);
  const versions = useAsync(() => listPolicyVersions(), []);
  const data = current.data;

  if (current.error && !data) return <LoadError error={current.error} onRetry={current.reload} />;

  const extra = (
    <Space wrap>
      <DatePicker
        value={date ? dayjs(date) : null}
        placeholder={t('pol.viewDate')}
        onChange={(d) => setDate(d ? d.format('YYYY-MM-DD') : undefined)}
        className="yqs-pol-date"
        data-testid="policy-date"
      />
      {user.role === 'coordinator' && data && (
        <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => setPublishing(true)} data-testid="policy-publish">
          {t('pol.publish')}
        </Button>
      )}
    </Space>
  );

  const v = data?.version;
  return (
    <PageContainer
      title={t('pol.title')}
      subTitle={v ? t('pol.intro', { id: v.id, date: v.effectiveFrom, basis: v.basis.id }) : undefined}
      extra={extra}
    >
      {data?.next && (
        <Alert
          type="info"
          showIcon
          className="yqs-pol-alert"
          title={t('pol.nextVersion', { id: data.next.id, date: data.next.effectiveFrom })}
          data-testid="policy-next"
        />
      )}
      <Card loading={!data} className="yqs-pol-summary" data-testid="policy-summary">
        {data && v && (
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label={t('pol.version')}>
              <span className="yqs-mono">{v.id}</span>
              {v.id === versions.data?.inForce && <Tag color="success" className="yqs-pol-inforce">{t('pol.status.inForce')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('pol.jurisdiction')}>
              {t('pol.jurisdictionValue', { name: data.policy.jurisdiction.name[lang], code: data.policy.jurisdiction.code })}
            </Descriptions.Item>
            <Descriptions.Item label={t('pol.effectiveFrom')}>{v.effectiveFrom}</Descriptions.Item>
            <Descriptions.Item label={t('pol.basis')} span={2}>
              {v.basis.id} {v.basis.title}
            </Descriptions.Item>
            <Descriptions.Item label={t('pol.source')}>
              {t(`pol.source.${v.source}`)}
              {v.publishedBy && ` · ${v.publishedBy}`}
              {v.publishedAt && ` · ${dayjs(v.publishedAt).format('YYYY-MM-DD HH:mm')}`}
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      {data && (
        <Card className="yqs-pol-tabs-card">
          <Tabs
            activeKey={tab}
            onChange={setTab}
            data-testid="policy-tabs"
            items={[
              { key: 'params', label: t('pol.tab.params'), children: <PolicyParams policy={data.policy} /> },
              { key: 'cases', label: t('pol.tab.cases'), children: <ExceptionCasesTable cases={data.policy.exceptionCases} /> },
              { key: 'deadlines', label: t('pol.tab.deadlines'), children: <DeadlinesTable deadlines={data.policy.deadlines} /> },
              { key: 'clauses', label: t('pol.tab.clauses'), children: <PolicyClauses policy={data.policy} /> },
              {
                key: 'versions',
                label: t('pol.tab.versions'),
                children: (
                  <>
                    {versions.error !== undefined && <LoadError error={versions.error} onRetry={versions.reload} inline />}
                    <PolicyVersions
                      list={versions.data}
                      loading={versions.loading}
                      onView={(d) => {
                        setDate(d);
                        setTab('params');
                      }}
                    />
                  </>
                ),
              },
            ]}
          />
        </Card>
      )}
      {data && (
        <PublishPolicyModal
          open={publishing}
          template={data.policy}
          onClose={() => setPublishing(false)}
          onPublished={() => {
            setPublishing(false);
            versions.reload();
            current.reload();
            setTab('versions');
          }}
        />
      )}
    </PageContainer>
  );
}
