import { describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  demoAccounts,
  demoDepartments,
  generateEnterprises,
  type DemoEnterprise,
  type DemoRole,
} from './index.ts';

const ROLES: DemoRole[] = ['coordinator', 'dept_admin', 'dept_head', 'inspector', 'enterprise', 'supervisor', 'county_office'];

describe('demoAccounts', () => {
  const enterprises = [...generateEnterprises({ count: 100 })];
  const accounts = demoAccounts(enterprises);
  const byName = new Map(accounts.map((a) => [a.username, a]));

  it('has unique usernames and known roles', () => {
    expect(byName.size).toBe(accounts.length);
    for (const a of accounts) {
      expect(ROLES).toContain(a.role);
      expect(a.displayName.length).toBeGreaterThan(1);
    }
    expect(DEMO_PASSWORD).toBe('demo1234');
  });

  it('has the county-level role accounts', () => {
    expect(byName.get('coordinator')?.role).toBe('coordinator');
    expect(byName.get('supervisor')?.role).toBe('supervisor');
    expect(byName.get('office')?.role).toBe('county_office');
  });

  it('has an admin, a head and the inspectors of every department', () => {
    for (const d of demoDepartments) {
      expect(byName.get(`dept-${d.code}`)).toMatchObject({ role: 'dept_admin', departmentCode: d.code });
      expect(byName.get(`head-${d.code}`)).toMatchObject({ role: 'dept_head', departmentCode: d.code });
      expect(byName.get(`head-${d.code}`)?.displayName).toContain(d.headName);
      for (const i of d.inspectors) {
        expect(byName.get(i.username)).toMatchObject({
          role: 'inspector',
          departmentCode: d.code,
          inspectorCertificateNo: i.certificateNo,
        });
      }
    }
  });

  it('names the first 20 enterprises’ users by their USCC', () => {
    const users = accounts.filter((a) => a.role === 'enterprise');
    expect(users.map((u) => u.username)).toEqual(enterprises.slice(0, 20).map((e) => e.uscc));
    for (const u of users) expect(u.enterpriseUscc).toBe(u.username);
  });

  it('reads no more of a lazy generator than it needs', () => {
    let pulled = 0;
    function* counting(): Generator<DemoEnterprise> {
      for (const e of generateEnterprises({ count: 1_000_000 })) {
        pulled++;
        yield e;
      }
    }
    const list = demoAccounts(counting(), { enterpriseUsers: 5 });
    expect(list.filter((a) => a.role === 'enterprise')).toHaveLength(5);
    expect(pulled).toBe(5);
  });
});
