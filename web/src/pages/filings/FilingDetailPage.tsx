import { useEffect, useState } from 'react';
import { Col, Row, Space, Spin } from 'antd';
import { useParams } from 'react-router-dom';
import { getFiling, type FilingDetail } from '../../api/filings';
import { getPolicy } from '../../api/policy';
import { LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { useAsync } from '../../components/useAsync';
import { useT } from '../../i18n';
import { FilingActions } from './FilingActions';
import { FilingCodeCard } from './FilingCodeCard';
import { FilingFindingsCard } from './FilingFindingsCard';
import { FilingHistoryCard } from './FilingHistoryCard';
import { FilingNoticeCard } from './FilingNoticeCard';
import { FilingSummaryCard } from './FilingSummaryCard';
import { FilingStateTag } from './FilingTags';
import '../ruleCheck/ruleCheck.css';
import './filings.css';

/** 备案详情: what was filed, the rules' findings, the notice and record, the history; the actions the user may take. */
export function FilingDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const filingId = Number(id);
  const loaded = useAsync(() => getFiling(filingId), [filingId]);
  const [filing, setFiling] = useState<FilingDetail | undefined>(undefined);
  useEffect(() => setFiling(loaded.data), [loaded.data]);
  const policy = useAsync(() => getPolicy(filing?.plannedDate), [filing?.plannedDate]);
  const crumbs = [{ title: t('nav.filings'), to: '/filings' }, { title: `#${id}` }];

  if (loaded.error && !filing) {
    return (
      <PageContainer title={t('fl.d.title', { id })} crumbs={crumbs}>
        <LoadError error={loaded.error} onRetry={loaded.reload} />
      </PageContainer>
    );
  }
  if (!filing) return <Spin className="yqs-page-spin" />;

  return (
    <PageContainer
      title={t('fl.d.title', { id: filing.id })}
      subTitle={
        <Space size={8} wrap>
          <FilingStateTag state={filing.state} />
          <span>{filing.enterprise.name}</span>
        </Space>
      }
      crumbs={crumbs}
      extra={<FilingActions filing={filing} onChanged={setFiling} />}
    >
      <Row gutter={[16, 16]} data-testid="filing-detail" data-state={filing.state}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" size={16} className="yqs-fl-stack">
            <FilingSummaryCard filing={filing} exceptionCases={policy.data?.policy.exceptionCases ?? []} />
            <FilingFindingsCard filing={filing} />
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" size={16} className="yqs-fl-stack">
            <FilingCodeCard filing={filing} />
            <FilingNoticeCard filing={filing} />
            <FilingHistoryCard filing={filing} deadlines={policy.data?.policy.deadlines ?? []} />
          </Space>
        </Col>
      </Row>
    </PageContainer>
  );
}
