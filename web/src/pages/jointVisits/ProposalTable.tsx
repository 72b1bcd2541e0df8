import { Button, Space, Table, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import { Link } from 'react-router-dom';
import type { Proposal } from '../../api/jointVisits';
import { GradeTag } from '../../components/tags';
import { useT } from '../../i18n';
import { DepartmentTags, ProposalFilings, ProposalStateTag } from './ProposalParts';

interface Props {
  data: Proposal[] | undefined;
  loading: boolean;
  pagination: TablePaginationConfig;
  canDecide: boolean;
  onAccept: (p: Proposal, mode: 'accept' | 'change') => void;
  onReject: (p: Proposal) => void;
}

/** 按企业: one row per proposed joint visit, with the decisions. */
export function ProposalTable({ data, loading, pagination, canDecide, onAccept, onReject }: Props) {
  const t = useT();
  const columns: ColumnsType<Proposal> = [
    {
      title: t('jv.col.enterprise'),
      key: 'enterprise',
      width: 200,
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <Space size={6}>
            <Typography.Text strong>{p.enterprise.name}</Typography.Text>
            <GradeTag grade={p.enterprise.grade} />
          </Space>
          <Typography.Text type="secondary" className="jv-mono">{p.enterprise.uscc}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('jv.col.date'),
      key: 'date',
      width: 120,
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{p.proposedDate}</Typography.Text>
          {p.dueOn && p.state === 'proposed' && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('jv.col.due')} {p.dueOn.slice(5)}</Typography.Text>}
        </Space>
      ),
    },
    { title: t('jv.col.departments'), key: 'departments', width: 200, render: (_, p) => <DepartmentTags departments={p.departments} lead={p.lead} /> },
    { title: t('jv.col.filings'), key: 'filings', width: 310, render: (_, p) => <ProposalFilings proposal={p} /> },
    { title: t('jv.col.state'), key: 'state', width: 112, render: (_, p) => <ProposalStateTag state={p.state} /> },
    {
      title: t('jv.col.actions'),
      key: 'actions',
      width: 220,
      fixed: 'right',
      render: (_, p) =>
        p.state === 'accepted' && p.jointVisitId ? (
          <Link to={`/joint-visits/${p.jointVisitId}`} data-testid={`open-visit-${p.id}`}>
            {t('jv.action.open')}
          </Link>
        ) : p.state === 'proposed' && canDecide ? (
          <Space size={4} wrap>
            <Button type="primary" size="small" onClick={() => onAccept(p, 'accept')} data-testid={`accept-${p.id}`}>
              {t('jv.action.accept')}
            </Button>
            <Button size="small" onClick={() => onAccept(p, 'change')} data-testid={`change-${p.id}`}>
              {t('jv.action.change')}
            </Button>
            <Button size="small" danger onClick={() => onReject(p)} data-testid={`reject-${p.id}`}>
              {t('jv.action.reject')}
            </Button>
          </Space>
        ) : p.reason ? (
          <Typography.Text type="secondary" ellipsis={{ tooltip: p.reason }}>{p.reason}</Typography.Text>
        ) : null,
    },
  ];
  return (
    <Table<Proposal>
      rowKey="id"
      data-testid="proposals-table"
      columns={columns}
      dataSource={data}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 1160 }}
      locale={{ emptyText: t('jv.empty') }}
    />
  );
}
