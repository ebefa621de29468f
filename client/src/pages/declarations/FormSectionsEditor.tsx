import { Grid, Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeclarationFormSections_EligibilityFragment } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { fieldId } from './fieldIds';
import type { FormValues } from './formData';
import { localProblem, valueAt } from './formData';
import { FieldInput } from './FieldInput';
import classes from './DeclarationForm.module.css';

type Section = DeclarationFormSections_EligibilityFragment['form'][number];

interface FormSectionsEditorProps {
  sections: readonly Section[];
  data: FormValues;
  /** The server's complaints, by field path. */
  problems: ReadonlyMap<string, string>;
  /** Fields the office pinned when returning it. */
  pinned: ReadonlySet<string>;
  onChange: (path: string, value: unknown) => void;
}

/** The sections of the form as the server defines them, each field at its path in the data. */
export function FormSectionsEditor({ sections, data, problems, pinned, onChange }: FormSectionsEditorProps) {
  const { t } = useTranslation();
  return sections.map((section) => (
    <Paper key={section.key} component="section" aria-labelledby={`section-${section.key}`} withBorder radius="md" p="lg">
      <Title order={2} size="h4" id={`section-${section.key}`} mb="md" lang={CONTENT_LANGUAGE}>
        {section.title}
      </Title>
      <Grid gap="md">
        {section.fields.map((field) => {
          const value = valueAt(data, field.path);
          const local = localProblem(field.kind, value);
          const wide = field.kind === 'FLAG' || field.kind === 'CHOICE';
          return (
            <Grid.Col key={field.path} span={{ base: 12, sm: wide ? 12 : 6 }}>
              <div id={fieldId(field.path)} className={classes.field} data-pinned={pinned.has(field.path) || undefined}>
                <FieldInput
                  field={field}
                  value={value}
                  error={local ? t('declaration.form.monthFormat') : (problems.get(field.path) ?? null)}
                  pinned={pinned.has(field.path)}
                  onChange={(next) => onChange(field.path, next)}
                />
              </div>
            </Grid.Col>
          );
        })}
      </Grid>
    </Paper>
  ));
}
