import { Typography } from 'antd';
import type { InspectionItem } from '../../api/types';
import { useT } from '../../i18n';

/** The expanded row of an item: its checklist questions in order (version in force). */
export function ItemChecklist({ item }: { item: InspectionItem }) {
  const t = useT();
  if (item.checklist.length === 0) return <Typography.Text type="secondary">{t('item.noChecklist')}</Typography.Text>;
  return (
    <div className="yqs-checklist" data-testid={`checklist-${item.code}`}>
      <Typography.Text strong>
        {t('item.checklist', { count: item.checklist.length })} · v{item.version}
      </Typography.Text>
      <ol>
        {item.checklist.map((q) => (
          <li key={q.id}>{q.text}</li>
        ))}
      </ol>
    </div>
  );
}
