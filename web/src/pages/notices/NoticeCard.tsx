import { Button, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { CheckOutlined, PrinterOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { noticePrintUrl } from '../../api/filings';
import type { Notice } from '../../api/notices';
import { useLang, useT } from '../../i18n';

interface Props {
  notice: Notice;
  onAcknowledge: (notice: Notice) => void;
}

/** One advance notice as the enterprise reads it: what, when, who, its count this year, its rights. */
export function NoticeCard({ notice, onAcknowledge }: Props) {
  const t = useT();
  const [lang] = useLang();
  const c = notice.content;
  const none = t('common.none');
  const date = c.date ? t('rc.weekday', { date: c.date, weekday: dayjs(c.date).format('dddd') }) : none;
  const count = c.onsiteCountThisYear;

  return (
    <Card
      className="yqs-ntc-card"
      data-testid={`notice-${notice.id}`}
      data-filing={notice.filingId}
      title={
        <Space wrap size={8}>
          <span>{c.department?.name ?? none}</span>
          {notice.acknowledgedAt ? <Tag color="success">{t('ntc.acknowledged')}</Tag> : <Tag color="processing">{t('ntc.waiting')}</Tag>}
        </Space>
      }
      extra={<Typography.Text type="secondary">{t('ntc.issuedOnShort', { date: notice.issuedOn })}</Typography.Text>}
    >
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('ntc.date')}>
          <Typography.Text strong data-testid="notice-date">
            {c.windowEnd && c.windowEnd !== c.date ? `${date} ~ ${c.windowEnd}` : date}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('ntc.kind')}>{c.kind && c.mode ? `${t(`fl.kind.${c.kind}`)} · ${t(`mode.${c.mode}`)}` : none}</Descriptions.Item>
        <Descriptions.Item label={t('ntc.count')} span={2}>
          <span data-testid="notice-count">
            {count ? (count.cap === null ? t('ntc.countNoCap', { year: count.year, count: count.count }) : t('ntc.countCap', { year: count.year, count: count.count, cap: count.cap })) : none}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('ntc.inspectors')} span={2}>
          <Space wrap>
            {(c.inspectors ?? []).map((p) => (
              <Tag key={`${p.name}-${p.certificateNumber ?? ''}`} icon={<SafetyCertificateOutlined />}>
                {p.name} · {t('ntc.certificate', { number: p.certificateNumber ?? none })}
              </Tag>
            ))}
          </Space>
        </Descriptions.Item>
      </Descriptions>
      <List
        size="small"
        className="yqs-ntc-items"
        header={<Typography.Text strong>{t('ntc.items', { count: c.items?.length ?? 0 })}</Typography.Text>}
        dataSource={c.items ?? []}
        renderItem={(item) => (
          <List.Item key={item.code}>
            <List.Item.Meta title={item.name} description={item.legalBasis} />
          </List.Item>
        )}
      />
      <div className="yqs-ntc-rights" data-testid="notice-rights">
        <Typography.Text strong>{t('ntc.rights')}</Typography.Text>
        <ol>
          {(c.rights ?? []).map((r) => (
            <li key={r.zh}>{r[lang]}</li>
          ))}
        </ol>
      </div>
      {notice.recusalRequest && (
        <div className="yqs-ntc-recusal">
          <Tag color="volcano">{t('ntc.recusal')}</Tag>
          {notice.recusalRequest}
        </div>
      )}
      <Space wrap className="yqs-ntc-actions">
        {notice.acknowledgedAt ? (
          <Typography.Text type="success" data-testid="notice-acknowledged">
            <CheckOutlined /> {t('ntc.acknowledgedAt', { at: dayjs(notice.acknowledgedAt).format('YYYY-MM-DD HH:mm') })}
          </Typography.Text>
        ) : (
          <Button type="primary" icon={<CheckOutlined />} onClick={() => onAcknowledge(notice)} data-testid="notice-acknowledge">
            {t('ntc.acknowledge')}
          </Button>
        )}
        <Button icon={<PrinterOutlined />} href={noticePrintUrl(notice.filingId)} target="_blank" data-testid="notice-print">
          {t('ntc.print')}
        </Button>
        {!notice.acknowledgedAt && c.ackDue && <Typography.Text type="secondary">{t('ntc.ackDue', { date: c.ackDue })}</Typography.Text>}
      </Space>
    </Card>
  );
}
