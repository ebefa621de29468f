import { Button, Group, Input, Loader, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaptchaState } from './useCaptcha';
import classes from './CaptchaField.module.css';

interface CaptchaFieldProps {
  state: CaptchaState;
  value: string;
  onChange: (event: { currentTarget: { value: string } }) => void;
  error: string | undefined;
  /** Said under the field after the image was renewed (e.g. a wrong answer). */
  notice?: string;
}

/** 验证码: the answer box, the image (the server's SVG as a data: URL) and 换一张, on one line. */
export function CaptchaField({ state, value, onChange, error, notice }: CaptchaFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const { captcha, loading, failed } = state;
  const describedBy = [`${id}-description`, error ? `${id}-error` : null, notice ? `${id}-notice` : null].filter(Boolean).join(' ');
  return (
    <Input.Wrapper id={id} label={t('lookupPage.captcha')} description={t('lookupPage.captchaHint')} error={error} withAsterisk>
      <Group gap="sm" wrap="wrap" my={4}>
        <Input
          id={id}
          className={classes.answer}
          value={value}
          onChange={onChange}
          error={Boolean(error)}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={8}
        />
        <div className={classes.image}>
          {captcha && !loading ? (
            <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(captcha.svg)}`} alt={t('lookupPage.captchaAlt')} height={44} />
          ) : failed ? (
            <Text size="xs" c="red.9" px="xs">
              {t('lookupPage.captchaLoadError')}
            </Text>
          ) : (
            <Loader size="sm" mx="auto" aria-label={t('lookupPage.captchaLoading')} />
          )}
        </div>
        <Button variant="default" onClick={() => void state.refresh()} loading={loading}>
          {t('lookupPage.captchaRefresh')}
        </Button>
      </Group>
      <Text id={`${id}-notice`} size="sm" role="status">
        {notice}
      </Text>
    </Input.Wrapper>
  );
}
