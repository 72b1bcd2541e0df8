import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { TablePaginationConfig } from 'antd';
import { useT } from '../i18n';

export type ParamPatch = Record<string, string | number | undefined | null>;

/**
 * List state (page, page size, filters) kept in the URL, so a list can be bookmarked, shared and
 * restored with the back button. Changing a filter returns to page 1.
 */
export function useListParams(defaultPageSize = 20) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(100, Math.max(5, Number(params.get('size')) || defaultPageSize));

  const get = useCallback((key: string): string => params.get(key) ?? '', [params]);

  const update = useCallback(
    (patch: ParamPatch, resetPage = true) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(patch)) {
            if (value === undefined || value === null || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          if (resetPage && !('page' in patch)) next.delete('page');
          return next;
        },
        { replace: false },
      );
    },
    [setParams],
  );

  const pagination = useCallback(
    (total: number | undefined): TablePaginationConfig => ({
      current: page,
      pageSize,
      total: total ?? 0,
      showSizeChanger: true,
      pageSizeOptions: [10, 20, 50, 100],
      showTotal: (n) => t('common.total', { total: n }),
      onChange: (nextPage, nextSize) =>
        update({ page: nextSize !== pageSize ? 1 : nextPage, size: nextSize === defaultPageSize ? undefined : nextSize }, false),
    }),
    [page, pageSize, t, update, defaultPageSize],
  );

  return useMemo(
    () => ({ page, pageSize, offset: (page - 1) * pageSize, get, update, pagination }),
    [page, pageSize, get, update, pagination],
  );
}
