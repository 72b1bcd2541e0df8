import { Link } from 'react-router-dom';
import { useJurisdictionName } from '../app/useAppTitle';
import { useT } from '../i18n';

/** Logo + 云企舒 + the platform's full name, for dark headers. */
export function BrandMark({ to = '/' }: { to?: string }) {
  const t = useT();
  const jurisdiction = useJurisdictionName();
  return (
    <Link to={to} className="yqs-brand" data-testid="app-title">
      <img src="/favicon.svg" alt="" className="yqs-brand-logo" />
      <span className="yqs-brand-name">{t('app.name')}</span>
      <span className="yqs-brand-divider" />
      <span className="yqs-brand-sub">{t('app.subtitle', { jurisdiction })}</span>
    </Link>
  );
}
