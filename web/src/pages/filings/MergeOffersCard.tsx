import { Alert, Button, Card, Collapse, Empty, List, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { CloseOutlined, TeamOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { getMergeOffers, type MergeOffer } from '../../api/filings';
import { LoadError } from '../../components/LoadError';
import { useAsync } from '../../components/useAsync';
import { useLang, useT } from '../../i18n';
import { STATE_COLORS } from './filingModel';

interface Props {
  /** USCC of the enterprise chosen, and the filing's window [from, to]. */
  enterprise: string;
  from: string;
  to: string;
  /** The visit the filing will join, if the user chose one. */
  joined: MergeOffer | null;
  onJoin: (offer: MergeOffer) => void;
  onUndo: () => void;
}

/** A sentence with its date kept on one line (a date never breaks at its hyphens). */
function KeepDate({ text, date }: { text: string; date: string }) {
  const [before, after = ''] = text.split('\u0000');
  return (
    <>
      {before}
      <span className="yqs-fl-nowrap">{date}</span>
      {after}
    </>
  );
}

/** The departments of a visit as one phrase: 甲局、乙局 / A, B. */
export function useDepartmentList() {
  const [lang] = useLang();
  return (departments: { name: string }[]) => departments.map((d) => d.name).join(lang === 'zh' ? '、' : ', ');
}

/**
 * 可合并的检查: the visits other departments already plan at the enterprise on a day this filing could
 * take, each with "加入此次检查" (the date becomes the visit's day), and nearby ones for information.
 */
export function MergeOffersCard({ enterprise, from, to, joined, onJoin, onUndo }: Props) {
  const t = useT();
  const [lang] = useLang();
  const list = useDepartmentList();
  const loaded = useAsync(() => getMergeOffers(enterprise, from, to), [enterprise, from, to]);
  const view = loaded.data;
  const day = (d: string) => t('rc.weekday', { date: d, weekday: dayjs(d).format('dddd') });

  const row = (o: MergeOffer, nearby: boolean) => {
    const mine = joined?.leadFilingId === o.leadFilingId;
    const why = o.reason ? o.reason[lang] : undefined;
    return (
      <List.Item
        key={o.leadFilingId}
        className={nearby ? 'yqs-fl-merge-nearby' : undefined}
        data-testid={`merge-offer-${o.leadFilingId}`}
        actions={
          nearby
            ? []
            : [
                mine ? (
                  <Tag color="success" key="joined">{t('fl.merge.chosen')}</Tag>
                ) : (
                  <Tooltip key="join" title={why}>
                    <Button type="primary" size="small" disabled={!o.joinable} onClick={() => onJoin(o)} data-testid={`merge-join-${o.leadFilingId}`}>
                      {t('fl.merge.join')}
                    </Button>
                  </Tooltip>
                ),
              ]
        }
      >
        <List.Item.Meta
          avatar={<TeamOutlined className="yqs-fl-merge-icon" />}
          title={
            <Space size={6} wrap>
              <Typography.Text strong>{day(o.date)}</Typography.Text>
              <Tag color={STATE_COLORS[o.state]}>{t(`fl.state.${o.state}`)}</Tag>
            </Space>
          }
          description={
            <Space orientation="vertical" size={2}>
              <Typography.Text>
                {o.departments.map((d, i) => (
                  <span key={d.code}>
                    {i > 0 && (lang === 'zh' ? '、' : ', ')}
                    <span className="yqs-fl-nowrap">{d.name}</span>
                  </span>
                ))}
              </Typography.Text>
              <Typography.Text type="secondary" className="yqs-fl-merge-meta">
                {t('fl.merge.size', { count: o.departments.length, max: view?.maxDepartments ?? 5 })}
                <span className="yqs-fl-merge-dot">·</span>
                {t('fl.merge.lead', { id: o.leadFilingId })}
              </Typography.Text>
              {why && <Typography.Text type="secondary">{why}</Typography.Text>}
            </Space>
          }
        />
      </List.Item>
    );
  };

  return (
    <Card title={t('fl.merge.title')} size="small" className="yqs-fl-merge" data-testid="merge-offers">
      {joined && (
        <div className="yqs-fl-merge-joined" data-testid="merge-joined">
          <div className="yqs-fl-merge-joined-row">
            <Tag color="blue" className="yqs-fl-merge-tag">
              <KeepDate text={t('fl.merge.joined', { departments: list(joined.departments), date: '\u0000' })} date={joined.date} />
            </Tag>
            <Button size="small" icon={<CloseOutlined />} onClick={onUndo} data-testid="merge-undo">
              {t('fl.merge.undo')}
            </Button>
          </div>
          <Typography.Paragraph type="secondary" className="yqs-fl-merge-note">
            {t('fl.merge.joinedNote')}
          </Typography.Paragraph>
        </div>
      )}
      {loaded.error ? (
        <LoadError error={loaded.error} inline onRetry={loaded.reload} />
      ) : !view ? (
        <Spin className="yqs-page-spin" />
      ) : view.optedOut ? (
        <Alert type="info" showIcon title={view.notice?.[lang] ?? t('fl.merge.optedOut')} data-testid="merge-opted-out" />
      ) : (
        <Spin spinning={loaded.loading}>
          {view.offers.length > 0 ? (
            <>
              {!joined && <Typography.Paragraph className="yqs-fl-merge-note">{t('fl.merge.intro')}</Typography.Paragraph>}
              <List size="small" dataSource={view.offers} renderItem={(o) => row(o, false)} />
            </>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fl.merge.none', { from, to })} data-testid="merge-none" />
          )}
          {view.nearby.length > 0 && (
            <Collapse
              ghost
              size="small"
              items={[
                {
                  key: 'nearby',
                  label: t('fl.merge.nearby', { days: view.windowDays, count: view.nearby.length }),
                  children: <List size="small" dataSource={view.nearby} renderItem={(o) => row(o, true)} />,
                },
              ]}
            />
          )}
        </Spin>
      )}
    </Card>
  );
}
