import { Button, Select, Space } from 'antd';
import { listTowns } from '../../api/endpoints';
import { GRADES, type Grade } from '../../api/types';
import { SearchInput } from '../../components/SearchInput';
import { useAsync } from '../../components/useAsync';
import type { ParamPatch } from '../../components/useListParams';
import { useT } from '../../i18n';

interface Props {
  q: string;
  grade: string;
  town: string;
  onChange: (patch: ParamPatch) => void;
}

/** Search (name or USCC), grade A–D and town filters for the enterprise register. */
export function EnterpriseFilters({ q, grade, town, onChange }: Props) {
  const t = useT();
  const towns = useAsync(() => listTowns(), []);
  const dirty = q !== '' || grade !== '' || town !== '';
  return (
    <Space wrap size={[12, 12]} className="yqs-toolbar">
      <SearchInput value={q} width={320} placeholder={t('ent.searchPlaceholder')} onSearch={(v) => onChange({ q: v })} />
      <Select<Grade>
        allowClear
        placeholder={t('ent.gradeFilter')}
        value={grade ? (grade as Grade) : undefined}
        onChange={(v) => onChange({ grade: v })}
        options={GRADES.map((g) => ({ value: g, label: t(`ent.grade.${g}`) }))}
        style={{ width: 140 }}
        data-testid="filter-grade"
      />
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('ent.townFilter')}
        value={town || undefined}
        onChange={(v) => onChange({ town: v })}
        options={(towns.data?.items ?? []).map((x) => ({ value: x.code, label: x.name }))}
        loading={towns.loading}
        style={{ width: 180 }}
        data-testid="filter-town"
      />
      {dirty && (
        <Button onClick={() => onChange({ q: undefined, grade: undefined, town: undefined })}>{t('common.reset')}</Button>
      )}
    </Space>
  );
}
