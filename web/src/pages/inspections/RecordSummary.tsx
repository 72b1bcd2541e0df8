import { Descriptions, List, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { FilingRecord } from '../../api/filings';
import { useT } from '../../i18n';

const at = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');
const OUTCOME_COLORS = { none: 'success', problems: 'warning', violation: 'error' } as const;

/** The inspection record as kept: arrival with the code shown, outcome, problems and deadlines, case, completion. */
export function RecordSummary({ record }: { record: FilingRecord }) {
  const t = useT();
  const problems = record.problems ?? [];
  return (
    <div className="yqs-rec-summary" data-testid="record-summary">
      <Typography.Title level={5}>{t('rec.summaryTitle')}</Typography.Title>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('rec.arrivedAt')}>
          {record.arrivedAt ? at(record.arrivedAt) : t('common.none')}
          {record.codeShown && (
            <Tag color="blue" className="yqs-rec-code-tag">
              {t('rec.codeShownTag')}
            </Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('rec.outcome')}>
          {record.outcome ? (
            <Tag color={OUTCOME_COLORS[record.outcome]} data-testid="record-outcome" data-outcome={record.outcome}>
              {t(`rec.outcome.${record.outcome}`)}
            </Tag>
          ) : (
            <Tag>{t('rec.notCompleted')}</Tag>
          )}
        </Descriptions.Item>
        {record.caseReference && <Descriptions.Item label={t('rec.caseReference')}>{record.caseReference}</Descriptions.Item>}
        {record.rectificationDue && <Descriptions.Item label={t('rec.rectificationDue')}>{record.rectificationDue}</Descriptions.Item>}
        {record.summary && <Descriptions.Item label={t('rec.summary')}>{record.summary}</Descriptions.Item>}
        {record.completedAt && <Descriptions.Item label={t('rec.completedAt')}>{at(record.completedAt)}</Descriptions.Item>}
      </Descriptions>
      {problems.length > 0 && (
        <List
          size="small"
          bordered
          dataSource={problems}
          renderItem={(p, i) => (
            <List.Item key={i}>
              {i + 1}. {p.description}
              <Typography.Text type="secondary"> · {t('rec.rectifyBy', { date: p.rectifyBy })}</Typography.Text>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
