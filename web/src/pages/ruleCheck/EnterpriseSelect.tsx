import { useEffect, useRef, useState } from 'react';
import { Select, Spin } from 'antd';
import { listEnterprises } from '../../api/endpoints';
import type { Enterprise } from '../../api/types';
import { GradeTag } from '../../components/tags';
import { useT } from '../../i18n';

interface EnterpriseOption {
  value: string;
  label: string;
  enterprise: Enterprise;
}

interface Props {
  value?: string;
  onChange?: (uscc: string | undefined) => void;
  /** The whole record of the picked enterprise (grade, name), for the hints beside the form. */
  onPick?: (enterprise: Enterprise | undefined) => void;
}

/** Searches the enterprise register by name or USCC as the user types (GET /enterprises?q=). */
export function EnterpriseSelect({ value, onChange, onPick }: Props) {
  const t = useT();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<Enterprise[]>([]);
  const [loading, setLoading] = useState(false);
  const picked = useRef<Enterprise | undefined>(undefined);

  useEffect(() => {
    let alive = true;
    setLoading(true);
    const timer = window.setTimeout(() => {
      listEnterprises({ q: q.trim() || undefined, limit: 20, offset: 0 })
        .then((page) => alive && setOptions(page.items))
        .catch(() => alive && setOptions([]))
        .finally(() => alive && setLoading(false));
    }, 250);
    return () => {
      alive = false;
      window.clearTimeout(timer);
    };
  }, [q]);

  // keep the picked enterprise listed even when the latest search no longer returns it
  const shown = picked.current && !options.some((e) => e.uscc === picked.current?.uscc) ? [picked.current, ...options] : options;

  return (
    <Select<string, EnterpriseOption>
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value}
      placeholder={t('rc.enterprisePlaceholder')}
      notFoundContent={loading ? <Spin size="small" /> : t('rc.enterpriseNotFound')}
      onChange={(uscc) => {
        picked.current = shown.find((e) => e.uscc === uscc);
        onChange?.(uscc);
        onPick?.(picked.current);
        if (!uscc) setQ('');
      }}
      options={shown.map((e) => ({ value: e.uscc, label: e.name, enterprise: e }))}
      optionRender={(option) => {
        const e = option.data.enterprise;
        return (
          <div className="yqs-rc-ent-option" data-testid={`enterprise-option-${e.uscc}`}>
            <div className="yqs-rc-ent-name">
              <span>{e.name}</span>
              <GradeTag grade={e.grade} />
            </div>
            <div className="yqs-mono yqs-muted yqs-rc-ent-uscc">{e.uscc}</div>
          </div>
        );
      }}
      data-testid="rc-enterprise"
    />
  );
}
