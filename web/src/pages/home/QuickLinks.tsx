import { Card } from 'antd';
import { Link } from 'react-router-dom';
import { useUser } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { navFor } from '../../nav/navConfig';

/** The role's own navigation entries (less home) as shortcut tiles. */
export function QuickLinks({ fill = false }: { fill?: boolean }) {
  const t = useT();
  const user = useUser();
  const entries = navFor(user).filter((e) => e.id !== 'home');
  return (
    <Card title={t('home.quickLinks')} className={fill ? 'yqs-quick-links yqs-fill' : 'yqs-quick-links'} data-testid="quick-links">
      <div className="yqs-quick-grid">
        {entries.map((e) => (
          <Link key={e.id} to={e.path} className="yqs-quick-tile">
            <span className="yqs-quick-icon">{e.icon}</span>
            <span>{t(e.labelKey)}</span>
          </Link>
        ))}
      </div>
    </Card>
  );
}
