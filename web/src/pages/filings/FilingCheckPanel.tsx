import { Alert, Button, Empty, Input, Spin, Typography } from 'antd';
import { CalendarOutlined, CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { FilingCheck } from '../../api/filings';
import type { Verdict } from '../../api/ruleCheck';
import { LoadError } from '../../components/LoadError';
import { useT } from '../../i18n';
import { needsJustification } from './filingModel';
import { FindingsList } from './FindingsList';

const ICONS: Record<Verdict, ReactNode> = { allow: <CheckCircleFilled />, warn: <ExclamationCircleFilled />, block: <CloseCircleFilled /> };

interface Props {
  result: FilingCheck | undefined;
  error: unknown;
  loading: boolean;
  /** The planned date asked about, or undefined while the form is incomplete. */
  date: string | undefined;
  justifications: Record<string, string>;
  onJustify: (code: string, text: string) => void;
  onApplyDate?: (date: string) => void;
  /** Why nothing is checked yet, when it is not the enterprise or the date that is missing. */
  waiting?: string;
  /** The date the shown result answers (it may lag behind `date` while a check runs). */
  checkedDate?: string;
}

/** The rules' answer beside the form, live: verdict, earliest lawful date, each finding; a field per warning to justify. */
export function FilingCheckPanel({ result, error, loading, date, justifications, onJustify, onApplyDate, waiting, checkedDate }: Props) {
  const t = useT();
  if (!date && !result && !error) return <Empty description={waiting ?? t('fl.check.empty')} data-testid="filing-check-empty" />;
  if (error) return <LoadError error={error} inline />;
  if (!result) return <Spin className="yqs-page-spin" description={t('rc.checking')} />;
  const count = (v: Verdict) => result.findings.filter((f) => f.verdict === v).length;
  const noteKey = result.verdict === 'warn' && !result.findings.some(needsJustification) ? 'fl.check.note.remind' : (`fl.check.note.${result.verdict}` as const);
  const weekday = (d: string) => t('rc.weekday', { date: d, weekday: dayjs(d).format('dddd') });

  return (
    <Spin spinning={loading} description={t('rc.checking')}>
      <div className="yqs-fl-check" data-testid="filing-check" data-verdict={result.verdict} data-checked-date={checkedDate}>
        <div className={`yqs-verdict yqs-verdict-${result.verdict}`} data-testid="filing-check-verdict" data-verdict={result.verdict}>
          <span className="yqs-verdict-icon">{ICONS[result.verdict]}</span>
          <div>
            <div className="yqs-verdict-title">{t(`verdict.${result.verdict}`)}</div>
            <div className="yqs-verdict-note">{t(noteKey)}</div>
            <div className="yqs-verdict-counts">{t('verdict.counts', { block: count('block'), warn: count('warn'), allow: count('allow') })}</div>
          </div>
        </div>
        {result.provisional && <Alert type="warning" showIcon title={t('rc.provisional')} />}
        {onApplyDate && result.earliestDate && result.earliestDate !== date && (
          <div className="yqs-earliest" data-testid="filing-earliest" data-date={result.earliestDate}>
            <CalendarOutlined className="yqs-earliest-icon" />
            <span>
              {t('rc.earliest')}
              <Typography.Text strong>{weekday(result.earliestDate)}</Typography.Text>
            </span>
            <Button type="primary" size="small" onClick={() => onApplyDate(result.earliestDate ?? '')} data-testid="filing-apply-earliest">
              {t('rc.apply')}
            </Button>
          </div>
        )}
        <Typography.Text type="secondary" className="yqs-fl-check-hint">
          {t('fl.check.noticeHint')}
        </Typography.Text>
        <FindingsList
          findings={result.findings}
          below={(finding) =>
            needsJustification(finding) && (
              <div className="yqs-fl-justify">
                <Typography.Text strong className="yqs-fl-justify-label">
                  {t('fl.justify.label')}
                </Typography.Text>
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  maxLength={2000}
                  value={justifications[finding.code] ?? ''}
                  placeholder={t('fl.justify.placeholder')}
                  status={justifications[finding.code]?.trim() ? undefined : 'warning'}
                  onChange={(e) => onJustify(finding.code, e.target.value)}
                  data-testid={`justify-${finding.code}`}
                />
              </div>
            )
          }
        />
      </div>
    </Spin>
  );
}
