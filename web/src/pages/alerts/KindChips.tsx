import { Tag } from 'antd';
import { ALERT_KINDS, type AlertStatus, type AlertSummary } from '../../api/alerts';
import { useT } from '../../i18n';
import { kindHex, useKindLabel } from './AlertKindTag';

interface Props {
  summary: AlertSummary | undefined;
  status: AlertStatus | 'all';
  kind: string;
  onChange: (kind: string | undefined) => void;
}

/** Counts by kind as chips; a click filters the list to that kind (again: every kind). */
export function KindChips({ summary, status, kind, onChange }: Props) {
  const t = useT();
  const label = useKindLabel();
  const counts = new Map((summary?.kinds ?? []).map((k) => [k.kind, k]));
  const kinds = [...ALERT_KINDS, ...[...counts.keys()].filter((k) => !(ALERT_KINDS as readonly string[]).includes(k))];
  const count = (k: string) => {
    const c = counts.get(k);
    if (!c) return 0;
    return status === 'open' ? c.open : status === 'handled' ? c.handled : c.open + c.handled;
  };
  return (
    <div className="yqs-alert-chips" data-testid="alerts-kinds">
      <Tag.CheckableTag checked={!kind} onChange={() => onChange(undefined)}>
        {t('al.status.all')}
      </Tag.CheckableTag>
      {kinds.map((k) => (
        <Tag.CheckableTag key={k} checked={kind === k} onChange={(on) => onChange(on ? k : undefined)} data-testid={`alerts-kind-${k}`}>
          <span className="yqs-alert-dot" style={{ background: kindHex(k) }} />
          {label(k, counts.get(k)?.label)} <b>{count(k)}</b>
        </Tag.CheckableTag>
      ))}
    </div>
  );
}
