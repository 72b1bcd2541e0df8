import { Button, Card, Space, Table, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { FILING_STATES, filingsExportUrl, listFilings, type FilingState, type FilingSummary } from '../../api/filings';
import { useUser } from '../../auth/AuthContext';
import { ListError, LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { GradeTag } from '../../components/tags';
import { useAsync } from '../../components/useAsync';
import { useListParams } from '../../components/useListParams';
import { useT } from '../../i18n';
import { canOpen } from '../../nav/access';
import { FilingFilters } from './FilingFilters';
import { FilingStateTag, KindModeText } from './FilingTags';
import './filings.css';

const asStates = (value: string): FilingState[] =>
  value.split(',').filter((s): s is FilingState => (FILING_STATES as readonly string[]).includes(s));

/** 备案管理: the department's filings (the coordinator and supervisors see all), filtered, paged, exported. */
export function FilingsPage() {
  const t = useT();
  const user = useUser();
  const list = useListParams();
  const stateParam = list.get('state');
  const enterprise = list.get('ent');
  const from = list.get('from');
  const to = list.get('to');
  const query = { state: asStates(stateParam), enterprise: enterprise || undefined, from: from || undefined, to: to || undefined };
  const { data, error, loading, reload } = useAsync(
    () => listFilings({ ...query, limit: list.pageSize, offset: list.offset }),
    [stateParam, enterprise, from, to, list.pageSize, list.offset],
  );

  const columns: ColumnsType<FilingSummary> = [
    { title: t('fl.col.id'), dataIndex: 'id', width: 80, render: (id: number) => <Link to={`/filings/${id}`}>#{id}</Link> },
    {
      title: t('fl.col.enterprise'),
      key: 'enterprise',
      render: (_, f) => (
        <Space size={6}>
          <Link to={`/filings/${f.id}`} data-testid={`filing-link-${f.id}`}>
            {f.enterprise.name}
          </Link>
          <GradeTag grade={f.enterprise.grade} />
        </Space>
      ),
    },
    ...(user.department ? [] : [{ title: t('fl.col.department'), key: 'department', width: 180, render: (_: unknown, f: FilingSummary) => f.department.name }]),
    { title: t('fl.col.kind'), key: 'kind', width: 150, render: (_, f) => <KindModeText kind={f.kind} mode={f.mode} /> },
    {
      title: t('fl.col.items'),
      key: 'items',
      ellipsis: true,
      render: (_, f) => <Typography.Text ellipsis={{ tooltip: f.items.join('；') }}>{f.items.join('；') || t('common.none')}</Typography.Text>,
    },
    { title: t('fl.col.date'), key: 'date', width: 190, render: (_, f) => (f.windowEnd && f.windowEnd !== f.plannedDate ? `${f.plannedDate} ~ ${f.windowEnd}` : f.plannedDate) },
    { title: t('fl.col.state'), key: 'state', width: 140, render: (_, f) => <FilingStateTag state={f.state} /> },
  ];

  const extra = (
    <Space wrap>
      <Button icon={<DownloadOutlined />} href={filingsExportUrl(query)} data-testid="filings-export">
        {t('fl.export')}
      </Button>
      {canOpen(user, 'filingNew') && (
        <Link to="/filings/new">
          <Button type="primary" icon={<PlusOutlined />} data-testid="filing-new">
            {t('fl.new')}
          </Button>
        </Link>
      )}
    </Space>
  );

  return (
    <PageContainer title={t('fl.title')} subTitle={t('fl.intro')} extra={extra}>
      <Card>
        <FilingFilters states={query.state} enterprise={enterprise} from={from} to={to} onChange={(patch) => list.update(patch)} />
        <ListError error={error} hasData={Boolean(data)} onRetry={reload} />
        {error && !data ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Table<FilingSummary>
            rowKey="id"
            data-testid="filings-table"
            columns={columns}
            dataSource={data?.items}
            loading={loading}
            pagination={list.pagination(data?.total)}
            scroll={{ x: 980 }}
          />
        )}
      </Card>
    </PageContainer>
  );
}
