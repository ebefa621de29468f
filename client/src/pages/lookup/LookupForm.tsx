import { Button, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecognitionLookupMutation } from '../../__generated__/graphql';
import { useRecognitionLookupMutation } from '../../__generated__/graphql';
import { AccountForm } from '../../accounts/AccountForm';
import { FormAlert } from '../../accounts/FormAlert';
import type { Form } from '../../accounts/useForm';
import { useProblemMessage } from '../../accounts/useProblemMessage';
import { splitUserErrors } from '../../accounts/userErrors';
import { uscc } from '../../accounts/validation';
import { CaptchaField } from './CaptchaField';
import type { LookupField } from './lookupFields';
import { LOOKUP_CHECKS, LOOKUP_FIELDS } from './lookupFields';
import { useCaptcha } from './useCaptcha';

export type LookupResult = RecognitionLookupMutation['recognitionLookup']['result'];

interface LookupFormProps {
  /** Kept by the page, so 返回继续查询 comes back with the name and code still filled in. */
  form: Form<LookupField>;
  onResult: (result: LookupResult) => void;
}

/** Step 1 of 企业认定查询: enterprise name, USCC and the captcha. */
export function LookupForm({ form, onResult }: LookupFormProps) {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  const captcha = useCaptcha();
  const [lookup, { loading }] = useRecognitionLookupMutation();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [captchaNotice, setCaptchaNotice] = useState('');
  const { values } = form;

  const submit = async () => {
    setFormErrors([]);
    setCaptchaNotice('');
    if (!form.validate(LOOKUP_CHECKS, problemMessage)) return;
    if (!captcha.captcha) {
      setFormErrors([t('lookupPage.captchaLoadError')]);
      return;
    }
    try {
      const { data } = await lookup({
        variables: {
          input: {
            enterpriseName: values.enterpriseName.trim(),
            uscc: values.uscc.trim().toUpperCase(),
            captchaId: captcha.captcha.id,
            captchaAnswer: values.captchaAnswer.trim(),
          },
        },
      });
      const payload = data?.recognitionLookup;
      const userErrors = payload?.userErrors ?? [];
      if (payload && userErrors.length === 0) {
        onResult(payload.result);
        return;
      }
      // Whatever went wrong, the captcha was spent: a new image and an empty answer box.
      form.setValue('captchaAnswer', '');
      void captcha.refresh();
      const wrong = userErrors.find((error) => error.code === 'CAPTCHA_WRONG');
      const { fieldErrors, formErrors: rest } = splitUserErrors(
        userErrors.filter((error) => error !== wrong),
        LOOKUP_FIELDS,
      );
      form.setErrors(wrong ? { ...fieldErrors, captchaAnswer: wrong.message } : fieldErrors);
      setFormErrors(rest);
      setCaptchaNotice(t('lookupPage.captchaRenewed'));
    } catch {
      setFormErrors([t('form.networkError')]);
    }
  };

  return (
    <AccountForm onSubmit={submit}>
      <Stack gap="md">
        <FormAlert messages={formErrors} />
        <TextInput label={t('lookupPage.enterpriseName')} description={t('lookupPage.enterpriseNameHint')} withAsterisk autoComplete="organization" {...form.field('enterpriseName')} />
        <TextInput
          label={t('lookupPage.uscc')}
          description={t('lookupPage.usccHint')}
          withAsterisk
          maxLength={18}
          autoComplete="off"
          {...form.field('uscc')}
          onChange={(event) => form.setValue('uscc', event.currentTarget.value.toUpperCase())}
          onBlur={() => form.check('uscc', uscc, problemMessage)}
        />
        <CaptchaField state={captcha} {...form.field('captchaAnswer')} notice={captchaNotice} />
        <Button type="submit" size="md" loading={loading} fullWidth>
          {t('lookupPage.submit')}
        </Button>
      </Stack>
    </AccountForm>
  );
}
