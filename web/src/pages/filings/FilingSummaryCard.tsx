import { Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { FilingDetail } from '../../api/filings';
import type { ExceptionCase } from '../../api/policy';
import { useUser } from '../../auth/AuthContext';
import { GradeTag } from '../../components/tags';
import { useLang, useT } from '../../i18n';
import { canOpen } from '../../nav/access';
import { KindModeText } from './FilingTags';

interface Props {
  filing: FilingDetail;
  exceptionCases: ExceptionCase[];
}

/** What was filed: enterprise, department, kind and method, date, case, items (frozen versions), inspectors. */
export function FilingSummaryCard({ filing: f, exceptionCases }: Props) {
  const t = useT();
  const [lang] = useLang();
  const user = useUser();
  const none = t('common.none');
  const caseName = f.exceptionCase ? (exceptionCases.find((c) => c.code === f.exceptionCase)?.name[lang] ?? f.exceptionCase) : null;
  const enterpriseName = canOpen(user, 'enterpriseDetail') ? <Link to={`/enterprises/${encodeURIComponent(f.enterprise.uscc)}`}>{f.enterprise.name}</Link> : f.enterprise.name;

  return (
    <Card title={t('fl.d.summary')} data-testid="filing-summary">
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label={t('fl.col.enterprise')} span={2}>
          <Space wrap size={6}>
            {enterpriseName}
            <GradeTag grade={f.enterprise.grade} />
            <Typography.Text className="yqs-mono yqs-muted">{f.enterprise.uscc}</Typography.Text>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('fl.col.department')}>{f.department.name}</Descriptions.Item>
        <Descriptions.Item label={t('fl.col.kind')}>
          <KindModeText kind={f.kind} mode={f.mode} />
        </Descriptions.Item>
        <Descriptions.Item label={t('fl.col.date')}>
          <span data-testid="filing-date-text">{f.windowEnd && f.windowEnd !== f.plannedDate ? `${f.plannedDate} ~ ${f.windowEnd}` : f.plannedDate}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('fl.f.path')}>{t(`fl.path.${f.path}`)}</Descriptions.Item>
        {f.jointVisit && (
          <Descriptions.Item label={t('fl.d.jointVisit')} span={2}>
            <Space wrap size={6} data-testid="filing-joint-visit">
              <Tag color="blue">
                {t('fl.d.jointWith', { departments: f.jointVisit.departments.filter((d) => d.code !== f.department.code).map((d) => d.name).join(lang === 'zh' ? '、' : ', '), date: f.jointVisit.date })}
              </Tag>
              <Typography.Text type="secondary">
                {f.jointVisit.role === 'lead' ? t('fl.d.jointLead') : t('fl.d.jointMember', { id: f.jointVisit.leadFilingId })}
              </Typography.Text>
            </Space>
          </Descriptions.Item>
        )}
        {caseName && (
          <Descriptions.Item label={t('fl.f.exceptionCase')} span={2}>
            <Tag color="volcano">{caseName}</Tag> {f.exceptionReason ?? ''}
          </Descriptions.Item>
        )}
        {f.campaignBasis && <Descriptions.Item label={t('fl.f.campaignBasis')} span={2}>{f.campaignBasis}</Descriptions.Item>}
        {f.planTaskId !== null && <Descriptions.Item label={t('fl.f.planTask')}>#{f.planTaskId}</Descriptions.Item>}
        {f.onsiteReason && <Descriptions.Item label={t('fl.f.onsiteReason')} span={2}>{f.onsiteReason}</Descriptions.Item>}
        {f.nationalRuleBasis && <Descriptions.Item label={t('fl.f.nationalRule')} span={2}>{f.nationalRuleBasis}</Descriptions.Item>}
        {f.reviewComment && (
          <Descriptions.Item label={t('fl.d.reviewComment')} span={2}>
            <span data-testid="filing-review-comment">{f.reviewComment}</span>
          </Descriptions.Item>
        )}
        {f.cancelReason && <Descriptions.Item label={t('fl.d.cancelReason')} span={2}>{f.cancelReason}</Descriptions.Item>}
        <Descriptions.Item label={t('fl.f.inspectors')} span={2}>
          <Space wrap>
            {f.inspectors.map((p) => (
              <Tag key={p.username} data-testid={`filing-inspector-${p.username}`}>
                {p.displayName} · {p.certificateNumber ?? none}
              </Tag>
            ))}
            {f.inspectors.length === 0 && none}
          </Space>
        </Descriptions.Item>
      </Descriptions>
      <List
        className="yqs-fl-items"
        size="small"
        header={<Typography.Text strong>{t('fl.d.items', { count: f.items.length })}</Typography.Text>}
        dataSource={f.items}
        renderItem={(item) => (
          <List.Item key={item.code}>
            <List.Item.Meta
              title={
                <Space wrap size={6}>
                  <Typography.Text className="yqs-mono">{item.code}</Typography.Text>
                  <span>{item.name}</span>
                  {item.version !== null && <Tag>{t('fl.d.version', { version: item.version })}</Tag>}
                  {item.delegated && <Tag color="purple">{t('fl.f.delegatedFrom', { owner: item.owner.name })}</Tag>}
                </Space>
              }
              description={item.legalBasis}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
