import { Card, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { listPublicDelegations, type PublicDelegation } from '../../api/delegations';
import { ListError, LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { useAsync } from '../../components/useAsync';
import { useListParams } from '../../components/useListParams';
import { useT } from '../../i18n';
import { DepartmentFilter } from './DepartmentFilter';

/** 委托检查事项清单库 (public): which department may inspect which simple item on whose behalf. */
export function PublicDelegationsPage() {
  const t = useT();
  const list = useListParams();
  const department = list.get('department');
  const delegate = list.get('delegate');
  const { data, error, loading, reload } = useAsync(
    () => listPublicDelegations({ department: department || undefined, delegate: delegate || undefined, limit: list.pageSize, offset: list.offset }),
    [department, delegate, list.pageSize, list.offset],
  );
  const columns: ColumnsType<PublicDelegation> = [
    {
      title: t('dlg.item'),
      key: 'item',
      render: (_, d) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{d.item.name}</Typography.Text>
          <Typography.Text type="secondary" className="yqs-mono">
            {d.item.code}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('dlg.owner'), key: 'owner', width: 200, render: (_, d) => d.owner.name },
    { title: t('dlg.delegate'), key: 'delegate', width: 200, render: (_, d) => d.delegate.name },
    { title: t('dlg.valid'), key: 'valid', width: 220, render: (_, d) => `${d.validFrom} ~ ${d.validUntil ?? t('dlg.openEnded')}` },
    { title: t('dlg.note'), dataIndex: 'note', width: 240, render: (v: string | null) => v ?? t('common.none') },
  ];
  return (
    <PageContainer title={t('pub.delegations.title')} subTitle={t('pub.delegations.intro')} crumbs={[{ title: t('public.home'), to: '/public' }, { title: t('pub.delegations.title') }]}>
      <Card>
        <Space wrap size={[12, 12]} className="yqs-toolbar">
          <DepartmentFilter value={department} onChange={(v) => list.update({ department: v })} testId="delegations-filter-owner" placeholder={t('dlg.allOwners')} />
          <DepartmentFilter value={delegate} onChange={(v) => list.update({ delegate: v })} testId="delegations-filter-delegate" placeholder={t('dlg.allDelegates')} />
        </Space>
        <ListError error={error} hasData={Boolean(data)} onRetry={reload} />
        {error && !data ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Table<PublicDelegation>
            rowKey={(d) => `${d.owner.code}/${d.item.code}/${d.delegate.code}/${d.validFrom}`}
            data-testid="public-delegations-table"
            columns={columns}
            dataSource={data?.items}
            loading={loading}
            pagination={list.pagination(data?.total)}
            locale={{ emptyText: t('dlg.empty') }}
            scroll={{ x: 1000 }}
          />
        )}
      </Card>
    </PageContainer>
  );
}
