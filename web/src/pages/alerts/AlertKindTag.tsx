import { Tag } from 'antd';
import type { Text } from '../../api/alerts';
import { useLang, useT, type MessageKey } from '../../i18n';

const COLORS: Record<string, string> = {
  MULTI_DEPARTMENT: 'orange',
  CAP_NEAR: 'gold',
  QUIET_PERIOD_BREACH: 'red',
  DEADLINE_MISSED: 'volcano',
  CODE_NOT_SHOWN: 'magenta',
};

const HEX: Record<string, string> = { orange: '#fa8c16', gold: '#faad14', red: '#f5222d', volcano: '#fa541c', magenta: '#eb2f96', purple: '#722ed1' };

export const kindColor = (kind: string) => COLORS[kind] ?? 'purple';
export const kindHex = (kind: string) => HEX[kindColor(kind)];

/** A kind's name: the UI's own for the computed kinds, the server's (from the policy) for flags. */
export function useKindLabel() {
  const t = useT();
  const [lang] = useLang();
  return (kind: string, label?: Text) => (kind in COLORS ? t(`al.kind.${kind}` as MessageKey) : (label?.[lang] ?? kind));
}

export function AlertKindTag({ kind, label }: { kind: string; label?: Text }) {
  const name = useKindLabel();
  return (
    <Tag color={kindColor(kind)} data-testid={`alert-kind-${kind}`} style={{ whiteSpace: 'nowrap' }}>
      {name(kind, label)}
    </Tag>
  );
}
