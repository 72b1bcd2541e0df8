/** A typical code for tests: a joint visit of two departments, four inspectors, six items. */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { summariseLegalBasis } from './legal-basis.ts';
import type { CodeContent } from './types.ts';

export function keyPair(): { privateKey: KeyObject; publicKey: KeyObject } {
  return generateKeyPairSync('ed25519');
}

export const TYPICAL: CodeContent = {
  subject: { kind: 'joint_visit', id: 48213 },
  enterpriseUscc: '91331125MA2A1B2C3E',
  departments: [
    { code: 'scjg', name: '云和县市场监督管理局' },
    { code: 'yjgl', name: '云和县应急管理局' },
  ],
  inspectors: [
    { name: '张伟', certificateNumber: '浙K11250101' },
    { name: '李娜', certificateNumber: '浙K11250102' },
    { name: '王建国', certificateNumber: '浙K11250201' },
    { name: '陈静', certificateNumber: '浙K11250203' },
  ],
  items: [
    { code: 'scjg-001', name: '对食品生产经营者的监督检查' },
    { code: 'scjg-004', name: '对特种设备使用单位的监督检查' },
    { code: 'scjg-007', name: '对工业产品生产许可证获证企业的监督检查' },
    { code: 'yjgl-001', name: '对生产经营单位安全生产情况的监督检查' },
    { code: 'yjgl-002', name: '对粉尘涉爆企业粉尘防爆安全的监督检查' },
    { code: 'yjgl-003', name: '对涂装（喷漆）作业场所安全生产的监督检查' },
  ],
  legalBasis: summariseLegalBasis([
    '《中华人民共和国食品安全法》第一百一十条',
    '《中华人民共和国特种设备安全法》第五十七条',
    '《工业产品生产许可证管理条例》第三十七条',
    '《中华人民共和国安全生产法》第六十五条',
    '《中华人民共和国安全生产法》第六十五条；《工贸企业粉尘防爆安全规定》',
    '《中华人民共和国安全生产法》第六十五条；《工贸企业重大事故隐患判定标准》',
  ]),
  validFrom: '2025-10-13',
  validTo: '2025-10-14',
  issuedAt: '2025-09-26T02:30:00Z',
};
