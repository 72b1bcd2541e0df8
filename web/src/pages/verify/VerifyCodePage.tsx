import { useCallback, useEffect, useState } from 'react';
import { Button, Layout, Spin } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { verifyCode, type CodeVerification } from '../../api/codes';
import { useAuth } from '../../auth/AuthContext';
import { BrandMark } from '../../components/BrandMark';
import { LangSwitch } from '../../components/LangSwitch';
import { useLang, useT, type MessageKey } from '../../i18n';
import './verify.css';

const { Header, Content } = Layout;

/** 检查码核验 (/v/:token): public, phone-first, outside the staff layout. */
export function VerifyCodePage() {
  const t = useT();
  const [lang] = useLang();
  const { token = '' } = useParams();
  const { user } = useAuth();
  const [result, setResult] = useState<CodeVerification | null>(null);
  const [failed, setFailed] = useState(false);

  const check = useCallback(() => {
    setResult(null);
    setFailed(false);
    verifyCode(token).then(setResult, () => setFailed(true));
  }, [token]);
  // checks again when the language changes, so the API's message matches it
  useEffect(check, [check, lang]);

  const inspection = result?.inspection ?? null;
  const today = result?.checkedOn ?? '';
  const validToday = !!inspection && today >= inspection.validFrom && today <= inspection.validTo;

  return (
    <Layout className="yqs-shell yqs-verify-shell">
      <Header className="yqs-header">
        <BrandMark to="/public" />
        <div className="yqs-header-right">
          <LangSwitch dark />
        </div>
      </Header>
      <Content className="yqs-verify" data-testid="verify-page">
        <h1 className="yqs-verify-title">{t('v.title')}</h1>
        {!result && !failed && (
          <div className="yqs-verify-checking">
            <Spin size="large" />
            <p>{t('v.checking')}</p>
          </div>
        )}
        {failed && (
          <div className="yqs-verify-verdict yqs-verify-error" data-testid="verify-error">
            <ExclamationCircleFilled className="yqs-verify-icon" />
            <p>{t('v.error')}</p>
            <Button size="large" onClick={check}>
              {t('v.retry')}
            </Button>
          </div>
        )}
        {result && (
          <>
            <div
              className={`yqs-verify-verdict ${result.valid ? 'yqs-verify-ok' : 'yqs-verify-bad'}`}
              data-testid="verify-verdict"
              data-valid={result.valid ? 'yes' : 'no'}
              data-reason={result.reason ?? ''}
              role="status"
            >
              {result.valid ? <CheckCircleFilled className="yqs-verify-icon" /> : <CloseCircleFilled className="yqs-verify-icon" />}
              <div className="yqs-verify-verdict-text">{t(result.valid ? 'v.valid' : 'v.invalid')}</div>
              {result.reason && (
                <p className="yqs-verify-reason" data-testid="verify-reason">
                  {t(`v.reason.${result.reason}` as MessageKey)}
                </p>
              )}
              <p className="yqs-verify-checked">{t('v.checkedOn', { date: result.checkedOn })}</p>
            </div>
            {inspection && (
              <div className="yqs-verify-details" data-testid="verify-details">
                <p className={`yqs-verify-today ${result.valid && validToday ? 'is-ok' : 'is-bad'}`} data-testid="verify-today">
                  {t(result.valid && validToday ? 'v.validToday' : 'v.notValidToday', { date: today })}
                </p>
                <dl>
                  <dt>{t('v.departments')}</dt>
                  <dd data-testid="verify-departments">
                    {inspection.departments.map((d) => (
                      <div key={d.code} className="yqs-verify-big">
                        {d.name}
                      </div>
                    ))}
                    {inspection.kind === 'joint_visit' && <div className="yqs-verify-note">{t('v.jointVisit')}</div>}
                  </dd>
                  <dt>{t('v.dates')}</dt>
                  <dd className="yqs-verify-big" data-testid="verify-dates">
                    {inspection.validFrom === inspection.validTo
                      ? inspection.validFrom
                      : t('v.dateRange', { from: inspection.validFrom, to: inspection.validTo })}
                  </dd>
                  {inspection.enterprise.name && (
                    <>
                      <dt>{t('v.enterprise')}</dt>
                      <dd>{inspection.enterprise.name}</dd>
                    </>
                  )}
                  <dt>{t('v.inspectors')}</dt>
                  <dd data-testid="verify-inspectors">
                    {inspection.inspectors.map((p) => (
                      <div key={`${p.name}-${p.certificateNumber}`} className="yqs-verify-person">
                        <span className="yqs-verify-big">{p.name}</span>
                        <span className="yqs-verify-cert">{t('v.certificate', { number: p.certificateNumber })}</span>
                      </div>
                    ))}
                  </dd>
                  <dt>{t('v.items')}</dt>
                  <dd data-testid="verify-items">
                    <ul>
                      {inspection.items.map((i) => (
                        <li key={i.code}>{i.name}</li>
                      ))}
                    </ul>
                  </dd>
                  <dt>{t('v.legalBasis')}</dt>
                  <dd>{inspection.legalBasis}</dd>
                </dl>
                <p className="yqs-verify-note">{t('v.inspectionNo', { id: inspection.id })}</p>
              </div>
            )}
          </>
        )}
        <div className="yqs-verify-tip" data-testid="verify-tip">
          <p>{t('v.tip')}</p>
          <p>{t('v.tipCompare')}</p>
        </div>
        <p className="yqs-verify-links">
          <Link to={user ? '/' : '/public'}>{user ? t('header.toWorkspace') : t('v.home')}</Link>
        </p>
      </Content>
    </Layout>
  );
}
