import { Alert, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationForm_DeclarationFragment } from '../../__generated__/graphql';
import { formatClock } from '../assessment/assessmentFormat';
import { BasicInfoSection } from './BasicInfoSection';
import { ConflictModal } from './ConflictModal';
import { DeclarationHeader } from './DeclarationHeader';
import { EvidenceSection } from './EvidenceSection';
import { regionFullName } from './declarationFormat';
import { FormSectionsEditor } from './FormSectionsEditor';
import type { FormValues } from './formData';
import { withValue } from './formData';
import { initialDraft } from './initialDraft';
import { clearBackup } from './localBackup';
import { PdfDownloadButton } from './PdfDownloadButton';
import { PreviewPanel } from './PreviewPanel';
import { ReturnedNotice } from './ReturnedNotice';
import { SaveStateText } from './SaveStateText';
import { SubmitModal } from './SubmitModal';
import { SubmitProblems } from './SubmitProblems';
import { useDraftSaver } from './useDraftSaver';
import { useEligibilityPreview } from './useEligibilityPreview';
import { useSubmitDeclaration } from './useSubmitDeclaration';
import classes from './DeclarationForm.module.css';

/** Field paths of problems the server reported (`["input", "data", …path]`), with their messages. */
function problemsByPath(problems: readonly { field: readonly string[] | null; message: string }[]): Map<string, string> {
  const byPath = new Map<string, string>();
  for (const problem of problems) {
    const field = problem.field ?? [];
    const path = field[0] === 'input' && field[1] === 'data' ? field.slice(2).join('.') : field.join('.');
    if (path && !byPath.has(path)) byPath.set(path, problem.message);
  }
  return byPath;
}

interface DeclarationFormProps {
  declaration: DeclarationForm_DeclarationFragment;
  accountId: string;
}

/**
 * The declaration form (/declarations/:id/edit): 基本信息 from the profile, the server-defined
 * sections, 佐证材料; beside it the live preview. Every edit goes to the local backup, then to
 * the server after a pause (or on 暂存) with the version it builds on; 提交 confirms the route
 * and the truthfulness declaration.
 */
export function DeclarationForm({ declaration, accountId }: DeclarationFormProps) {
  const { t } = useTranslation();
  const sections = declaration.eligibility.form;
  const [fields] = useState(() => sections.flatMap((section) => section.fields));
  const [start] = useState(() => initialDraft(declaration, accountId, fields));
  const drafts = useDraftSaver({ declarationId: declaration.id, accountId, fields, initial: start.initial });
  const { saver } = drafts;
  const [data, setData] = useState<FormValues>(start.initial.data);
  const [restoredAt, setRestoredAt] = useState(start.restoredAt);
  const [overwriting, setOverwriting] = useState(false);
  const preview = useEligibilityPreview({
    enterpriseId: declaration.enterprise.id,
    tier: declaration.tier,
    // The rule version the server judges this declaration under (fixed by its window).
    ruleVersion: declaration.eligibility.ruleVersion,
    fields,
    data,
    initial: declaration.eligibility,
    initialData: start.initial.saved,
  });
  const submit = useSubmitDeclaration(declaration.id, saver, () => clearBackup(accountId, declaration.id));

  const change = (path: string, value: unknown) => {
    const next = withValue(saver.current(), path, value);
    setData(next);
    saver.edit(next);
  };

  const discardRestored = () => {
    setData(start.initial.saved);
    saver.edit(start.initial.saved);
    setRestoredAt(null);
  };

  const takeCurrent = () => {
    const current = drafts.takeCurrent();
    if (current) setData(current);
    setRestoredAt(null);
  };

  const overwrite = async () => {
    setOverwriting(true);
    await drafts.overwrite();
    setOverwriting(false);
  };

  const problems = problemsByPath([...preview.eligibility.problems, ...drafts.problems]);
  const returned = declaration.status === 'RETURNED' ? declaration.lastReturn : null;
  const pinnedFields = new Set(returned?.fields ?? []);
  const pinnedEvidence = new Set(returned?.evidenceItems ?? []);
  const { facts } = preview.eligibility;
  return (
    <>
      <DeclarationHeader
        tier={declaration.tier}
        status={declaration.status}
        windowName={declaration.window?.name ?? null}
        closesAt={declaration.status === 'DRAFT' ? (declaration.window?.closesAt ?? null) : null}
        ruleSet={declaration.eligibility.ruleSet}
      />
      <Group className={classes.toolbar} justify="space-between" mt="md" mb="md" wrap="wrap">
        <SaveStateText state={drafts.state} onRetry={() => void saver.saveNow()} />
        <Group gap="sm">
          <PdfDownloadButton declarationId={declaration.id} before={() => saver.saveNow()} />
          <Button variant="default" onClick={() => void saver.saveNow()} disabled={drafts.state.status === 'conflict'}>
            {t('declaration.save.stash')}
          </Button>
          <Button onClick={() => void submit.open()} disabled={drafts.state.status === 'conflict'}>
            {declaration.status === 'RETURNED' ? t('declaration.submit.resubmit') : t('declaration.submit.action')}
          </Button>
        </Group>
      </Group>
      <Stack gap="md" mb="md">
        {declaration.status === 'RETURNED' && (
          <ReturnedNotice
            lastReturn={declaration.lastReturn}
            fieldLabels={new Map(fields.map((field) => [field.path, field.label]))}
            evidenceLabels={new Map(declaration.evidenceItems.map((item) => [item.key, item.label]))}
            linked
          />
        )}
        {restoredAt !== null && drafts.conflict === null && (
          <Alert color="blue" variant="light" title={t('declaration.restored.title')}>
            <Text size="sm" mb="xs">
              {t('declaration.restored.body', { time: formatClock(new Date(restoredAt)) })}
            </Text>
            <Button size="xs" variant="default" onClick={discardRestored}>
              {t('declaration.restored.discard')}
            </Button>
          </Alert>
        )}
        {submit.notSaved && (
          <Alert color="red" variant="light" role="alert">
            {t('declaration.submit.notSaved')}
          </Alert>
        )}
        {submit.problems.length > 0 && <SubmitProblems problems={submit.problems} />}
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack gap="lg">
            <BasicInfoSection enterprise={declaration.enterprise} tier={declaration.tier} digitalLevel={facts.digitalLevel} year={facts.year} editing />
            <FormSectionsEditor sections={sections} data={data} problems={problems} pinned={pinnedFields} onChange={change} />
            <EvidenceSection declarationId={declaration.id} items={declaration.evidenceItems} evidence={declaration.evidence} editable pinned={pinnedEvidence} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <div className={classes.preview}>
            <PreviewPanel eligibility={preview.eligibility} live={{ updating: preview.updating, failed: preview.failed }} headingId="preview-heading" />
          </div>
        </Grid.Col>
      </Grid>
      <ConflictModal conflict={drafts.conflict} fields={fields} mine={data} busy={overwriting} onTakeCurrent={takeCurrent} onOverwrite={() => void overwrite()} />
      <SubmitModal
        opened={submit.opened}
        route={declaration.reviewRoute}
        region={regionFullName(declaration.enterprise.registeredRegion)}
        busy={submit.busy}
        problem={submit.problem}
        onClose={submit.close}
        onConfirm={(accepted) => void submit.confirm(accepted)}
      />
    </>
  );
}
