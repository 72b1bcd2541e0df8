import { Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Proposal, ProposalState } from '../../api/jointVisits';
import type { DepartmentRef } from '../../api/types';
import { useT } from '../../i18n';

const STATE_COLORS: Record<ProposalState, string> = { proposed: 'processing', accepted: 'success', rejected: 'default', expired: 'warning' };

export function ProposalStateTag({ state }: { state: ProposalState }) {
  const t = useT();
  return (
    <Tag color={STATE_COLORS[state]} data-testid={`proposal-state-${state}`}>
      {t(`jv.state.${state}`)}
    </Tag>
  );
}

/** The departments of a visit, the lead first and marked. */
export function DepartmentTags({ departments, lead }: { departments: DepartmentRef[]; lead: DepartmentRef }) {
  const t = useT();
  const sorted = [...departments].sort((a, b) => (a.code === lead.code ? -1 : b.code === lead.code ? 1 : a.name.localeCompare(b.name, 'zh')));
  return (
    <Space size={[0, 4]} wrap>
      {sorted.map((d) => (
        <Tag key={d.code} color={d.code === lead.code ? 'blue' : undefined}>
          {d.name}
          {d.code === lead.code ? ` · ${t('jv.dept.lead')}` : ''}
        </Tag>
      ))}
    </Space>
  );
}

/** The filings merged: #id department, window; the items on a second line (full text on hover). */
export function ProposalFilings({ proposal }: { proposal: Proposal }) {
  const t = useT();
  return (
    <Space orientation="vertical" size={6} style={{ width: '100%' }}>
      {proposal.filings.map((f) => (
        <div key={f.id} className="jv-filing-line">
          <Typography.Text delete={f.removed}>
            <Link to={`/filings/${f.id}`}>#{f.id}</Link> {f.department.name}{' '}
            <Typography.Text type="secondary">{t('jv.window', { from: f.plannedDate.slice(5), to: (f.windowEnd ?? f.plannedDate).slice(5) })}</Typography.Text>
          </Typography.Text>
          <Typography.Text type="secondary" ellipsis={{ tooltip: f.items.join('；') }} className="jv-filing-items">
            {f.items.join('；')}
          </Typography.Text>
        </div>
      ))}
    </Space>
  );
}

/** The days every kept filing's window shares: [from, to], or null when none. */
export function commonWindow(proposal: Proposal, kept: readonly number[]): [string, string] | null {
  const fs = proposal.filings.filter((f) => kept.includes(f.id));
  if (fs.length === 0) return null;
  const from = fs.map((f) => f.plannedDate).sort().at(-1)!;
  const to = fs.map((f) => f.windowEnd ?? f.plannedDate).sort()[0];
  return from <= to ? [from, to] : null;
}
