import { Button, Group, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGE } from '../../../i18n';
import { useFieldLabel } from '../useFieldLabel';
import type { ProfileDraft } from './profileDraft';
import { displayValue } from './profileDraft';
import type { ProfileField } from './profileFields';
import { PROFILE_FIELDS } from './profileFields';

interface TypedValuesPanelProps {
  /** What the person had typed when the save was refused. */
  mine: ProfileDraft;
  /** The latest saved version, loaded into the form. */
  latest: ProfileDraft;
  /** The form now. */
  current: ProfileDraft;
  onRestore: (field: ProfileField) => void;
  onDismiss: () => void;
}

/** After a conflict: what was typed beside what was saved since, each to copy or put back. */
export function TypedValuesPanel({ mine, latest, current, onRestore, onDismiss }: TypedValuesPanelProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const titleId = useId();
  const differing = PROFILE_FIELDS.filter((field) => displayValue(mine, field) !== displayValue(latest, field));
  const shown = (value: string) => (value === '' ? <Text span c="dimmed">{t('profileEdit.typed.empty')}</Text> : <span lang={CONTENT_LANGUAGE}>{value}</span>);
  return (
    <Paper withBorder radius="md" p="md" bg="yellow.0" aria-labelledby={titleId} component="section">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id={titleId}>
          {t('profileEdit.typed.title')}
        </Title>
        <Button variant="default" size="xs" onClick={onDismiss}>
          {t('profileEdit.typed.dismiss')}
        </Button>
      </Group>
      {differing.length === 0 ? (
        <Text size="sm">{t('profileEdit.typed.none')}</Text>
      ) : (
        <>
          <Text size="sm" mb="sm">
            {t('profileEdit.typed.lead')}
          </Text>
          <Table.ScrollContainer minWidth={560}>
            <Table withTableBorder bg="white">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('profileEdit.typed.field')}</Table.Th>
                  <Table.Th scope="col">{t('profileEdit.typed.mine')}</Table.Th>
                  <Table.Th scope="col">{t('profileEdit.typed.latest')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('profileEdit.typed.use')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {differing.map((field) => {
                  const back = displayValue(current, field) === displayValue(mine, field);
                  return (
                    <Table.Tr key={field}>
                      <Table.Th scope="row">{label(field)}</Table.Th>
                      <Table.Td style={{ userSelect: 'all' }}>{shown(displayValue(mine, field))}</Table.Td>
                      <Table.Td>{shown(displayValue(latest, field))}</Table.Td>
                      <Table.Td>
                        <Button size="xs" variant="light" disabled={back} aria-label={back ? undefined : t('profileEdit.typed.useLabel', { field: label(field) })} onClick={() => onRestore(field)}>
                          {t(back ? 'profileEdit.typed.used' : 'profileEdit.typed.use')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Paper>
  );
}
