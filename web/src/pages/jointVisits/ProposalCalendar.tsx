import { useEffect, useState } from 'react';
import { Badge, Calendar, Popover, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Proposal, ProposalState } from '../../api/jointVisits';
import { useT } from '../../i18n';
import { DepartmentTags, ProposalStateTag } from './ProposalParts';

const BADGE: Record<ProposalState, 'processing' | 'success' | 'default' | 'warning'> = { proposed: 'processing', accepted: 'success', rejected: 'default', expired: 'warning' };
const SHOWN = 3;

/** 月历: the proposed visits on their days. */
export function ProposalCalendar({ proposals, month }: { proposals: Proposal[]; month: string | undefined }) {
  const t = useT();
  const [value, setValue] = useState<Dayjs>(() => dayjs(month || undefined));
  useEffect(() => {
    if (month) setValue(dayjs(month));
  }, [month]);
  const byDay = new Map<string, Proposal[]>();
  for (const p of proposals) byDay.set(p.proposedDate, [...(byDay.get(p.proposedDate) ?? []), p]);

  const cell = (d: Dayjs) => {
    const list = byDay.get(d.format('YYYY-MM-DD')) ?? [];
    if (list.length === 0) return null;
    return (
      <ul className="jv-cal-list">
        {list.slice(0, SHOWN).map((p) => (
          <li key={p.id}>
            <Popover
              title={p.enterprise.name}
              content={
                <Space orientation="vertical" size={4}>
                  <ProposalStateTag state={p.state} />
                  <DepartmentTags departments={p.departments} lead={p.lead} />
                </Space>
              }
            >
              <Badge status={BADGE[p.state]} text={<Typography.Text ellipsis style={{ maxWidth: 120, fontSize: 12 }}>{p.enterprise.name}</Typography.Text>} />
            </Popover>
          </li>
        ))}
        {list.length > SHOWN && <li className="jv-cal-more">{t('jv.cal.more', { count: list.length - SHOWN })}</li>}
      </ul>
    );
  };

  return (
    <div data-testid="proposals-calendar">
      <Typography.Paragraph type="secondary">{t('jv.cal.hint')}</Typography.Paragraph>
      <Calendar value={value} onPanelChange={(d) => setValue(d)} onSelect={(d) => setValue(d)} cellRender={(d, info) => (info.type === 'date' ? cell(d) : info.originNode)} />
    </div>
  );
}
