// The side navigation, per role, in one place. A later page (filings, joint visits, dashboard …)
// adds one entry here and one access rule in access.ts.
import type { ReactNode } from 'react';
import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  GlobalOutlined,
  HistoryOutlined,
  HomeOutlined,
  KeyOutlined,
  LikeOutlined,
  MergeCellsOutlined,
  NotificationOutlined,
  TeamOutlined,
  ProjectOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  ShareAltOutlined,
  ShopOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { User } from '../api/types';
import type { MessageKey } from '../i18n';
import { canOpen, isDepartmentUser, type PageId } from './access';

export interface NavEntry {
  /** Stable id, also used as data-testid `nav-<id>`. */
  id: string;
  labelKey: MessageKey;
  icon: ReactNode;
  page: PageId;
  /** Where the entry leads for this user; null hides it. */
  path: (user: User) => string | null;
}

export const NAV_ENTRIES: readonly NavEntry[] = [
  { id: 'home', labelKey: 'nav.home', icon: <HomeOutlined />, page: 'home', path: () => '/' },
  { id: 'kpi', labelKey: 'nav.kpi', icon: <DashboardOutlined />, page: 'kpi', path: () => '/kpi' },
  { id: 'alerts', labelKey: 'nav.alerts', icon: <AlertOutlined />, page: 'alerts', path: () => '/alerts' },
  { id: 'filings', labelKey: 'nav.filings', icon: <FileDoneOutlined />, page: 'filings', path: () => '/filings' },
  { id: 'approvals', labelKey: 'nav.approvals', icon: <CheckSquareOutlined />, page: 'approvals', path: () => '/approvals' },
  { id: 'review', labelKey: 'nav.review', icon: <FileSearchOutlined />, page: 'review', path: () => '/review' },
  { id: 'merge-proposals', labelKey: 'nav.mergeProposals', icon: <MergeCellsOutlined />, page: 'mergeProposals', path: () => '/merge-proposals' },
  { id: 'joint-visits', labelKey: 'nav.jointVisits', icon: <TeamOutlined />, page: 'jointVisits', path: () => '/joint-visits' },
  { id: 'inspections', labelKey: 'nav.inspections', icon: <ScheduleOutlined />, page: 'inspections', path: () => '/inspections' },
  { id: 'notices', labelKey: 'nav.notices', icon: <NotificationOutlined />, page: 'notices', path: () => '/notices' },
  { id: 'plans', labelKey: 'nav.plans', icon: <ProjectOutlined />, page: 'plans', path: () => '/plans' },
  {
    id: 'delegations',
    labelKey: 'nav.delegations',
    icon: <ShareAltOutlined />,
    page: 'delegations',
    // kept by the coordinator, consulted by department admins and supervisors; not in heads' or inspectors' menus
    path: (user) => (user.role === 'dept_head' || user.role === 'inspector' ? null : '/delegations'),
  },
  {
    id: 'departments',
    labelKey: 'nav.departments',
    icon: <ApartmentOutlined />,
    page: 'departments',
    path: () => '/departments',
  },
  {
    id: 'own-department',
    labelKey: 'nav.ownDepartment',
    icon: <UnorderedListOutlined />,
    page: 'departmentItems',
    path: (user) =>
      isDepartmentUser(user) && user.department ? `/departments/${encodeURIComponent(user.department.code)}` : null,
  },
  {
    id: 'my-enterprise',
    labelKey: 'nav.myEnterprise',
    icon: <ShopOutlined />,
    page: 'myEnterprise',
    path: () => '/my-enterprise',
  },
  { id: 'my-visits', labelKey: 'nav.myVisits', icon: <HistoryOutlined />, page: 'myVisits', path: () => '/my-visits' },
  { id: 'ratings', labelKey: 'nav.ratings', icon: <LikeOutlined />, page: 'ratings', path: (user) => (user.role === 'inspector' ? null : '/ratings') },
  { id: 'enterprises', labelKey: 'nav.enterprises', icon: <BankOutlined />, page: 'enterprises', path: () => '/enterprises' },
  { id: 'rule-check', labelKey: 'nav.ruleCheck', icon: <SafetyCertificateOutlined />, page: 'ruleCheck', path: () => '/rule-check' },
  { id: 'calendar', labelKey: 'nav.calendar', icon: <CalendarOutlined />, page: 'calendar', path: () => '/calendar' },
  { id: 'policy', labelKey: 'nav.policy', icon: <FileProtectOutlined />, page: 'policy', path: () => '/policy' },
  { id: 'audit', labelKey: 'nav.audit', icon: <AuditOutlined />, page: 'audit', path: () => '/audit' },
  { id: 'api-keys', labelKey: 'nav.apiKeys', icon: <KeyOutlined />, page: 'apiKeys', path: () => '/api-keys' },
  {
    id: 'public',
    labelKey: 'nav.public',
    icon: <GlobalOutlined />,
    page: 'public',
    // supervisors and the county offices work inside the system; the portal is linked from the header for all
    path: (user) => (user.role === 'supervisor' || user.role === 'county_office' ? null : '/public'),
  },
];

export interface ResolvedNavEntry {
  id: string;
  labelKey: MessageKey;
  icon: ReactNode;
  path: string;
}

export function navFor(user: User): ResolvedNavEntry[] {
  const result: ResolvedNavEntry[] = [];
  for (const entry of NAV_ENTRIES) {
    if (!canOpen(user, entry.page)) continue;
    const path = entry.path(user);
    if (path) result.push({ id: entry.id, labelKey: entry.labelKey, icon: entry.icon, path });
  }
  return result;
}

/** The entry whose path is the longest prefix of the current location. */
export function activeNavId(entries: ResolvedNavEntry[], pathname: string): string | undefined {
  let best: ResolvedNavEntry | undefined;
  for (const entry of entries) {
    const matches = entry.path === '/' ? pathname === '/' : pathname === entry.path || pathname.startsWith(`${entry.path}/`);
    if (matches && (!best || entry.path.length > best.path.length)) best = entry;
  }
  return best?.id;
}
