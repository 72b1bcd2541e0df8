import { Select } from 'antd';
import { listPublicDepartments } from '../../api/endpoints';
import { useAsync } from '../../components/useAsync';
import { useT } from '../../i18n';

/** The public pages' department filter (all departments when empty). */
interface Props {
  value: string;
  onChange: (code: string | undefined) => void;
  testId: string;
  placeholder?: string;
}

export function DepartmentFilter({ value, onChange, testId, placeholder }: Props) {
  const t = useT();
  const departments = useAsync(() => listPublicDepartments(), []);
  return (
    <Select<string>
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={placeholder ?? t('public.allDepartments')}
      value={value || undefined}
      onChange={onChange}
      options={(departments.data?.items ?? []).map((d) => ({ value: d.code, label: d.name }))}
      loading={departments.loading}
      style={{ width: 220 }}
      data-testid={testId}
    />
  );
}
