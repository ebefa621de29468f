import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountPageFrame } from '../../accounts/AccountPageFrame';
import { useForm } from '../../accounts/useForm';
import type { LookupResult } from './LookupForm';
import { LookupForm } from './LookupForm';
import { EMPTY_LOOKUP } from './lookupFields';
import { LookupResultView } from './LookupResultView';
import { LookupSteps } from './LookupSteps';

/** 企业认定查询 (public): step 1 the conditions with a captcha, step 2 the result. */
export function LookupPage() {
  const { t } = useTranslation();
  const form = useForm(EMPTY_LOOKUP);
  // undefined: still on step 1; null: looked up, nothing matched.
  const [result, setResult] = useState<LookupResult | undefined>(undefined);
  return (
    <AccountPageFrame title={t('lookup.title')} lead={t('lookupPage.lead')}>
      <LookupSteps current={result === undefined ? 1 : 2} />
      {result === undefined ? (
        <LookupForm form={form} onResult={setResult} />
      ) : (
        <LookupResultView
          result={result}
          onAgain={() => {
            form.setValue('captchaAnswer', '');
            setResult(undefined);
          }}
        />
      )}
    </AccountPageFrame>
  );
}
