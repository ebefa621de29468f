import { Button, Group, Modal, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import type { CurrentDeclaration } from './draftSaver';
import type { FormFieldSpec } from './FieldInput';
import type { FormValues } from './formData';
import { canonical, sendableValue, valueAt } from './formData';
import { useFieldValueText } from './useFieldValueText';

interface ConflictModalProps {
  conflict: CurrentDeclaration | null;
  fields: readonly FormFieldSpec[];
  mine: FormValues;
  busy: boolean;
  onTakeCurrent: () => void;
  onOverwrite: () => void;
}

/**
 * “本申报已在其他页面修改”: another tab or device saved first, so this page's save was refused.
 * Shows where the two differ and asks which to keep; nothing is overwritten without this choice.
 */
export function ConflictModal({ conflict, fields, mine, busy, onTakeCurrent, onOverwrite }: ConflictModalProps) {
  const { t } = useTranslation();
  const valueText = useFieldValueText();
  const differences = conflict
    ? fields.filter((field) => canonical(sendableValue(field.kind, valueAt(conflict.data, field.path))) !== canonical(sendableValue(field.kind, valueAt(mine, field.path))))
    : [];
  return (
    <Modal opened={conflict !== null} onClose={() => undefined} withCloseButton={false} closeOnClickOutside={false} closeOnEscape={false} title={t('declaration.conflict.title')} size="lg" centered>
      <Text size="sm" mb="sm">
        {t('declaration.conflict.body', { time: conflict ? formatDateTime(conflict.updatedAt) : '' })}
      </Text>
      {differences.length > 0 && (
        <Table.ScrollContainer minWidth={480} mb="md">
          <Table withTableBorder fz="sm" aria-label={t('declaration.conflict.differences')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('declaration.conflict.field')}</Table.Th>
                <Table.Th scope="col">{t('declaration.conflict.theirs')}</Table.Th>
                <Table.Th scope="col">{t('declaration.conflict.mine')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {differences.map((field) => (
                <Table.Tr key={field.path}>
                  <Table.Th scope="row" lang={CONTENT_LANGUAGE} fw={500}>
                    {field.label}
                  </Table.Th>
                  <Table.Td>{valueText(field, valueAt(conflict!.data, field.path))}</Table.Td>
                  <Table.Td>{valueText(field, valueAt(mine, field.path))}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onTakeCurrent} disabled={busy}>
          {t('declaration.conflict.takeCurrent')}
        </Button>
        <Button onClick={onOverwrite} loading={busy}>
          {t('declaration.conflict.overwrite')}
        </Button>
      </Group>
    </Modal>
  );
}
