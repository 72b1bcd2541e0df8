import { Alert, Button, Empty, Spin, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, CalendarOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { VERDICTS, type Finding, type RuleCheckResult, type Verdict } from '../../api/ruleCheck';
import { LoadError } from '../../components/LoadError';
import { useT } from '../../i18n';
import { FindingCard } from './FindingCard';

const ICONS: Record<Verdict, ReactNode> = {
  allow: <CheckCircleFilled />,
  warn: <ExclamationCircleFilled />,
  block: <CloseCircleFilled />,
};

interface Props {
  result: RuleCheckResult | undefined;
  error: unknown;
  loading: boolean;
  /** The inspection date the result answers (YYYY-MM-DD), or undefined while the form is incomplete. */
  date: string | undefined;
  onApply: (date: string) => void;
}

/** Worst first, then in the order the API gave them (R1 … R15). */
function ordered(findings: Finding[]): { finding: Finding; testId: string }[] {
  const seen = new Map<string, number>();
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => VERDICTS.indexOf(a.finding.verdict) - VERDICTS.indexOf(b.finding.verdict) || a.index - b.index)
    .map(({ finding }) => {
      const n = (seen.get(finding.rule) ?? 0) + 1;
      seen.set(finding.rule, n);
      return { finding, testId: n === 1 ? `finding-${finding.rule}` : `finding-${finding.rule}-${n}` };
    });
}

export function RuleCheckResultView({ result, error, loading, date, onApply }: Props) {
  const t = useT();
  if (!date && !result && !error) return <Empty description={t('rc.empty')} data-testid="rule-check-empty" />;
  if (error) return <LoadError error={error} inline />;
  if (!result) return <Spin className="yqs-page-spin" description={t('rc.checking')} />;

  const count = (v: Verdict) => result.findings.filter((f) => f.verdict === v).length;
  const withWeekday = (d: string) => t('rc.weekday', { date: d, weekday: dayjs(d).format('dddd') });

  return (
    <Spin spinning={loading} description={t('rc.checking')}>
      <div className="yqs-rc-result" data-testid="rule-check-result" data-date={date} data-loading={loading || undefined}>
        <div className={`yqs-verdict yqs-verdict-${result.verdict}`} data-testid="rule-check-verdict" data-verdict={result.verdict}>
          <span className="yqs-verdict-icon">{ICONS[result.verdict]}</span>
          <div>
            <div className="yqs-verdict-title">{t(`verdict.${result.verdict}`)}</div>
            <div className="yqs-verdict-note">{t(`verdict.${result.verdict}.note`)}</div>
            <div className="yqs-verdict-counts">
              {t('verdict.counts', { block: count('block'), warn: count('warn'), allow: count('allow') })}
            </div>
          </div>
        </div>

        {result.provisional && <Alert type="warning" showIcon title={t('rc.provisional')} data-testid="rule-check-provisional" />}

        {result.earliestDate !== date && (
          <div className="yqs-earliest" data-testid="earliest-date" data-date={result.earliestDate ?? ''}>
            <CalendarOutlined className="yqs-earliest-icon" />
            {result.earliestDate ? (
              <>
                <span>
                  {t('rc.earliest')}<Typography.Text strong>{withWeekday(result.earliestDate)}</Typography.Text>
                </span>
                <Button type="primary" size="small" onClick={() => onApply(result.earliestDate ?? '')} data-testid="apply-earliest">
                  {t('rc.apply')}
                </Button>
              </>
            ) : (
              <span>{t('rc.earliestNone')}</span>
            )}
          </div>
        )}
        {result.earliestDate !== null && result.earliestDate === date && result.verdict !== 'block' && (
          <Typography.Text type="secondary" data-testid="earliest-date" data-date={result.earliestDate}>
            {t('rc.earliestSame')}
          </Typography.Text>
        )}

        <Typography.Title level={5} className="yqs-rc-findings-title">
          {t('rc.findings', { count: result.findings.length })}
        </Typography.Title>
        <div className="yqs-findings">
          {ordered(result.findings).map(({ finding, testId }) => (
            <FindingCard key={testId} finding={finding} testId={testId} />
          ))}
        </div>
      </div>
    </Spin>
  );
}
