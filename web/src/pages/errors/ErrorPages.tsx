import { useEffect } from 'react';
import { useAppTitle } from '../../app/useAppTitle';
import { ErrorResult, type ErrorStatus } from '../../components/ErrorResult';
import { useT } from '../../i18n';

/** 403 / 404 / 500 as routes (inside the shell or standalone). */
function ErrorPage({ status }: { status: ErrorStatus }) {
  const t = useT();
  const appTitle = useAppTitle();
  const title = t(`error.${String(status) as '403' | '404' | '500'}.title`);
  useEffect(() => {
    document.title = `${title} - ${appTitle}`;
  }, [title, appTitle]);
  return (
    <div className="yqs-standalone-error">
      <ErrorResult status={status} />
    </div>
  );
}

export const ForbiddenPage = () => <ErrorPage status={403} />;
export const NotFoundPage = () => <ErrorPage status={404} />;
export const ServerErrorPage = () => <ErrorPage status={500} />;
