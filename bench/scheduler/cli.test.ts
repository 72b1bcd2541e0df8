/** `yqs schedule` end to end on streams: output only on success, a named field on bad input. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runSchedule } from '../../src/cli/commands/schedule.ts';

async function call(stdin: string, pretty = false): Promise<{ code: number; out: string; err: string }> {
  const input = new PassThrough();
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: string[] = [];
  const errs: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString()));
  err.on('data', (c: Buffer) => errs.push(c.toString()));
  input.end(stdin);
  const code = await runSchedule(input, out, err, { pretty });
  return { code, out: chunks.join(''), err: errs.join('') };
}

const INPUT = {
  today: '2025-09-26',
  enterprises: [{ id: 'E1', grade: 'C', onsiteVisitsThisYear: 0, departmentVisitsThisYear: {} }],
  departments: [{ id: 'X', capacityPerDay: null }, { id: 'Y', capacityPerDay: 2 }],
  filings: [
    { id: 'f1', enterprise: 'E1', department: 'X', from: '2025-10-01', to: '2025-10-31' },
    { id: 'f2', enterprise: 'E1', department: 'Y', from: '2025-10-10', to: '2025-11-15' },
  ],
};

describe('yqs schedule', () => {
  it('answers the contract on stdout, compact or indented', async () => {
    for (const pretty of [false, true]) {
      const r = await call(JSON.stringify(INPUT), pretty);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      const out = JSON.parse(r.out);
      expect(Object.keys(out)).toEqual(['visits', 'unscheduled', 'stats']);
      expect(out.visits[0]).toEqual({ enterprise: 'E1', date: '2025-10-11', lead: 'X', departments: ['X', 'Y'], filings: [{ id: 'f1', by: 'X' }, { id: 'f2', by: 'Y' }] });
      expect(out.stats).toEqual({ filings: 2, scheduled: 2, visits: 1, lowerBound: 1, jointRate: 1 });
    }
  });
  it('writes nothing to stdout and names the field on bad input', async () => {
    const bad = structuredClone(INPUT);
    bad.filings[1].from = '2025-10-32';
    const r = await call(JSON.stringify(bad));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('filings[1].from');
    expect(r.err).toContain('错误');
  });
  it('rejects text that is not JSON, and an unknown policy version', async () => {
    const a = await call('{"today":');
    expect(a.code).toBe(1);
    expect(a.out).toBe('');
    expect(a.err).toContain('not valid JSON');
    const b = await call(JSON.stringify({ ...INPUT, policy: 'nowhere-2030' }));
    expect(b.code).toBe(1);
    expect(b.err).toContain('policy');
  });
});
