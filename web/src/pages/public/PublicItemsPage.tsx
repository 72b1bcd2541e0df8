import { Card, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { listPublicDepartments, listPublicItems } from '../../api/endpoints';
import type { PublicItem } from '../../api/types';
import { ListError, LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { SearchInput } from '../../components/SearchInput';
import { ModeTags } from '../../components/tags';
import { useAsync } from '../../components/useAsync';
import { useListParams } from '../../components/useListParams';
import { useT } from '../../i18n';

export function PublicItemsPage() {
  const t = useT();
  const list = useListParams();
  const q = list.get('q');
  const department = list.get('department');
  const departments = useAsync(() => listPublicDepartments(), []);
  const { data, error, loading, reload } = useAsync(
    () => listPublicItems({ q, department: department || undefined, limit: list.pageSize, offset: list.offset }),
    [q, department, list.pageSize, list.offset],
  );
  const deptName = departments.data?.items.find((d) => d.code === department)?.name;

  const columns: ColumnsType<PublicItem> = [
    { title: t('item.department'), key: 'department', width: 180, render: (_, i) => i.department.name },
    { title: t('item.code'), dataIndex: 'code', width: 150, render: (v: string) => <Typography.Text className="yqs-mono">{v}</Typography.Text> },
    { title: t('item.name'), dataIndex: 'name', width: 260, render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
    { title: t('item.legalBasis'), dataIndex: 'legalBasis', render: (v: string) => <span className="yqs-legal">{v}</span> },
    { title: t('item.modes'), key: 'modes', width: 200, render: (_, i) => <ModeTags modes={i.modes} delegable={i.delegable} /> },
  ];

  return (
    <PageContainer
      title={deptName ? t('dept.catalogTitle', { name: deptName }) : t('public.itemsTitle')}
      subTitle={t('public.intro')}
      crumbs={[{ title: t('public.home'), to: '/public' }, { title: t('public.itemsTitle') }]}
    >
      <Card>
        <Space wrap size={[12, 12]} className="yqs-toolbar">
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('public.allDepartments')}
            value={department || undefined}
            onChange={(v) => list.update({ department: v })}
            options={(departments.data?.items ?? []).map((d) => ({ value: d.code, label: d.name }))}
            loading={departments.loading}
            style={{ width: 220 }}
            data-testid="filter-department"
          />
          <SearchInput value={q} width={320} placeholder={t('item.searchPlaceholder')} onSearch={(v) => list.update({ q: v })} />
        </Space>
        <ListError error={error} hasData={Boolean(data)} onRetry={reload} />
        {error && !data ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Table<PublicItem>
            rowKey={(i) => `${i.department.code}/${i.code}`}
            data-testid="public-items-table"
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
