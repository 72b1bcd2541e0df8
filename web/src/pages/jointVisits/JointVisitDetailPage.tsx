import { Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { checklistXlsxUrl, getJointVisit, type JointVisitDetail } from '../../api/jointVisits';
import { useUser } from '../../auth/AuthContext';
import { LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { GradeTag } from '../../components/tags';
import { useAsync } from '../../components/useAsync';
import { useT } from '../../i18n';
import { JointChecklist } from './JointChecklist';
import { JointCodeCard } from './JointCodeCard';
import { DepartmentTags } from './ProposalParts';
import './jointVisits.css';

/** 联合检查详情: one day, one lead, one team, one combined checklist (一表通查) — printable and exportable. */
export function JointVisitDetailPage() {
  const t = useT();
  const user = useUser();
  const id = Number(useParams().id);
  const { data, error, reload } = useAsync(() => getJointVisit(id), [id]);
  const title = t('jv.detail.title', { id });
  const crumbs = [{ title: t('jv.visits.title'), to: '/joint-visits' }, { title: `#${id}` }];
  if (error) {
    return (
      <PageContainer title={title} crumbs={crumbs}>
        <LoadError error={error} onRetry={reload} />
      </PageContainer>
    );
  }
  const v: JointVisitDetail | undefined = data;
  const extra = (
    <Space wrap className="jv-no-print">
      <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="joint-print">
        {t('jv.detail.print')}
      </Button>
      <Button icon={<DownloadOutlined />} href={checklistXlsxUrl(id)} data-testid="joint-excel">
        {t('jv.detail.excel')}
      </Button>
    </Space>
  );
  return (
    <PageContainer title={title} subTitle={v ? `${v.enterprise.name} · ${v.date}` : undefined} crumbs={crumbs} extra={extra}>
      {v && (
        <div className="jv-detail-grid" data-testid="joint-visit-detail">
          <div className="jv-stack">
            <Typography.Title level={3} className="jv-print-only" style={{ textAlign: 'center' }}>
              {t('jv.detail.printTitle')}
            </Typography.Title>
            <Card size="small">
              <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered styles={{ label: { whiteSpace: 'nowrap', width: 96 } }}>
                <Descriptions.Item label={t('jv.detail.enterprise')} span={2}>
                  <Space size={6}>
                    {v.enterprise.name}
                    <GradeTag grade={v.enterprise.grade} />
                    <Typography.Text type="secondary" className="jv-mono">{v.enterprise.uscc}</Typography.Text>
                  </Space>
                </Descriptions.Item>
                <Descriptions.Item label={t('jv.detail.date')}>
                  <span data-testid="joint-date">{v.date}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('jv.detail.lead')}>{v.lead.name}</Descriptions.Item>
                <Descriptions.Item label={t('jv.detail.departments')} span={2}>
                  <DepartmentTags departments={v.departments} lead={v.lead} />
                </Descriptions.Item>
                <Descriptions.Item label={t('jv.detail.accepted')} span={2}>
                  {v.accepted ? t('jv.detail.acceptedBy', { by: v.accepted.by ?? '—', at: v.accepted.at ? new Date(v.accepted.at).toLocaleString() : '—', reason: v.accepted.reason }) : t('jv.detail.formedAtFiling')}
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Card size="small" title={t('jv.detail.team')}>
              <Table
                rowKey="username"
                size="small"
                pagination={false}
                dataSource={v.team}
                data-testid="joint-team"
                columns={[
                  { title: t('jv.detail.team.name'), dataIndex: 'displayName' },
                  { title: t('jv.detail.team.department'), key: 'd', render: (_, p) => p.department.name },
                  { title: t('jv.detail.team.certificate'), dataIndex: 'certificateNumber', render: (n: string | null) => n ?? '—' },
                  { title: t('jv.detail.team.validUntil'), dataIndex: 'certificateValidUntil', render: (d: string | null) => d ?? '—' },
                ]}
              />
            </Card>
            <JointChecklist visit={v} />
            <div className="jv-print-only">
              <div className="jv-sign">
                <span>{t('jv.detail.sign')}</span>
                <span>{t('jv.detail.signEnterprise')}</span>
              </div>
            </div>
          </div>
          <div className="jv-stack">
            <JointCodeCard visit={v} canIssue={user.role === 'coordinator'} onIssued={reload} />
            <Card size="small" title={t('jv.detail.filings')} className="jv-no-print">
              <Space orientation="vertical" size={6}>
                {v.filings.map((f) => (
                  <Space key={f.id} size={6} wrap>
                    <Link to={`/filings/${f.id}`}>#{f.id}</Link>
                    <span>{f.department.name}</span>
                    {f.lead && <Tag color="blue">{t('jv.dept.lead')}</Tag>}
                    <Tag>{t(`fl.state.${f.state}` as 'fl.state.draft')}</Tag>
                  </Space>
                ))}
              </Space>
            </Card>
            <Card size="small" title={t('jv.detail.items')}>
              <Space orientation="vertical" size={6}>
                {v.items.map((i) => (
                  <div key={i.code}>
                    <Typography.Text strong>{i.name}</Typography.Text> <Typography.Text type="secondary">{i.code}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary">
                      {i.owner.name} · {i.frozen ? t('jv.detail.itemFrozen', { version: i.version }) : t('jv.detail.itemCurrent', { version: i.version })}
                    </Typography.Text>
                  </div>
                ))}
              </Space>
            </Card>
          </div>
        </div>
      )}
    </PageContainer>
  );
}
