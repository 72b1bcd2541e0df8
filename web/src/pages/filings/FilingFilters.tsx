import { Button, DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { FILING_STATES, type FilingState } from '../../api/filings';
import { useT } from '../../i18n';
import type { ParamPatch } from '../../components/useListParams';
import { EnterpriseSelect } from '../ruleCheck/EnterpriseSelect';
import { DAY } from './filingModel';

interface Props {
  states: FilingState[];
  enterprise: string;
  from: string;
  to: string;
  onChange: (patch: ParamPatch) => void;
}

/** The filing list's filters: state, enterprise, planned date range. */
export function FilingFilters({ states, enterprise, from, to, onChange }: Props) {
  const t = useT();
  const dirty = states.length > 0 || enterprise !== '' || from !== '' || to !== '';
  return (
    <Space wrap size={[12, 12]} className="yqs-toolbar">
      <Select<FilingState[]>
        mode="multiple"
        allowClear
        value={states}
        placeholder={t('fl.filter.state')}
        options={FILING_STATES.map((s) => ({ value: s, label: t(`fl.state.${s}`) }))}
        onChange={(value) => onChange({ state: value.join(',') })}
        maxTagCount="responsive"
        style={{ width: 260 }}
        data-testid="filings-filter-state"
      />
      <div style={{ width: 300 }} data-testid="filings-filter-enterprise">
        <EnterpriseSelect value={enterprise || undefined} onChange={(uscc) => onChange({ ent: uscc })} />
      </div>
      <DatePicker.RangePicker
        value={from && to ? [dayjs(from), dayjs(to)] : null}
        placeholder={[t('fl.filter.from'), t('fl.filter.to')]}
        onChange={(range) => onChange({ from: range?.[0]?.format(DAY), to: range?.[1]?.format(DAY) })}
        data-testid="filings-filter-dates"
      />
      {dirty && (
        <Button onClick={() => onChange({ state: undefined, ent: undefined, from: undefined, to: undefined })} data-testid="filings-filter-reset">
          {t('common.reset')}
        </Button>
      )}
    </Space>
  );
}
