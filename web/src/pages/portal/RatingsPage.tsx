import { useState } from 'react';
import { Alert, Card, Input, Progress, Rate, Select, Space, Spin, Table, Typography } from 'antd';
import { getRatingSummary, listRatings, type RatingAggregate, type RatingRow, type RatingSummary } from '../../api/ratings';
import { useUser } from '../../auth/AuthContext';
import { LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { useAsync } from '../../components/useAsync';
import { useT } from '../../i18n';

const PAGE = 20;

/**
 * 企业评价 (ratings of visits). A department sees only its own aggregate, over closed months and in
 * blocks of K, never a single rating, a comment or who rated; the coordinator and supervisors see
 * every department's figures and every rating.
 */
export function RatingsPage() {
  const t = useT();
  const user = useUser();
  const oversight = user.role === 'coordinator' || user.role === 'supervisor';
  const summary = useAsync(() => getRatingSummary(), []);

  return (
    <PageContainer title={t('rt.title')}>
      <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="ratings-page" data-oversight={oversight}>
        <Alert type="info" showIcon title={oversight ? t('rt.introOversight') : t('rt.introDepartment', { k: summary.data?.minimumGroup ?? 5 })} />
        {summary.error ? (
          <LoadError error={summary.error} onRetry={summary.reload} />
        ) : !summary.data ? (
          <Spin className="yqs-page-spin" />
        ) : oversight ? (
          <>
            <SummaryTable summary={summary.data} />
            <AllRatings departments={summary.data.departments.map((d) => d.department)} />
          </>
        ) : (
          summary.data.departments.map((d) => <DepartmentCard key={d.department.code} name={d.department.name} published={d.published} summary={summary.data!} />)
        )}
      </Space>
    </PageContainer>
  );
}

function Distribution({ a }: { a: RatingAggregate }) {
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%', maxWidth: 360 }}>
      {(['5', '4', '3', '2', '1'] as const).map((s) => (
        <Space key={s} size={8} style={{ width: '100%' }}>
          <span style={{ width: 28, display: 'inline-block' }}>{s}★</span>
          <Progress percent={a.count ? Math.round((a.distribution[s] / a.count) * 100) : 0} size="small" style={{ width: 240, margin: 0 }} format={() => a.distribution[s]} />
        </Space>
      ))}
    </Space>
  );
}

function DepartmentCard({ name, published, summary }: { name: string; published: RatingAggregate | null; summary: RatingSummary }) {
  const t = useT();
  return (
    <Card size="small" title={name} data-testid="rating-department">
      {published ? (
        <Space orientation="vertical" size={8} data-testid="rating-aggregate">
          <Space size={12} wrap>
            <Rate disabled allowHalf value={Math.round(published.mean * 2) / 2} />
            <Typography.Text strong style={{ fontSize: 18 }} data-testid="rating-mean">
              {published.mean.toFixed(2)}
            </Typography.Text>
            <Typography.Text type="secondary">{t('rt.count', { n: published.count })}</Typography.Text>
          </Space>
          <Distribution a={published} />
        </Space>
      ) : (
        <Typography.Text type="secondary" data-testid="rating-not-enough">
          {t('rt.notEnough', { k: summary.minimumGroup })}
        </Typography.Text>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('rt.closedBefore', { date: summary.closedBefore, k: summary.minimumGroup })}
      </Typography.Paragraph>
    </Card>
  );
}

function SummaryTable({ summary }: { summary: RatingSummary }) {
  const t = useT();
  return (
    <Card size="small" title={t('rt.byDepartment')}>
      <Table
        size="small"
        rowKey={(r) => r.department.code}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        dataSource={summary.departments}
        data-testid="rating-summary"
        columns={[
          { title: t('rt.department'), render: (_, r) => r.department.name },
          { title: t('rt.exactCount'), align: 'right', render: (_, r) => r.exact?.count ?? 0 },
          { title: t('rt.exactMean'), align: 'right', render: (_, r) => (r.exact?.count ? r.exact.mean.toFixed(2) : '—') },
          { title: t('rt.published'), render: (_, r) => (r.published ? `${r.published.mean.toFixed(2)}（${t('rt.count', { n: r.published.count })}）` : t('rt.notPublished')) },
        ]}
      />
    </Card>
  );
}

function AllRatings({ departments }: { departments: { code: string; name: string }[] }) {
  const t = useT();
  const [department, setDepartment] = useState<string | undefined>(undefined);
  const [enterprise, setEnterprise] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const rows = useAsync(() => listRatings({ department, enterprise, limit: PAGE, offset: (page - 1) * PAGE }), [department, enterprise, page]);
  return (
    <Card size="small" title={t('rt.all')}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('rt.filterDepartment')}
          style={{ minWidth: 220 }}
          value={department}
          onChange={(v) => (setDepartment(v), setPage(1))}
          options={departments.map((d) => ({ value: d.code, label: d.name }))}
          data-testid="ratings-department"
        />
        <Input.Search
          allowClear
          placeholder={t('rt.filterEnterprise')}
          style={{ width: 260 }}
          onSearch={(v) => (setEnterprise(/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v.trim()) ? v.trim() : undefined), setPage(1))}
          data-testid="ratings-enterprise"
        />
      </Space>
      {rows.error ? (
        <LoadError error={rows.error} onRetry={rows.reload} />
      ) : (
        <Table<RatingRow>
          size="small"
          rowKey="id"
          loading={rows.loading}
          scroll={{ x: 'max-content' }}
          dataSource={rows.data?.items ?? []}
          data-testid="ratings-list"
          pagination={{ current: page, pageSize: PAGE, total: rows.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (n) => t('rt.total', { n }) }}
          onRow={(r) => ({ 'data-testid': `rating-row-${r.filingId}` }) as never}
          columns={[
            { title: t('rt.ratedAt'), render: (_, r) => r.ratedAt.slice(0, 10) },
            { title: t('rt.department'), render: (_, r) => r.department.name },
            { title: t('rt.enterprise'), render: (_, r) => `${r.enterprise.name}（${r.enterprise.uscc}）` },
            { title: t('rt.visitDate'), dataIndex: 'plannedDate' },
            { title: t('rt.score'), render: (_, r) => <Rate disabled value={r.score} style={{ fontSize: 14 }} /> },
            { title: t('rt.comment'), render: (_, r) => r.comment ?? '—' },
          ]}
        />
      )}
    </Card>
  );
}
