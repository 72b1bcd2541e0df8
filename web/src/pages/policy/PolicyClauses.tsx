import { Tag, Typography } from 'antd';
import type { Clause, Policy } from '../../api/policy';
import { useT, type MessageKey } from '../../i18n';

const RULE = /^R([1-9]|1[0-5])$/;

function ClauseBlock({ tag, title, clause, testId }: { tag: string; title: string; clause: Clause; testId: string }) {
  const t = useT();
  return (
    <div className="yqs-pol-clause" data-testid={testId}>
      <div className="yqs-pol-clause-head">
        <Tag className="yqs-pol-rule">{tag}</Tag>
        <Typography.Text strong>{title}</Typography.Text>
        <Typography.Text type="secondary" className="yqs-pol-clause-id">
          {clause.id}
        </Typography.Text>
      </div>
      <blockquote className="yqs-pol-quote">{clause.text}</blockquote>
      {clause.also && clause.also.length > 0 && (
        <Typography.Text type="secondary" className="yqs-pol-also">
          {t('pol.also', { refs: clause.also.join('；') })}
        </Typography.Text>
      )}
    </div>
  );
}

/** The clause text each rule cites, quoted from the seed document, then the goals clause. */
export function PolicyClauses({ policy }: { policy: Policy }) {
  const t = useT();
  const rules = Object.keys(policy.clauses).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  return (
    <div className="yqs-pol-clauses" data-testid="policy-clauses">
      {rules.map((r) => (
        <ClauseBlock key={r} tag={r} title={RULE.test(r) ? t(`rule.${r}` as MessageKey) : r} clause={policy.clauses[r]} testId={`clause-${r}`} />
      ))}
      <ClauseBlock tag="★" title={t('pol.goals')} clause={policy.goalsClause} testId="clause-goals" />
    </div>
  );
}
