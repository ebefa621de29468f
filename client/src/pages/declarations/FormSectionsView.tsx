import { Paper, Table, Title } from '@mantine/core';
import type { DeclarationFormSections_EligibilityFragment } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import type { FormValues } from './formData';
import { valueAt } from './formData';
import { useFieldValueText } from './useFieldValueText';

type Section = DeclarationFormSections_EligibilityFragment['form'][number];

/** The form's sections read-only, with the values as saved (the detail page, the same fields as the form). */
export function FormSectionsView({ sections, data }: { sections: readonly Section[]; data: FormValues }) {
  const valueText = useFieldValueText();
  return sections.map((section) => (
    <Paper key={section.key} component="section" aria-labelledby={`view-${section.key}`} withBorder radius="md" p="lg">
      <Title order={2} size="h4" id={`view-${section.key}`} mb="sm" lang={CONTENT_LANGUAGE}>
        {section.title}
      </Title>
      <Table withTableBorder withColumnBorders aria-labelledby={`view-${section.key}`}>
        <Table.Tbody>
          {section.fields.map((field) => (
            <Table.Tr key={field.path}>
              <Table.Th scope="row" w="55%" fw={500} lang={CONTENT_LANGUAGE} bg="var(--mantine-color-gray-0)">
                {field.label}
              </Table.Th>
              <Table.Td>{valueText(field, valueAt(data, field.path))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  ));
}
