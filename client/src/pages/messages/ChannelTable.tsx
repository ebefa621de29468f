import { Switch, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MessageCategory } from '../../__generated__/graphql';

export interface ChannelChoice {
  category: MessageCategory;
  sms: boolean;
  email: boolean;
}

interface ChannelTableProps {
  choices: readonly ChannelChoice[];
  onChange: (category: MessageCategory, channel: 'sms' | 'email', on: boolean) => void;
  disabled: boolean;
}

/** Categories × 站内 / 短信 / 邮件; 站内 is always on (every message is in 我的消息). */
export function ChannelTable({ choices, onChange, disabled }: ChannelTableProps) {
  const { t } = useTranslation();
  const channel = (key: 'inApp' | 'sms' | 'email') => t(`notificationSettings.channel.${key}`);
  return (
    <Table.ScrollContainer minWidth={300}>
      <Table striped withTableBorder verticalSpacing="sm" horizontalSpacing="xs" captionSide="top">
        <Table.Caption>{t('notificationSettings.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('notificationSettings.category')}</Table.Th>
            <Table.Th scope="col">{channel('inApp')}</Table.Th>
            <Table.Th scope="col">{channel('sms')}</Table.Th>
            <Table.Th scope="col">{channel('email')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {choices.map((choice) => {
            const category = t(`messageCategory.${choice.category}`);
            const label = (key: 'inApp' | 'sms' | 'email') => t('notificationSettings.switchLabel', { category, channel: channel(key) });
            return (
              <Table.Tr key={choice.category}>
                <Table.Th scope="row" fw={500}>
                  {category}
                </Table.Th>
                <Table.Td>
                  {/* On and locked: a paler "on" rather than the grey of an unavailable switch. */}
                  <Switch
                    checked
                    disabled
                    readOnly
                    aria-label={`${label('inApp')}${t('notificationSettings.alwaysOn')}`}
                    style={{ '--switch-disabled-color': 'var(--mantine-color-govBlue-3)' }}
                  />
                </Table.Td>
                <Table.Td>
                  <Switch checked={choice.sms} disabled={disabled} aria-label={label('sms')} onChange={(event) => onChange(choice.category, 'sms', event.currentTarget.checked)} />
                </Table.Td>
                <Table.Td>
                  <Switch checked={choice.email} disabled={disabled} aria-label={label('email')} onChange={(event) => onChange(choice.category, 'email', event.currentTarget.checked)} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
