import { Card, Empty, Table, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { FilingDetail } from '../../api/filings';
import type { Deadline } from '../../api/policy';
import { useLang, useT } from '../../i18n';
import { FilingStateTag } from './FilingTags';
import { historyLabel } from './labels';

const at = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

/** Every step of the filing as the audit log holds it, its deadlines, and (for oversight) its flags. */
export function FilingHistoryCard({ filing, deadlines }: { filing: FilingDetail; deadlines: Deadline[] }) {
  const t = useT();
  const [lang] = useLang();
  const deadlineName = (code: string) => deadlines.find((d) => d.code === code)?.name[lang] ?? code;

  return (
    <Card title={t('fl.d.history')} data-testid="filing-history">
      {filing.history.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Timeline
          className="yqs-fl-timeline"
          items={filing.history.map((h, i) => ({
            key: i,
            content: (
              <div className="yqs-fl-history-entry" data-testid="history-entry" data-action={h.action}>
                <div>
                  <Typography.Text strong>{historyLabel(t, h.action)}</Typography.Text>
                  {h.state && <FilingStateTag state={h.state} />}
                </div>
                <Typography.Text type="secondary">
                  {at(h.at)} · {h.actor === 'system' ? t('common.system') : h.actor}
                </Typography.Text>
                {h.comment && <div className="yqs-fl-history-comment">{h.comment}</div>}
              </div>
            ),
          }))}
        />
      )}
      {filing.deadlines.length > 0 && (
        <Table
          size="small"
          rowKey="code"
          pagination={false}
          className="yqs-fl-deadlines"
          title={() => <Typography.Text strong>{t('fl.d.deadlines')}</Typography.Text>}
          dataSource={filing.deadlines}
          columns={[
            { title: t('fl.d.deadline'), dataIndex: 'code', render: (code: string) => deadlineName(code) },
            { title: t('fl.d.dueOn'), dataIndex: 'dueOn', width: 120 },
            {
              title: t('fl.d.deadlineState'),
              key: 'state',
              width: 150,
              render: (_, d) =>
                d.metAt ? <Tag color="success">{t('fl.d.met', { at: at(d.metAt) })}</Tag> : d.outcome ? <Tag color="error">{d.outcome}</Tag> : <Tag color="processing">{t('fl.d.open')}</Tag>,
            },
          ]}
        />
      )}
      {filing.flags.length > 0 && (
        <div className="yqs-fl-flags" data-testid="filing-flags">
          <Typography.Text strong>{t('fl.d.flags')}</Typography.Text>
          {filing.flags.map((f) => (
            <div key={`${f.code}-${f.raisedAt}`}>
              <Tag color="error">{f.code}</Tag>
              {at(f.raisedAt)} {f.note ?? ''}
            </div>
          ))}
        </div>
      )}
    </Card>
  );
}
