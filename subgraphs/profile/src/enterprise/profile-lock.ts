/** Why a recognised enterprise cannot use 编辑 (shown on the page and answered to a save). */
export const PROFILE_LOCKED_TEXT = {
  zh: '企业已获认定，基本信息不能直接编辑；请在每年 1 月 1 日至 4 月 30 日通过【信息更新】提交变更。',
  en: 'The enterprise is recognised, so its profile cannot be edited directly; submit changes through the annual information update (1 January – 30 April).',
};
