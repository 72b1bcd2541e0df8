import { Select } from 'antd';
import type { FilingKind } from '../../api/filings';
import { getPlan, listPlans, type PlanTask } from '../../api/plans';
import { useAsync } from '../../components/useAsync';
import { useT } from '../../i18n';

interface Props {
  department: string | undefined;
  year: number | undefined;
  kind: FilingKind | undefined;
  value?: number;
  onChange?: (id: number | undefined) => void;
}

/** The tasks of the department's published plan for the year (R2); left empty, the API finds the task itself. */
async function publishedTasks(department: string, year: number): Promise<PlanTask[]> {
  const plans = await listPlans({ department, year, status: 'published', limit: 5, offset: 0 });
  const plan = plans.items[0];
  return plan ? (await getPlan(plan.id)).tasks : [];
}

export function PlanTaskSelect({ department, year, kind, value, onChange }: Props) {
  const t = useT();
  const tasks = useAsync(() => (department && year ? publishedTasks(department, year) : Promise.resolve([])), [department, year]);
  const options = (tasks.data ?? [])
    .filter((task) => !kind || task.kind === kind)
    .map((task) => ({ value: task.id, label: `${task.title}（${task.months.map((m) => t('fl.f.month', { month: m })).join('、')}）` }));
  return (
    <Select<number>
      allowClear
      value={value}
      onChange={(v) => onChange?.(v)}
      options={options}
      loading={tasks.loading}
      placeholder={tasks.data && tasks.data.length === 0 ? t('fl.f.planTaskNone', { year: year ?? '' }) : t('fl.f.planTaskPlaceholder')}
      notFoundContent={t('fl.f.planTaskNone', { year: year ?? '' })}
      data-testid="filing-plan-task"
    />
  );
}
