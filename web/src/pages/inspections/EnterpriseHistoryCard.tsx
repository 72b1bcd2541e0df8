import { Card, Collapse, Empty, List, Space, Statistic, Tag, Typography } from 'antd';
import { getEnterpriseHistory } from '../../api/filings';
import { LoadError } from '../../components/LoadError';
import { GradeTag } from '../../components/tags';
import { useAsync } from '../../components/useAsync';
import { useT } from '../../i18n';
import { FilingStateTag } from '../filings/FilingTags';

/** Before the visit: the enterprise's history this year with every department, counted by type. */
export function EnterpriseHistoryCard({ uscc, currentId }: { uscc: string; currentId: number }) {
  const t = useT();
  const { data, error, loading, reload } = useAsync(() => getEnterpriseHistory(uscc), [uscc]);
  if (error) return <LoadError error={error} onRetry={reload} inline />;
  const others = (data?.filings ?? []).filter((f) => f.id !== currentId);
  const counts = data?.counts;

  return (
    <Card
      size="small"
      loading={loading && !data}
      title={
        <Space size={6}>
          {t('rec.history', { year: data?.year ?? '' })}
          {data && <GradeTag grade={data.enterprise.grade} />}
        </Space>
      }
      data-testid="enterprise-history"
    >
      {counts && (
        <div className="yqs-rec-counts">
          <Statistic title={t('rec.count.onsite')} value={counts.onsiteInspections} />
          <Statistic title={t('rec.count.joint')} value={counts.jointVisits} />
          <Statistic title={t('rec.count.offsite')} value={counts.offsiteInspections} />
          <Statistic title={t('rec.count.visits')} value={counts.research + counts.leader} />
        </div>
      )}
      <Collapse
        ghost
        size="small"
        items={[
          {
            key: 'list',
            label: t('rec.historyList', { count: others.length + (data?.offsiteChecks.length ?? 0) + (data?.visits.length ?? 0) }),
            children:
              others.length + (data?.offsiteChecks.length ?? 0) + (data?.visits.length ?? 0) === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rec.historyNone')} />
              ) : (
                <List size="small" data-testid="enterprise-history-list">
                  {others.map((f) => (
                    <List.Item key={`f${f.id}`}>
                      <div className="yqs-rec-history-row">
                        <Space wrap size={6}>
                          <Typography.Text strong>{f.plannedDate}</Typography.Text>
                          <span>{f.department.name}</span>
                          <Tag>{t(`mode.${f.mode}`)}</Tag>
                          <FilingStateTag state={f.state} />
                          {f.outcome && <Tag color={f.outcome === 'none' ? 'success' : 'warning'}>{t(`rec.outcome.${f.outcome}`)}</Tag>}
                        </Space>
                        <Typography.Text type="secondary">{f.items.join('；')}</Typography.Text>
                      </div>
                    </List.Item>
                  ))}
                  {(data?.offsiteChecks ?? []).map((o) => (
                    <List.Item key={`o${o.id}`}>
                      <Space wrap size={6}>
                        <Typography.Text strong>{o.checkedOn}</Typography.Text>
                        <span>{o.department}</span>
                        <Tag color="cyan">{t('mode.offsite')}</Tag>
                        <Tag>{o.result}</Tag>
                      </Space>
                    </List.Item>
                  ))}
                  {(data?.visits ?? []).map((v) => (
                    <List.Item key={`v${v.id}`}>
                      <Space wrap size={6}>
                        <Typography.Text strong>{v.visitDate}</Typography.Text>
                        <span>{v.organiser}</span>
                        <Tag color="purple">{v.type}</Tag>
                        <span>{v.purpose}</span>
                      </Space>
                    </List.Item>
                  ))}
                </List>
              ),
          },
        ]}
      />
    </Card>
  );
}
