import type { Rng } from './random.ts';

/**
 * Surnames with rough weights for southwestern Zhejiang: 叶 and 柳 are frequent around Yunhe, and
 * 蓝、雷、钟 are the common surnames of the She people of the two ethnic townships.
 */
const SURNAMES: readonly (readonly [string, number])[] = [
  ['叶', 9], ['王', 7], ['李', 6], ['陈', 6], ['刘', 5], ['吴', 5], ['柳', 5], ['周', 4], ['徐', 4],
  ['张', 4], ['毛', 3], ['季', 3], ['杜', 3], ['梅', 2], ['朱', 3], ['郑', 3], ['潘', 2], ['蓝', 3],
  ['雷', 3], ['钟', 2], ['林', 3], ['杨', 2], ['黄', 2], ['何', 2], ['胡', 2], ['蒋', 2], ['金', 2],
  ['项', 2], ['魏', 1], ['邱', 1], ['廖', 1], ['严', 1], ['范', 1], ['汤', 1], ['沈', 1], ['程', 1],
  ['卢', 1], ['余', 1], ['蔡', 1], ['许', 1], ['应', 1], ['谢', 1], ['施', 1], ['兰', 1], ['包', 1],
];

const GIVEN_FIRST = [
  '建', '国', '志', '伟', '海', '永', '金', '晓', '丽', '小', '文', '俊', '红', '明', '学', '新',
  '立', '佳', '雪', '春', '利', '宏', '林', '秀', '美', '爱', '德', '振', '一', '子', '欣', '思',
  '雨', '梦', '嘉', '宇', '浩', '诗', '家', '云', '和', '华', '玉', '跃', '昌', '晨', '彬', '慧',
];

const GIVEN_SECOND = [
  '平', '军', '强', '明', '华', '芳', '英', '勇', '伟', '杰', '峰', '辉', '斌', '敏', '静', '丽',
  '燕', '红', '萍', '波', '涛', '磊', '鹏', '飞', '霞', '琴', '兰', '琳', '婷', '洁', '军', '东',
  '良', '清', '荣', '进', '生', '林', '忠', '勤', '彤', '航', '然', '阳', '轩', '怡', '宁', '瑶',
];

/** Characters that make a good one-character given name on their own. */
const GIVEN_SINGLE = [
  '军', '强', '伟', '杰', '峰', '辉', '斌', '敏', '静', '丽', '燕', '红', '萍', '波', '涛', '磊',
  '鹏', '飞', '霞', '琴', '琳', '婷', '洁', '东', '勇', '平', '华', '芳', '英', '明', '健', '晶',
];

/** A plausible Chinese personal name: a surname and one or (mostly) two given-name characters. */
export function personName(rng: Rng): string {
  const surname = rng.weighted(SURNAMES);
  if (rng.chance(0.18)) return surname + rng.pick(GIVEN_SINGLE);
  return surname + rng.pick(GIVEN_FIRST) + rng.pick(GIVEN_SECOND);
}

/**
 * Characters for trade names (字号). Each enterprise gets a distinct sequence of them, so names
 * never repeat; the list is de-duplicated at load time and its order must stay stable (changing
 * it changes every generated name).
 */
export const TRADE_NAME_CHARS: readonly string[] = Array.from(
  new Set([
    ...'恒达兴盛华鑫隆瑞祥福康泰丰源宏伟嘉禾佳美新创成信诚和顺安宁昌荣富贵凯旭晨阳光明辉耀',
    ...'东南中天云山海江湖林森竹松柏梅兰桂青绿蓝金银宝玉益智乐童星月贝欣悦雅博远航腾飞龙凤',
    ...'鹏鹤骏帆舟桥峰岭溪泉湾田禧鸿锦绣恩德仁义正立志卓越优精尚诺朗通联合众汇聚邦友家园乡',
    ...'景辰宇春秋夏晴露馨芳香朵果苗叶可爱巧妙奇趣彩虹童心小树苑坊工匠艺韵思维启蒙未来梦想',
    ...'格致朴拙本真简素雨风雪霖岚瀚澜泓涵润泽川河洲岛丘原野谷石岩磊鼎盛茂蔚然亿万千百方圆',
  ]),
);

/**
 * The i-th trade name of a scattered enumeration: distinct i give distinct names. Names have two
 * characters while they last (about 40,000), then three, then four; adjacent characters differ.
 */
export function tradeName(index: number): string {
  const p = TRADE_NAME_CHARS.length;
  let i = index;
  for (let len = 2; len <= 6; len++) {
    const size = p * (p - 1) ** (len - 1);
    if (i < size) return decodeTradeName(i, len, p);
    i -= size;
  }
  throw new RangeError(`trade name index ${index} out of range`);
}

/** Size of the two-character trade-name space. */
export function tradeNameTier2Size(): number {
  const p = TRADE_NAME_CHARS.length;
  return p * (p - 1);
}

function decodeTradeName(i: number, len: number, p: number): string {
  // Mixed radix: first digit base p, the others base p-1 skipping the previous character.
  const digits: number[] = [];
  let rest = i;
  for (let k = len - 1; k >= 1; k--) {
    digits.unshift(rest % (p - 1));
    rest = Math.floor(rest / (p - 1));
  }
  digits.unshift(rest);
  let prev = digits[0];
  let out = TRADE_NAME_CHARS[prev];
  for (let k = 1; k < len; k++) {
    const d = digits[k];
    const idx = d >= prev ? d + 1 : d;
    out += TRADE_NAME_CHARS[idx];
    prev = idx;
  }
  return out;
}
