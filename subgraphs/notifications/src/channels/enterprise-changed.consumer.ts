import { consume, enterpriseDirectoryConsumer } from '@zjtx/subgraph-kit';
import { EnterpriseContactEntity } from './enterprise-contact.entity';

/**
 * Profile's changes: the directory (regions, for notices) as every subgraph keeps it, and the
 * contact mobile and e-mail that SMS and e-mail copies go to. Older versions are ignored.
 */
export const enterpriseChangedConsumer = consume('profile.enterprise-changed', async (payload, context) => {
  await enterpriseDirectoryConsumer.handle(payload, context);
  const { em } = context;
  const known = await em.findOne(EnterpriseContactEntity, { enterpriseId: payload.enterpriseId });
  if (known && known.version >= payload.version) return;
  const fields = { contactMobile: payload.contactMobile ?? null, email: payload.email ?? null, version: payload.version };
  if (known) Object.assign(known, fields);
  else em.persist(em.create(EnterpriseContactEntity, { enterpriseId: payload.enterpriseId, ...fields }));
  await em.flush();
});
