import { Card, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { listPublicOffsiteItems, type OffsiteItem } from '../../api/delegations';
import { ListError, LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { SearchInput } from '../../components/SearchInput';
import { ModeTags } from '../../components/tags';
import { useAsync } from '../../components/useAsync';
import { useListParams } from '../../components/useListParams';
import { useT } from '../../i18n';
import { DepartmentFilter } from './DepartmentFilter';

/** 非现场检查事项清单 (public): what each department checks off site, so that on-site visits are spared. */
export function PublicOffsiteItemsPage() {
  const t = useT();
  const list = useListParams();
  const q = list.get('q');
  const department = list.get('department');
  const { data, error, loading, reload } = useAsync(
    () => listPublicOffsiteItems({ q: q || undefined, department: department || undefined, limit: list.pageSize, offset: list.offset }),
    [q, department, list.pageSize, list.offset],
  );
  const columns: ColumnsType<OffsiteItem> = [
    { title: t('item.department'), key: 'department', width: 190, render: (_, i) => i.department.name },
    { title: t('item.code'), dataIndex: 'code', width: 130, render: (v: string) => <Typography.Text className="yqs-mono">{v}</Typography.Text> },
    { title: t('item.name'), dataIndex: 'name', width: 280, render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
    { title: t('item.legalBasis'), dataIndex: 'legalBasis', render: (v: string) => <span className="yqs-legal">{v}</span> },
    { title: t('item.modes'), key: 'modes', width: 170, render: (_, i) => <ModeTags modes={i.modes} delegable={i.delegable} /> },
  ];
  return (
    <PageContainer title={t('pub.offsite.title')} subTitle={t('pub.offsite.intro')} crumbs={[{ title: t('public.home'), to: '/public' }, { title: t('pub.offsite.title') }]}>
      <Card>
        <Space wrap size={[12, 12]} className="yqs-toolbar">
          <DepartmentFilter value={department} onChange={(v) => list.update({ department: v })} testId="offsite-filter-department" />
          <SearchInput value={q} width={320} placeholder={t('item.searchPlaceholder')} onSearch={(v) => list.update({ q: v })} />
        </Space>
        <ListError error={error} hasData={Boolean(data)} onRetry={reload} />
        {error && !data ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Table<OffsiteItem>
            rowKey={(i) => `${i.department.code}/${i.code}`}
            data-testid="public-offsite-table"
            columns={columns}
            dataSource={data?.items}
            loading={loading}
            pagination={list.pagination(data?.total)}
            scroll={{ x: 960 }}
          />
        )}
      </Card>
    </PageContainer>
  );
}
