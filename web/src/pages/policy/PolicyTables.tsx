import { Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Deadline, ExceptionCase } from '../../api/policy';
import { useLang, useT } from '../../i18n';

/** The exception cases (R7): which rules each lifts, what it obliges, and why. */
export function ExceptionCasesTable({ cases }: { cases: ExceptionCase[] }) {
  const t = useT();
  const [lang] = useLang();
  const columns: ColumnsType<ExceptionCase> = [
    {
      title: t('pol.case'),
      key: 'name',
      width: 260,
      render: (_, c) => (
        <div className="yqs-pol-name">
          <Typography.Text strong>{c.name[lang]}</Typography.Text>
          <span className="yqs-mono yqs-muted yqs-pol-code">{c.code}</span>
        </div>
      ),
    },
    {
      title: t('pol.lifts'),
      dataIndex: 'lifts',
      width: 150,
      render: (lifts: string[]) =>
        lifts.length ? (
          <Space size={[0, 4]} wrap>
            {lifts.map((r) => (
              <Tag key={r} color="purple">
                {r}
              </Tag>
            ))}
          </Space>
        ) : (
          <span className="yqs-muted">{t('pol.liftsNone')}</span>
        ),
    },
    {
      title: t('pol.obligations'),
      dataIndex: 'obligations',
      width: 230,
      render: (list: ExceptionCase['obligations']) => (
        <Space size={[0, 4]} wrap>
          {list.map((o) => (
            <Tag key={o}>{t(`pol.obligation.${o}`)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('pol.approvalAfterwards'),
      dataIndex: 'approvalAfterwards',
      width: 120,
      align: 'center',
      render: (v: boolean) => (v ? <Tag color="orange">{t('common.yes')}</Tag> : <span className="yqs-muted">{t('common.no')}</span>),
    },
    { title: t('pol.rationale'), key: 'rationale', render: (_, c) => c.rationale[lang] },
  ];
  return <Table<ExceptionCase> rowKey="code" size="small" columns={columns} dataSource={cases} pagination={false} scroll={{ x: 1000 }} data-testid="policy-cases" />;
}

/** Every deadline with its length, where it is counted from, and what happens when it passes. */
export function DeadlinesTable({ deadlines }: { deadlines: Deadline[] }) {
  const t = useT();
  const [lang] = useLang();
  const columns: ColumnsType<Deadline> = [
    {
      title: t('pol.deadline'),
      key: 'name',
      width: 260,
      render: (_, d) => (
        <div className="yqs-pol-name">
          <Typography.Text strong>{d.name[lang]}</Typography.Text>
          <span className="yqs-mono yqs-muted yqs-pol-code">{d.code}</span>
        </div>
      ),
    },
    {
      title: t('pol.deadlineDays'),
      key: 'days',
      width: 150,
      render: (_, d) =>
        d.days === 0 ? t('pol.deadlineSameDay') : t(d.unit === 'working_days' ? 'pol.workingDays' : 'pol.calendarDays', { n: d.days }),
    },
    { title: t('pol.deadlineFrom'), key: 'from', width: 260, render: (_, d) => d.from[lang] },
    {
      title: t('pol.defaultOutcome'),
      key: 'outcome',
      render: (_, d) => (
        <div className="yqs-pol-name">
          <span>{d.defaultOutcome[lang]}</span>
          <span className="yqs-mono yqs-muted yqs-pol-code">{d.defaultOutcome.code}</span>
        </div>
      ),
    },
  ];
  return <Table<Deadline> rowKey="code" size="small" columns={columns} dataSource={deadlines} pagination={false} scroll={{ x: 1000 }} data-testid="policy-deadlines" />;
}
