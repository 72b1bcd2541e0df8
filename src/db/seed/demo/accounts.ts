import { demoDepartments } from './departments.ts';
import type { DemoAccount, DemoDepartment, DemoEnterprise } from './types.ts';

/** Every demo account's password, in demo mode only (issue 2, item 7). */
export const DEMO_PASSWORD = 'demo1234';

/** How many enterprise users demoAccounts creates by default: the first ones generated. */
export const DEMO_ENTERPRISE_USERS = 20;

export interface DemoAccountsOptions {
  enterpriseUsers?: number;
  departments?: readonly DemoDepartment[];
}

/**
 * The demo accounts as plain data: the county-level roles, an admin ('dept-<code>') and a head
 * ('head-<code>') per department, every inspector ('insp-<code>-<n>'), and enterprise users named
 * by their USCC for the first enterprises. Reads at most `enterpriseUsers` items from
 * `enterprises`, so a lazy generator can be passed.
 */
export function demoAccounts(
  enterprises: Iterable<DemoEnterprise>,
  options: DemoAccountsOptions = {},
): DemoAccount[] {
  const limit = options.enterpriseUsers ?? DEMO_ENTERPRISE_USERS;
  const departments = options.departments ?? demoDepartments;
  const accounts: DemoAccount[] = [
    { username: 'coordinator', displayName: '县综合执法办（统筹协调）', role: 'coordinator' },
    { username: 'supervisor', displayName: '县司法局（执法监督）', role: 'supervisor' },
    { username: 'office', displayName: '县委办、县府办（公务报备）', role: 'county_office' },
  ];
  for (const d of departments) {
    accounts.push({
      username: `dept-${d.code}`,
      displayName: `${d.shortName}执法管理员`,
      role: 'dept_admin',
      departmentCode: d.code,
    });
    accounts.push({
      username: `head-${d.code}`,
      displayName: `${d.headName}（${d.shortName}主要负责人）`,
      role: 'dept_head',
      departmentCode: d.code,
    });
    for (const inspector of d.inspectors) {
      accounts.push({
        username: inspector.username,
        displayName: `${inspector.name}（${d.shortName}）`,
        role: 'inspector',
        departmentCode: d.code,
        inspectorCertificateNo: inspector.certificateNo,
      });
    }
  }
  if (limit > 0) {
    let taken = 0;
    for (const e of enterprises) {
      accounts.push({
        username: e.uscc,
        displayName: e.name,
        role: 'enterprise',
        enterpriseUscc: e.uscc,
      });
      taken++;
      if (taken >= limit) break;
    }
  }
  return accounts;
}
