import { Alert, Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecoveryOption } from '../../__generated__/graphql';
import { useRevealOnChange } from '../../accounts/useRevealOnChange';
import { recoveryPath } from './recoveryPath';

const DEFAULT_OPTIONS: readonly RecoveryOption[] = ['SIGN_IN_WITH_USCC', 'RESET_PASSWORD', 'CHANGE_PHONE_MANUAL'];

interface UsccTakenRecoveryProps {
  uscc: string;
  options?: readonly RecoveryOption[] | null;
}

/**
 * 统一社会信用代码已存在: the enterprise has an account already. The FAQ's three steps, each a
 * link that carries the USCC along, so the way back into the account is one click away.
 */
export function UsccTakenRecovery({ uscc, options }: UsccTakenRecoveryProps) {
  const { t } = useTranslation();
  const steps = options && options.length > 0 ? options : DEFAULT_OPTIONS;
  const ref = useRevealOnChange<HTMLDivElement>(uscc);
  return (
    <Alert ref={ref} color="orange" variant="light" role="alert" title={t('recovery.title')}>
      <Text size="sm" mb="sm">
        {t('recovery.lead')}
      </Text>
      <List type="ordered" spacing="sm" size="sm">
        {steps.map((option) => (
          <List.Item key={option}>
            <Text size="sm" span>
              {t(`recovery.${option}.text`)}{' '}
            </Text>
            <Anchor component={Link} to={recoveryPath(option, uscc)} size="sm" fw={700} underline="always">
              {t(`recovery.${option}.action`)}
            </Anchor>
          </List.Item>
        ))}
      </List>
      <Text size="sm" mt="sm">
        {t('recovery.finally')}
      </Text>
    </Alert>
  );
}
