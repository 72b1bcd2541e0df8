/**
 * A coordinator publishes a new version of the jurisdiction's policy, in force from a date. It is
 * checked whole (validatePolicy), never changed afterwards, and never retroactive: inspections
 * already judged keep the version that was in force on their dates.
 */
import { conflict, invalid } from '../../domain/errors.ts';
import { BUILT_IN_POLICIES, validatePolicy, type Policy } from '../../domain/policy/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import { todayOf, type Deps } from '../deps.ts';
import { bumpRevision, insertVersion, jurisdictionCodes, versionCodeTaken } from './repository.ts';
import { versionView } from './versions.ts';

const versionExists = (id: string) =>
  conflict('POLICY_VERSION_EXISTS', `政策版本代码“${id}”已被使用，请换一个新的版本代码。`, `The policy version code “${id}” is already taken; choose a new one.`, { id });

export async function publishPolicyVersion(deps: Deps, by: Principal, input: unknown) {
  const errors = validatePolicy(input);
  if (errors.length > 0) {
    throw invalid(
      'POLICY_INVALID',
      `政策版本不合法，共 ${errors.length} 处：${errors.map((e) => `${e.path}（${e.code}）`).join('；')}。`,
      `The policy version is invalid (${errors.length}): ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}.`,
      { errors },
    );
  }
  const policy = input as Policy;
  const today = todayOf(deps);
  if (policy.effectiveFrom < today) {
    throw invalid(
      'POLICY_EFFECTIVE_DATE_PAST',
      `生效日期 ${policy.effectiveFrom} 早于今天（${today}）。新版本不得溯及既往，请选择今天或以后的日期。`,
      `The effective date ${policy.effectiveFrom} is before today (${today}). A new version cannot apply retroactively; choose today or a later day.`,
      { effectiveFrom: policy.effectiveFrom, today },
    );
  }
  const known = new Set([...(await jurisdictionCodes(deps.db)), ...BUILT_IN_POLICIES.map((p) => p.jurisdiction.code)]);
  if (!known.has(policy.jurisdiction.code)) {
    throw invalid(
      'POLICY_JURISDICTION_UNKNOWN',
      `辖区代码“${policy.jurisdiction.code}”不是本系统的辖区（可用：${[...known].join('、')}）。`,
      `“${policy.jurisdiction.code}” is not a jurisdiction of this system (known: ${[...known].join(', ')}).`,
      { jurisdiction: policy.jurisdiction.code, known: [...known] },
    );
  }
  if (BUILT_IN_POLICIES.some((p) => p.id === policy.id)) throw versionExists(policy.id);

  return deps.db.transaction().execute(async (trx) => {
    if (await versionCodeTaken(trx, policy.id)) throw versionExists(policy.id);
    const row = await insertVersion(trx, {
      jurisdiction: policy.jurisdiction.code,
      code: policy.id,
      effectiveFrom: policy.effectiveFrom,
      params: policy,
      publishedBy: by.id,
    });
    await bumpRevision(trx, 'policy');
    await recordAudit(trx, { userId: by.id, label: by.username }, { action: 'policy.publish', entity: 'policy_version', entityId: policy.id, after: policy });
    return versionView({ policy, source: 'published', publishedAt: new Date(row.published_at).toISOString(), publishedBy: by.username });
  });
}
