import { lazy, Suspense, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { ApiErrorBridge } from './app/ApiErrorBridge';
import { MetaProvider } from './app/MetaContext';
import { theme } from './app/theme';
import { AuthProvider } from './auth/AuthContext';
import { RequireAuth, RequireRole } from './auth/guards';
import { I18nProvider, useLang } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { PublicLayout } from './layout/PublicLayout';
import type { PageId } from './nav/access';
import { ForbiddenPage, NotFoundPage, ServerErrorPage } from './pages/errors/ErrorPages';
import { LoginPage } from './pages/login/LoginPage';

// Pages load on demand; the shell, login and error pages are in the first bundle.
const HomePage = lazy(() => import('./pages/home/HomePage').then((m) => ({ default: m.HomePage })));
const DepartmentsPage = lazy(() => import('./pages/departments/DepartmentsPage').then((m) => ({ default: m.DepartmentsPage })));
const DepartmentItemsPage = lazy(() =>
  import('./pages/departments/DepartmentItemsPage').then((m) => ({ default: m.DepartmentItemsPage })),
);
const EnterprisesPage = lazy(() => import('./pages/enterprises/EnterprisesPage').then((m) => ({ default: m.EnterprisesPage })));
const EnterpriseDetailPage = lazy(() =>
  import('./pages/enterprises/EnterpriseDetailPage').then((m) => ({ default: m.EnterpriseDetailPage })),
);
const MyEnterprisePage = lazy(() => import('./pages/enterprises/MyEnterprisePage').then((m) => ({ default: m.MyEnterprisePage })));
const AuditPage = lazy(() => import('./pages/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const ApiKeysPage = lazy(() => import('./pages/apiKeys/ApiKeysPage').then((m) => ({ default: m.ApiKeysPage })));
const RuleCheckPage = lazy(() => import('./pages/ruleCheck/RuleCheckPage').then((m) => ({ default: m.RuleCheckPage })));
const CalendarPage = lazy(() => import('./pages/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })));
const PolicyPage = lazy(() => import('./pages/policy/PolicyPage').then((m) => ({ default: m.PolicyPage })));
const FilingsPage = lazy(() => import('./pages/filings/FilingsPage').then((m) => ({ default: m.FilingsPage })));
const FilingFormPage = lazy(() => import('./pages/filings/FilingFormPage').then((m) => ({ default: m.FilingFormPage })));
const FilingDetailPage = lazy(() => import('./pages/filings/FilingDetailPage').then((m) => ({ default: m.FilingDetailPage })));
const FilingQueuePage = lazy(() => import('./pages/filings/FilingQueuePage').then((m) => ({ default: m.FilingQueuePage })));
const NoticesPage = lazy(() => import('./pages/notices/NoticesPage').then((m) => ({ default: m.NoticesPage })));
const InspectionsPage = lazy(() => import('./pages/inspections/InspectionsPage').then((m) => ({ default: m.InspectionsPage })));
const InspectionRecordPage = lazy(() =>
  import('./pages/inspections/InspectionRecordPage').then((m) => ({ default: m.InspectionRecordPage })),
);
const PlansPage = lazy(() => import('./pages/plans/PlansPage').then((m) => ({ default: m.PlansPage })));
const PlanDetailPage = lazy(() => import('./pages/plans/PlanDetailPage').then((m) => ({ default: m.PlanDetailPage })));
const PlanEditPage = lazy(() => import('./pages/plans/PlanEditPage').then((m) => ({ default: m.PlanEditPage })));
const DelegationsPage = lazy(() => import('./pages/delegations/DelegationsPage').then((m) => ({ default: m.DelegationsPage })));
const KpiPage = lazy(() => import('./pages/kpi/KpiPage').then((m) => ({ default: m.KpiPage })));
const AlertsPage = lazy(() => import('./pages/alerts/AlertsPage').then((m) => ({ default: m.AlertsPage })));
const MergeProposalsPage = lazy(() => import('./pages/jointVisits/MergeProposalsPage').then((m) => ({ default: m.MergeProposalsPage })));
const JointVisitsPage = lazy(() => import('./pages/jointVisits/JointVisitsPage').then((m) => ({ default: m.JointVisitsPage })));
const JointVisitDetailPage = lazy(() => import('./pages/jointVisits/JointVisitDetailPage').then((m) => ({ default: m.JointVisitDetailPage })));
const PublicPlansPage = lazy(() => import('./pages/publications/PublicPlansPage').then((m) => ({ default: m.PublicPlansPage })));
const PublicOffsiteItemsPage = lazy(() =>
  import('./pages/publications/PublicOffsiteItemsPage').then((m) => ({ default: m.PublicOffsiteItemsPage })),
);
const PublicDelegationsPage = lazy(() =>
  import('./pages/publications/PublicDelegationsPage').then((m) => ({ default: m.PublicDelegationsPage })),
);
const PublicHomePage = lazy(() => import('./pages/public/PublicHomePage').then((m) => ({ default: m.PublicHomePage })));
const VerifyCodePage = lazy(() => import('./pages/verify/VerifyCodePage').then((m) => ({ default: m.VerifyCodePage })));
const MyVisitsPage = lazy(() => import('./pages/portal/MyVisitsPage').then((m) => ({ default: m.MyVisitsPage })));
const RatingsPage = lazy(() => import('./pages/portal/RatingsPage').then((m) => ({ default: m.RatingsPage })));
const PublicItemsPage = lazy(() => import('./pages/public/PublicItemsPage').then((m) => ({ default: m.PublicItemsPage })));

const guard = (page: PageId, element: ReactNode) => <RequireRole page={page}>{element}</RequireRole>;

function AppRoutes() {
  return (
    <Suspense fallback={<Spin size="large" className="yqs-fullscreen-spin" />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/public" element={<PublicLayout />}>
          <Route index element={<PublicHomePage />} />
          <Route path="items" element={<PublicItemsPage />} />
          <Route path="plans" element={<PublicPlansPage />} />
          <Route path="offsite-items" element={<PublicOffsiteItemsPage />} />
          <Route path="delegable-items" element={<PublicDelegationsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route path="/v/:token" element={<VerifyCodePage />} />
        <Route path="/500" element={<ServerErrorPage />} />
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route index element={guard('home', <HomePage />)} />
          <Route path="departments" element={guard('departments', <DepartmentsPage />)} />
          <Route path="departments/:code" element={guard('departmentItems', <DepartmentItemsPage />)} />
          <Route path="enterprises" element={guard('enterprises', <EnterprisesPage />)} />
          <Route path="enterprises/:uscc" element={guard('enterpriseDetail', <EnterpriseDetailPage />)} />
          <Route path="my-enterprise" element={guard('myEnterprise', <MyEnterprisePage />)} />
          <Route path="my-visits" element={guard('myVisits', <MyVisitsPage />)} />
          <Route path="ratings" element={guard('ratings', <RatingsPage />)} />
          <Route path="audit" element={guard('audit', <AuditPage />)} />
          <Route path="api-keys" element={guard('apiKeys', <ApiKeysPage />)} />
          <Route path="rule-check" element={guard('ruleCheck', <RuleCheckPage />)} />
          <Route path="calendar" element={guard('calendar', <CalendarPage />)} />
          <Route path="policy" element={guard('policy', <PolicyPage />)} />
          <Route path="filings" element={guard('filings', <FilingsPage />)} />
          <Route path="filings/new" element={guard('filingNew', <FilingFormPage />)} />
          <Route path="filings/:id" element={guard('filingDetail', <FilingDetailPage />)} />
          <Route path="filings/:id/edit" element={guard('filingNew', <FilingFormPage />)} />
          <Route path="approvals" element={guard('approvals', <FilingQueuePage queue="approval" />)} />
          <Route path="review" element={guard('review', <FilingQueuePage queue="review" />)} />
          <Route path="notices" element={guard('notices', <NoticesPage />)} />
          <Route path="inspections" element={guard('inspections', <InspectionsPage />)} />
          <Route path="inspections/:id" element={guard('inspectionRecord', <InspectionRecordPage />)} />
          <Route path="plans" element={guard('plans', <PlansPage />)} />
          <Route path="plans/new" element={guard('planEdit', <PlanEditPage />)} />
          <Route path="plans/:id" element={guard('plans', <PlanDetailPage />)} />
          <Route path="plans/:id/edit" element={guard('planEdit', <PlanEditPage />)} />
          <Route path="delegations" element={guard('delegations', <DelegationsPage />)} />
          <Route path="kpi" element={guard('kpi', <KpiPage />)} />
          <Route path="alerts" element={guard('alerts', <AlertsPage />)} />
          <Route path="merge-proposals" element={guard('mergeProposals', <MergeProposalsPage />)} />
          <Route path="joint-visits" element={guard('jointVisits', <JointVisitsPage />)} />
          <Route path="joint-visits/:id" element={guard('jointVisits', <JointVisitDetailPage />)} />
          <Route path="403" element={<ForbiddenPage />} />
          <Route path="404" element={<NotFoundPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

function LocalizedApp() {
  const [lang] = useLang();
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={theme}>
      <AntApp>
        <ApiErrorBridge />
        <MetaProvider>
          <AuthProvider>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </AuthProvider>
        </MetaProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <LocalizedApp />
    </I18nProvider>
  );
}
