import { Button, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import type { PolicyVersion, PolicyVersionList } from '../../api/policy';
import { useT } from '../../i18n';

interface Props {
  list: PolicyVersionList | undefined;
  loading: boolean;
  /** Show the version in force on this date. */
  onView: (date: string) => void;
}

/** Every version with its status (in force, pending, superseded); a row opens that version. */
export function PolicyVersions({ list, loading, onView }: Props) {
  const t = useT();
  const status = (v: PolicyVersion) => {
    if (v.id === list?.inForce) return <Tag color="success">{t('pol.status.inForce')}</Tag>;
    if (list && v.effectiveFrom > list.today) return <Tag color="processing">{t('pol.status.pending')}</Tag>;
    return <Tag>{t('pol.status.superseded')}</Tag>;
  };
  const columns: ColumnsType<PolicyVersion> = [
    {
      title: t('pol.version'),
      dataIndex: 'id',
      width: 160,
      render: (id: string, v) => (
        <Button type="link" size="small" className="yqs-pol-version-link" onClick={() => onView(v.effectiveFrom)}>
          <span className="yqs-mono">{id}</span>
        </Button>
      ),
    },
    { title: t('pol.effectiveFrom'), dataIndex: 'effectiveFrom', width: 120 },
    { title: t('pol.status'), key: 'status', width: 110, render: (_, v) => status(v) },
    {
      title: t('pol.basis'),
      key: 'basis',
      render: (_, v) => (
        <div className="yqs-pol-name">
          <span>{v.basis.id}</span>
          <Typography.Text type="secondary" className="yqs-pol-code">
            {v.basis.title}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('pol.source'), dataIndex: 'source', width: 150, render: (s: PolicyVersion['source']) => t(`pol.source.${s}`) },
    { title: t('pol.publishedBy'), dataIndex: 'publishedBy', width: 120, render: (v: string | null) => v ?? t('common.none') },
    {
      title: t('pol.publishedAt'),
      dataIndex: 'publishedAt',
      width: 150,
      render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : t('common.none')),
    },
  ];
  const rows = [...(list?.items ?? [])].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  return (
    <Table<PolicyVersion>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 1000 }}
      data-testid="policy-versions"
    />
  );
}
