import { Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { FilingKind } from '../../api/filings';
import { useT } from '../../i18n';

/** A plan task as both the department's and the public view can show it. */
export interface TaskRow {
  key: string | number;
  kind: FilingKind;
  title: string;
  months: number[];
  items: { code: string; name: string }[];
  targetRule: string | null;
  targetCount: number | null;
  /** Named target enterprises (the public view shows only their number). */
  enterprises: { uscc: string; name: string }[] | number;
  basis: string | null;
}

const KIND_COLORS: Record<FilingKind, string> = { random: 'blue', targeted: 'volcano', campaign: 'purple' };

/** The tasks of an annual plan: kind, items, months, whom (sampling rule, count or named enterprises), basis. */
export function PlanTasksTable({ tasks, testId }: { tasks: TaskRow[]; testId: string }) {
  const t = useT();
  const columns: ColumnsType<TaskRow> = [
    { title: t('plan.task.kind'), key: 'kind', width: 110, render: (_, r) => <Tag color={KIND_COLORS[r.kind]}>{t(`fl.kind.${r.kind}`)}</Tag> },
    { title: t('plan.task.title'), dataIndex: 'title', width: 200, render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
    {
      title: t('plan.task.items'),
      key: 'items',
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          {r.items.map((i) => (
            <span key={i.code}>
              <Typography.Text className="yqs-mono yqs-muted">{i.code}</Typography.Text> {i.name}
            </span>
          ))}
        </Space>
      ),
    },
    { title: t('plan.task.months'), key: 'months', width: 150, render: (_, r) => r.months.map((m) => t('fl.f.month', { month: m })).join('、') },
    {
      title: t('plan.task.target'),
      key: 'target',
      width: 260,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          {r.targetRule && <span>{r.targetRule}</span>}
          {r.targetCount !== null && <Typography.Text type="secondary">{t('plan.task.count', { count: r.targetCount })}</Typography.Text>}
          {typeof r.enterprises === 'number'
            ? r.enterprises > 0 && <Typography.Text type="secondary">{t('plan.task.namedCount', { count: r.enterprises })}</Typography.Text>
            : r.enterprises.length > 0 && <Typography.Text type="secondary">{r.enterprises.map((e) => e.name).join('、')}</Typography.Text>}
          {r.basis && <Typography.Text type="secondary">{t('plan.task.basisLine', { basis: r.basis })}</Typography.Text>}
        </Space>
      ),
    },
  ];
  return <Table<TaskRow> rowKey="key" size="small" data-testid={testId} columns={columns} dataSource={tasks} pagination={false} scroll={{ x: 900 }} />;
}
