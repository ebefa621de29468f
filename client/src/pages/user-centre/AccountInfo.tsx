import { Anchor, Badge, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AccountInfo_AccountFragment } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { changePhonePath } from '../../paths';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {children}
      </Text>
    </div>
  );
}

/** 账号信息: who is signed in, as what kind of account, with the bound phone masked. */
export function AccountInfo({ account }: { account: AccountInfo_AccountFragment }) {
  const { t } = useTranslation();
  const none = t('userCentre.none');
  return (
    <Paper withBorder radius="md" p="lg">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h3">
          {t('userCentre.accountTitle')}
        </Title>
        <Badge variant="light" size="lg" radius="sm">
          {t(`accountType.${account.accountType}`)}
        </Badge>
      </Group>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
        <Item label={t('userCentre.loginName')}>{account.loginName}</Item>
        <Item label={t(account.accountType === 'LEGAL_PERSON' ? 'userCentre.contactName' : 'userCentre.displayName')}>
          <span lang={CONTENT_LANGUAGE}>{account.displayName}</span>
        </Item>
        <Item label={t('userCentre.phone')}>
          {account.maskedPhone ?? none}{' '}
          <Anchor component={Link} to={changePhonePath('phone')} size="sm" underline="always">
            {t('userCentre.changePhone')}
          </Anchor>
        </Item>
        {account.accountType === 'LEGAL_PERSON' && (
          <>
            <Item label={t('userCentre.uscc')}>{account.uscc ?? none}</Item>
            <Item label={t('userCentre.legalRepresentative')}>
              <span lang={CONTENT_LANGUAGE}>{account.legalRepresentative ?? none}</span>
            </Item>
          </>
        )}
        {account.officeLevel && (
          <Item label={t('userCentre.office')}>
            {t(`officeLevel.${account.officeLevel}`)} · {account.regionCode ?? none}
          </Item>
        )}
        <Item label={t('userCentre.createdAt')}>
          <time dateTime={account.createdAt}>{formatDate(account.createdAt)}</time>
        </Item>
      </SimpleGrid>
    </Paper>
  );
}
