import { OptimisticLockError, type EntityManager } from '@mikro-orm/postgresql';
import { beijingToday } from '@zjtx/domain';
import { isUuid, userError, type Caller, type UserError } from '@zjtx/subgraph-kit';
import { EnterpriseEntity } from './enterprise.entity';
import { recordEnterpriseChanged } from './enterprise.events';
import { PROFILE_LOCKED_TEXT } from './profile-lock';
import { validateProfile, type ProfileFields } from './profile-validation';

export type UpdateProfileResult = { ok: true; enterprise: EnterpriseEntity } | { ok: false; userErrors: UserError[] };

const VERSION_CONFLICT = {
  zh: '该信息已在其他页面或由他人修改并保存，为避免覆盖，本次未保存。请加载最新内容后再修改。',
  en: 'This profile was changed and saved elsewhere since you opened it, so this save was refused to avoid overwriting it. Load the latest version, then make your changes again.',
};


/**
 * Saves the 企业基本情况 of the caller's own enterprise (编辑): all fields valid, the version the
 * form was loaded with still current, no recognition holding. The change and its
 * `profile.enterprise-changed` event commit together.
 */
export async function updateEnterpriseProfile(
  em: EntityManager,
  caller: Caller,
  input: ProfileFields & { enterpriseId: string; expectedVersion: number },
): Promise<UpdateProfileResult> {
  const own = caller.kind === 'account' && caller.enterpriseId === input.enterpriseId && isUuid(input.enterpriseId);
  const enterprise = own ? await em.findOne(EnterpriseEntity, { id: input.enterpriseId }) : null;
  if (!enterprise) return { ok: false, userErrors: [userError('NOT_FOUND', { zh: '只能修改本企业的信息。', en: 'You can only edit your own enterprise.' }, ['input', 'enterpriseId'])] };
  if (enterprise.activeRecognitions > 0) return { ok: false, userErrors: [userError('PROFILE_LOCKED', PROFILE_LOCKED_TEXT)] };
  if (enterprise.version !== input.expectedVersion) return { ok: false, userErrors: [userError('VERSION_CONFLICT', VERSION_CONFLICT)] };

  const checked = validateProfile(input, beijingToday());
  if (!checked.ok) return checked;
  const { registeredCapital, revenueLastYear, totalAssetsLastYear, ...rest } = checked.value;
  try {
    const saved = await em.transactional(async (tx) => {
      const row = await tx.findOneOrFail(EnterpriseEntity, { id: enterprise.id });
      tx.assign(row, {
        ...rest,
        registeredCapital: registeredCapital.toFixed(2),
        revenueLastYear: revenueLastYear.toFixed(2),
        totalAssetsLastYear: totalAssetsLastYear.toFixed(2),
      });
      if (row.version !== input.expectedVersion) throw OptimisticLockError.lockFailedVersionMismatch(row, input.expectedVersion, row.version);
      // The UPDATE also carries `where version = ?` (MikroORM's version column): a save that raced
      // past the check above fails here instead of overwriting.
      await tx.flush();
      recordEnterpriseChanged(tx, row);
      await tx.flush();
      return row;
    });
    return { ok: true, enterprise: saved };
  } catch (error) {
    if (error instanceof OptimisticLockError) return { ok: false, userErrors: [userError('VERSION_CONFLICT', VERSION_CONFLICT)] };
    throw error;
  }
}
