import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { getMeta } from '../api/endpoints';
import type { Meta } from '../api/types';

// GET /api/v1/meta, fetched once: demo mode, jurisdiction name, demo accounts, version.
const MetaContext = createContext<Meta | null>(null);

export function MetaProvider({ children }: { children: ReactNode }) {
  const [meta, setMeta] = useState<Meta | null>(null);
  useEffect(() => {
    let alive = true;
    getMeta()
      .then((value) => alive && setMeta(value))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);
  return <MetaContext.Provider value={meta}>{children}</MetaContext.Provider>;
}

export function useMeta(): Meta | null {
  return useContext(MetaContext);
}
