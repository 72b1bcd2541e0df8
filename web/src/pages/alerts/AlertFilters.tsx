import { Button, DatePicker, Segmented, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { AlertStatus } from '../../api/alerts';
import { listDepartments, listTowns } from '../../api/endpoints';
import { SearchInput } from '../../components/SearchInput';
import { useAsync } from '../../components/useAsync';
import type { ParamPatch } from '../../components/useListParams';
import { useT } from '../../i18n';

export interface AlertFilterValues {
  status: AlertStatus | 'all';
  town: string;
  dept: string;
  q: string;
  from: string;
  to: string;
}

const DAY = 'YYYY-MM-DD';

/** The alert list's filters: open/handled, town, department involved, enterprise, period. */
export function AlertFilters({ values, onChange }: { values: AlertFilterValues; onChange: (patch: ParamPatch) => void }) {
  const t = useT();
  const towns = useAsync(() => listTowns(), []);
  const departments = useAsync(() => listDepartments({ limit: 200, offset: 0 }), []);
  const dirty = values.town !== '' || values.dept !== '' || values.q !== '' || values.from !== '' || values.to !== '';
  return (
    <Space wrap size={[12, 12]} className="yqs-toolbar">
      <Segmented<AlertStatus | 'all'>
        value={values.status}
        options={(['open', 'handled', 'all'] as const).map((s) => ({ value: s, label: t(`al.status.${s}`) }))}
        onChange={(status) => onChange({ status: status === 'open' ? undefined : status })}
        data-testid="alerts-filter-status"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={values.town || undefined}
        placeholder={t('al.filter.town')}
        options={(towns.data?.items ?? []).map((x) => ({ value: x.code, label: x.name }))}
        onChange={(town?: string) => onChange({ town })}
        style={{ width: 150 }}
        data-testid="alerts-filter-town"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={values.dept || undefined}
        placeholder={t('al.filter.department')}
        options={(departments.data?.items ?? []).map((d) => ({ value: d.code, label: d.name }))}
        onChange={(dept?: string) => onChange({ dept })}
        style={{ width: 200 }}
        data-testid="alerts-filter-department"
      />
      <SearchInput value={values.q} placeholder={t('al.filter.search')} onSearch={(q) => onChange({ q })} width={280} testId="alerts-filter-search" />
      <DatePicker.RangePicker
        value={values.from && values.to ? [dayjs(values.from), dayjs(values.to)] : null}
        placeholder={[t('al.filter.from'), t('al.filter.to')]}
        onChange={(range) => onChange({ from: range?.[0]?.format(DAY), to: range?.[1]?.format(DAY) })}
        data-testid="alerts-filter-period"
      />
      {dirty && (
        <Button onClick={() => onChange({ town: undefined, dept: undefined, q: undefined, from: undefined, to: undefined })}>{t('common.reset')}</Button>
      )}
    </Space>
  );
}
