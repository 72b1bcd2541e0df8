import { Collapse } from 'antd';
import type { ReactNode } from 'react';
import { VERDICTS, type Finding } from '../../api/ruleCheck';
import { useT } from '../../i18n';
import { FindingCard } from '../ruleCheck/FindingCard';

/** Worst first, then as the API gave them; a stable testid per finding. */
export function orderedFindings(findings: Finding[]): { finding: Finding; testId: string }[] {
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

interface Props {
  findings: Finding[];
  /** Something shown under a finding: a justification field, or the justification kept. */
  below?: (finding: Finding) => ReactNode;
}

/** Blocks and warnings in full; the rules that passed folded away under one line. */
export function FindingsList({ findings, below }: Props) {
  const t = useT();
  const ordered = orderedFindings(findings);
  const card = ({ finding, testId }: { finding: Finding; testId: string }) => (
    <div key={testId} className="yqs-fl-finding">
      <FindingCard finding={finding} testId={testId} />
      {below?.(finding)}
    </div>
  );
  const passed = ordered.filter((f) => f.finding.verdict === 'allow');
  return (
    <div className="yqs-findings">
      {ordered.filter((f) => f.finding.verdict !== 'allow').map(card)}
      {passed.length > 0 && (
        <Collapse
          size="small"
          className="yqs-fl-passed"
          data-testid="findings-passed"
          items={[{ key: 'passed', label: t('fl.check.passed', { count: passed.length, rules: passed.map((f) => f.finding.rule).join(' ') }), children: <div className="yqs-findings">{passed.map(card)}</div> }]}
        />
      )}
    </div>
  );
}
