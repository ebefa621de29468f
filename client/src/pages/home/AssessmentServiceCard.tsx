import { Button, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHomeAssessmentQuery } from '../../__generated__/graphql';
import { paths, signInPath } from '../../paths';
import { useSession } from '../../session/useSession';
import { AssessmentSummaryLine } from '../assessment/AssessmentSummaryLine';
import classes from './HomeCards.module.css';

/** 数字化水平评测: the enterprise's latest result (or 尚未评测) and 去自评; visitors sign in first. */
export function AssessmentServiceCard() {
  const { t } = useTranslation();
  const { account } = useSession();
  const legalPerson = account?.accountType === 'LEGAL_PERSON';
  // A result may have come in since the page was last shown: asked again on each visit.
  const { data } = useHomeAssessmentQuery({ skip: !legalPerson, fetchPolicy: 'cache-and-network' });
  const enterprise = legalPerson ? data?.viewer?.enterprise : undefined;
  return (
    <Paper withBorder radius="md" p="lg" className={classes.card} component="section" aria-labelledby="home-assessment-title">
      <Title order={3} className={classes.cardTitle} id="home-assessment-title">
        {t('home.assessment.title')}
      </Title>
      {enterprise ? (
        <div className={classes.cardBody}>
          {enterprise.latestAssessment ? (
            <AssessmentSummaryLine assessment={enterprise.latestAssessment} compact />
          ) : (
            <Text size="sm">{t('assessment.notAssessed')}</Text>
          )}
        </div>
      ) : (
        <Text size="sm" c="dimmed" className={classes.cardBody}>
          {t('home.assessment.description')}
        </Text>
      )}
      {/* Self-assessment belongs to an enterprise account: signed-out users sign in first. */}
      <Button component={Link} to={account ? paths.assessment : signInPath(paths.assessment)} variant="light" className={classes.cardAction}>
        {t('home.assessment.action')}
      </Button>
    </Paper>
  );
}
