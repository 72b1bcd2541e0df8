import { useMeta } from './MetaContext';
import { useLang, useT } from '../i18n';

/** The jurisdiction's display name from /meta (the dictionary's name for Yunhe in English). */
export function useJurisdictionName(): string {
  const meta = useMeta();
  const t = useT();
  const [lang] = useLang();
  if (!meta) return t('app.defaultJurisdiction');
  if (lang === 'en' && meta.jurisdiction.code === 'yunhe') return t('app.defaultJurisdiction');
  return meta.jurisdiction.name;
}

export function useAppTitle(): string {
  const t = useT();
  return t('app.title', { jurisdiction: useJurisdictionName() });
}
