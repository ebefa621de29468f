import { Alert, Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeclarationStatus, Tier, WindowListItem_WindowFragment } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { paths } from '../../paths';
import { isEditable, tierKey } from './declarationFormat';
import { WindowListItem } from './WindowListItem';
import classes from './DeclarationsEntryPage.module.css';

export interface ExistingDeclaration {
  id: string;
  status: DeclarationStatus;
  windowId: string | null;
}

interface TierWindowsProps {
  tier: Tier;
  windows: readonly WindowListItem_WindowFragment[];
  /** Signed in as a legal person: the windows are its region's, each with 申报 (or the declaration it has there). */
  enterprise: { regionName: string | null; declarations: readonly ExistingDeclaration[]; onStart: (windowId: string) => void; starting: string | null; problem: { windowId: string; message: string } | null } | null;
  highlighted: boolean;
}

/** One tier on 企业申报: the windows open now (for the enterprise's region when signed in) and when the next one opens. */
export function TierWindows({ tier, windows, enterprise, highlighted }: TierWindowsProps) {
  const { t } = useTranslation();
  const tierName = t(tierKey(tier));
  const open = windows.filter((w) => w.tier === tier && w.status === 'OPEN');
  const upcoming = windows.filter((w) => w.tier === tier && w.status === 'UPCOMING').sort((a, b) => a.opensAt.localeCompare(b.opensAt));
  const next = upcoming[0];
  const headingId = `tier-${tier}-heading`;

  const actionFor = (window: WindowListItem_WindowFragment) => {
    if (!enterprise) return undefined;
    const existing = enterprise.declarations.find((d) => d.windowId === window.id);
    if (existing) {
      const editable = isEditable(existing.status);
      return (
        <Button component={Link} to={editable ? paths.declarationEdit(existing.id) : paths.declaration(existing.id)} variant={editable ? 'filled' : 'default'}>
          {editable ? t('declaration.entry.continue') : t('declaration.entry.view')}
        </Button>
      );
    }
    return (
      <Button onClick={() => enterprise.onStart(window.id)} loading={enterprise.starting === window.id} aria-label={t('declaration.entry.startLabel', { window: window.name })}>
        {t('declaration.entry.start')}
      </Button>
    );
  };

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="lg" className={classes.tier} data-tier={tier} data-highlighted={highlighted || undefined}>
      <Title order={2} size="h3" id={headingId} mb={4}>
        {tierName}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t(`tiers.${tier}.description`)}
      </Text>
      {open.length > 0 ? (
        <>
          <Text fw={600} size="sm" mb="xs">
            {enterprise ? t('declaration.entry.openForRegion', { region: enterprise.regionName ?? '' }) : t('declaration.entry.openRegions')}
          </Text>
          <Stack component="ul" gap="xs" className={classes.list}>
            {open.map((window) => (
              <WindowListItem key={window.id} window={window} action={actionFor(window)} />
            ))}
          </Stack>
        </>
      ) : (
        <Text size="sm">{enterprise ? t('declaration.entry.noneForRegion', { tier: tierName, region: enterprise.regionName ?? '' }) : t('declaration.entry.noneOpen', { tier: tierName })}</Text>
      )}
      {enterprise?.problem && open.some((w) => w.id === enterprise.problem?.windowId) && (
        <Alert color="red" variant="light" role="alert" mt="sm">
          {enterprise.problem.message}
        </Alert>
      )}
      <Text size="sm" mt="sm" c="dimmed">
        {next ? (
          <>
            {t('declaration.entry.next')}
            <Text span lang={CONTENT_LANGUAGE} fw={500} c="var(--mantine-color-text)">
              {next.name}
            </Text>
            {t('declaration.entry.nextOpens', { date: formatDateTime(next.opensAt), region: next.provinceName })}
          </>
        ) : (
          <>
            {t('declaration.entry.noNext')}
            <Anchor component={Link} to={paths.announcements} size="sm" underline="always">
              {t('declaration.entry.announcements')}
            </Anchor>
          </>
        )}
      </Text>
    </Paper>
  );
}
