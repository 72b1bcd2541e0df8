import { Tag } from 'antd';
import type { FilingKind, FilingState } from '../../api/filings';
import type { InspectionMode } from '../../api/types';
import { useT } from '../../i18n';
import { STATE_COLORS } from './filingModel';

export function FilingStateTag({ state }: { state: FilingState }) {
  const t = useT();
  return (
    <Tag color={STATE_COLORS[state]} data-testid="filing-state" data-state={state} className="yqs-fl-state">
      {t(`fl.state.${state}`)}
    </Tag>
  );
}

export function KindModeText({ kind, mode }: { kind: FilingKind; mode: InspectionMode }) {
  const t = useT();
  return (
    <span>
      {t(`fl.kind.${kind}`)} · {t(`mode.${mode}`)}
    </span>
  );
}
