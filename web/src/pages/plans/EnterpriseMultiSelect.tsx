import { useEffect, useRef, useState } from 'react';
import { Select, Spin } from 'antd';
import { listEnterprises } from '../../api/endpoints';
import { useT } from '../../i18n';

interface Props {
  value?: string[];
  onChange?: (usccs: string[]) => void;
  /** Names of enterprises already chosen (when editing), so they show by name. */
  known?: { uscc: string; name: string }[];
  testId?: string;
}

/** Several enterprises by name or USCC, searched as the user types (a plan's named targets). */
export function EnterpriseMultiSelect({ value = [], onChange, known = [], testId }: Props) {
  const t = useT();
  const [q, setQ] = useState('');
  const [loading, setLoading] = useState(false);
  const names = useRef(new Map(known.map((e) => [e.uscc, e.name])));
  const [found, setFound] = useState<{ uscc: string; name: string }[]>([]);

  useEffect(() => {
    let alive = true;
    setLoading(true);
    const timer = window.setTimeout(() => {
      listEnterprises({ q: q.trim() || undefined, limit: 20, offset: 0 })
        .then((page) => {
          if (!alive) return;
          for (const e of page.items) names.current.set(e.uscc, e.name);
          setFound(page.items.map((e) => ({ uscc: e.uscc, name: e.name })));
        })
        .catch(() => alive && setFound([]))
        .finally(() => alive && setLoading(false));
    }, 250);
    return () => {
      alive = false;
      window.clearTimeout(timer);
    };
  }, [q]);

  const options = [...value.filter((u) => !found.some((e) => e.uscc === u)).map((u) => ({ uscc: u, name: names.current.get(u) ?? u })), ...found];
  return (
    <Select<string[]>
      mode="multiple"
      value={value}
      onChange={(v) => onChange?.(v)}
      showSearch={{ filterOption: false, onSearch: setQ }}
      options={options.map((e) => ({ value: e.uscc, label: e.name }))}
      notFoundContent={loading ? <Spin size="small" /> : t('rc.enterpriseNotFound')}
      placeholder={t('rc.enterprisePlaceholder')}
      data-testid={testId}
    />
  );
}
