import { useEffect, type ReactNode } from 'react';
import { Breadcrumb, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useAppTitle } from '../app/useAppTitle';

export interface Crumb {
  title: string;
  to?: string;
}

interface Props {
  title: string;
  subTitle?: ReactNode;
  extra?: ReactNode;
  crumbs?: Crumb[];
  children: ReactNode;
}

/** The standard page frame: breadcrumb, title (data-testid="page-title"), actions, content. */
export function PageContainer({ title, subTitle, extra, crumbs, children }: Props) {
  const appTitle = useAppTitle();
  useEffect(() => {
    document.title = `${title} - ${appTitle}`;
  }, [title, appTitle]);

  return (
    <div className="yqs-page">
      <div className="yqs-page-header">
        {crumbs && crumbs.length > 0 && (
          <Breadcrumb
            className="yqs-breadcrumb"
            items={crumbs.map((c) => ({ title: c.to ? <Link to={c.to}>{c.title}</Link> : c.title }))}
          />
        )}
        <div className="yqs-page-heading">
          <div className="yqs-page-heading-text">
            <Typography.Title level={4} data-testid="page-title" className="yqs-page-title">
              {title}
            </Typography.Title>
            {subTitle && <Typography.Text type="secondary">{subTitle}</Typography.Text>}
          </div>
          {extra && <div className="yqs-page-extra">{extra}</div>}
        </div>
      </div>
      <div className="yqs-page-body">{children}</div>
    </div>
  );
}
