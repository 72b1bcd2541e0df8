import { Button, Card, Descriptions, Empty, Tag } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { noticePrintUrl, type FilingDetail } from '../../api/filings';
import { useT } from '../../i18n';
import { RecordSummary } from '../inspections/RecordSummary';

const at = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

/** The advance notice (预告) sent to the enterprise, and the inspection record once there is one. */
export function FilingNoticeCard({ filing }: { filing: FilingDetail }) {
  const t = useT();
  const n = filing.notice;
  return (
    <Card
      title={t('fl.d.notice')}
      data-testid="filing-notice"
      extra={
        n && (
          <Button size="small" icon={<PrinterOutlined />} href={noticePrintUrl(filing.id)} target="_blank" data-testid="notice-print">
            {t('ntc.print')}
          </Button>
        )
      }
    >
      {!n ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fl.d.noNotice')} />
      ) : (
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('ntc.issuedOn')}>{n.issuedOn}</Descriptions.Item>
          <Descriptions.Item label={t('ntc.ackState')}>
            {n.acknowledgedAt ? (
              <Tag color="success" data-testid="notice-acknowledged">
                {t('ntc.acknowledgedAt', { at: at(n.acknowledgedAt) })}
              </Tag>
            ) : n.deemedDeliveredAt ? (
              <Tag color="warning">{t('ntc.deemed', { at: at(n.deemedDeliveredAt) })}</Tag>
            ) : (
              <Tag color="processing" data-testid="notice-unacknowledged">
                {t('ntc.waiting')}
              </Tag>
            )}
          </Descriptions.Item>
          {n.recusalRequest && (
            <Descriptions.Item label={t('ntc.recusal')}>
              <Tag color="volcano">{n.recusalRequest}</Tag>
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      {filing.record && <RecordSummary record={filing.record} />}
    </Card>
  );
}
