import { consume } from '@zjtx/subgraph-kit';
import { MessageCategory } from './message.entity';
import { announceMessage, storeMessage } from './message.service';

/**
 * A legal person registered: its inbox starts with what to do next. Consumed once per event
 * (the kit records event ids), so a redelivery never doubles the message; if notifications is
 * down at registration, the message appears when it is back.
 */
export const welcomeOnRegistration = consume('identity.legal-person-registered', async (payload, { em, pubSub, afterCommit }) => {
  const message = storeMessage(em, {
    enterpriseId: payload.enterpriseId,
    category: MessageCategory.SYSTEM,
    title: '欢迎使用优质中小企业梯度培育平台',
    body:
      `${payload.enterpriseName}：账号已注册。请依次完成：1. 在【用户中心】进行实名认证并同步实名信息；` +
      '2. 在【企业信息管理】完善企业基本情况（注册地与所属行业决定审核区划和评测问卷）；3. 完成数字化水平评测后即可按申报通知进行申报。',
    link: '/user-centre',
  });
  await em.flush();
  afterCommit(() => announceMessage(pubSub, message));
});
