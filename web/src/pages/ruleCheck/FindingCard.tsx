import { Tag, Typography } from 'antd';
import type { Finding, Verdict } from '../../api/ruleCheck';
import { useLang, useT, type MessageKey } from '../../i18n';

export const VERDICT_COLORS: Record<Verdict, string> = { allow: 'success', warn: 'warning', block: 'error' };

const RULE_NAME = /^R([1-9]|1[0-5])$/;

/** One finding: rule and verdict, what to do (in the UI language), and the clause it rests on, quoted. */
export function FindingCard({ finding, testId }: { finding: Finding; testId: string }) {
  const t = useT();
  const [lang] = useLang();
  const ruleName = RULE_NAME.test(finding.rule) ? t(`rule.${finding.rule}` as MessageKey) : finding.rule;
  return (
    <div className={`yqs-finding yqs-finding-${finding.verdict}`} data-testid={testId} data-verdict={finding.verdict}>
      <div className="yqs-finding-head">
        <Tag className="yqs-finding-rule">{finding.rule}</Tag>
        <Typography.Text strong>{ruleName}</Typography.Text>
        <Tag color={VERDICT_COLORS[finding.verdict]} className="yqs-finding-verdict">
          {t(`verdict.${finding.verdict}`)}
        </Tag>
      </div>
      <div className="yqs-finding-message">{finding.message[lang]}</div>
      <div className="yqs-finding-clause">
        <Typography.Text type="secondary" className="yqs-finding-clause-id">
          {t('rc.clause')} {finding.clause.id}
        </Typography.Text>
        <Typography.Paragraph
          className="yqs-finding-quote"
          ellipsis={{ rows: 2, expandable: 'collapsible', symbol: (expanded) => t(expanded ? 'rc.collapse' : 'rc.expand') }}
        >
          “{finding.clause.text}”
        </Typography.Paragraph>
      </div>
    </div>
  );
}
