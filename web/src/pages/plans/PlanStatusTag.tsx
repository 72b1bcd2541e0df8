import { Tag } from 'antd';
import type { PlanStatus } from '../../api/plans';
import { useT } from '../../i18n';

const COLORS: Record<PlanStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'error',
  accepted: 'cyan',
  published: 'success',
  superseded: 'default',
};

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const t = useT();
  return (
    <Tag color={COLORS[status]} data-testid="plan-status" data-status={status}>
      {t(`plan.status.${status}`)}
    </Tag>
  );
}
