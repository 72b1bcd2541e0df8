import { Select, Tag } from 'antd';
import { listDepartmentItems } from '../../api/endpoints';
import { listDelegations } from '../../api/delegations';
import type { InspectionMode } from '../../api/types';
import { useAsync } from '../../components/useAsync';
import { useT } from '../../i18n';

interface Props {
  department: string | undefined;
  mode: InspectionMode | undefined;
  value?: string[];
  onChange?: (codes: string[]) => void;
  /** Only the department's own catalog (an annual plan), without items delegated to it. */
  ownOnly?: boolean;
  testId?: string;
}

interface ItemOption {
  value: string;
  label: string;
  modes: InspectionMode[];
  owner?: string;
}

async function loadItems(department: string, ownOnly: boolean): Promise<ItemOption[]> {
  const [own, lent] = await Promise.all([
    listDepartmentItems(department, { limit: 200, offset: 0 }),
    ownOnly ? { items: [] } : listDelegations({ delegate: department, status: 'active', limit: 200, offset: 0 }).catch(() => ({ items: [] })),
  ]);
  const options: ItemOption[] = own.items
    .filter((item) => !('status' in item && item.status === 'retired'))
    .map((item) => ({ value: item.code, label: `${item.code} ${item.name}`, modes: item.modes }));
  for (const d of lent.items) {
    if (!options.some((o) => o.value === d.item.code)) options.push({ value: d.item.code, label: `${d.item.code} ${d.item.name}`, modes: [], owner: d.owner.name });
  }
  return options;
}

/** The department's catalog items, and the library items delegated to it (R12), with their methods. */
export function ItemSelect({ department, mode, value, onChange, ownOnly = false, testId = 'filing-items' }: Props) {
  const t = useT();
  const items = useAsync(() => (department ? loadItems(department, ownOnly) : Promise.resolve([])), [department, ownOnly]);
  return (
    <Select<string[], ItemOption>
      mode="multiple"
      value={value}
      onChange={onChange}
      showSearch={{ optionFilterProp: 'label' }}
      options={items.data ?? []}
      loading={items.loading}
      placeholder={t('fl.f.itemsPlaceholder')}
      optionRender={(option) => (
        <div className="yqs-fl-item-option">
          <span className="yqs-fl-item-name">{option.data.label}</span>
          <span>
            {option.data.modes.map((m) => (
              <Tag key={m} color={m === mode ? 'blue' : 'default'} className="yqs-fl-item-tag">
                {t(`mode.${m}`)}
              </Tag>
            ))}
            {option.data.owner && <Tag color="purple">{t('fl.f.delegatedFrom', { owner: option.data.owner })}</Tag>}
          </span>
        </div>
      )}
      data-testid={testId}
    />
  );
}
