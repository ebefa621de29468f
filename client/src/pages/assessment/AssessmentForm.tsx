import { Alert, Button, CheckIcon, Group, Stepper } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentPageQuery } from '../../__generated__/graphql';
import { LazyResultView } from './LazyResultView';
import { ConfirmStageModal } from './ConfirmStageModal';
import type { FigureValue, LocalAnswers, LocalSceneLevels } from './formModel';
import { answersFrom, formatPosition, itemId, parsePosition, scenesFrom } from './formModel';
import { FormHeader } from './FormHeader';
import { MissingItemsAlert } from './MissingItemsAlert';
import { ProgressSummary } from './ProgressSummary';
import { QuestionsStage } from './QuestionsStage';
import { SaveStatus } from './SaveStatus';
import { ScenesStage } from './ScenesStage';
import { StageLockNotice } from './StageLockNotice';
import { useAutosave } from './useAutosave';
import { useCompleteStage } from './useCompleteStage';
import classes from './AssessmentForm.module.css';

type Attempt = NonNullable<AssessmentPageQuery['assessment']>;

const stepOf = (attempt: Attempt) => (attempt.status === 'COMPLETE' ? 2 : attempt.stage === 'SCENES' ? 1 : 0);

/**
 * One attempt: 第一阶段 计分题 → 第二阶段 场景评定 → 评测结果. Answers live here as typed and are
 * autosaved as patches; the saved position brings the user back to the same section and card.
 */
export function AssessmentForm({ attempt, prefilled }: { attempt: Attempt; prefilled: boolean }) {
  const { t } = useTranslation();
  const { questionnaire } = attempt;
  const autosave = useAutosave(attempt.id);
  const stages = useCompleteStage(attempt.id);
  const [answers, setAnswers] = useState<LocalAnswers>(() => answersFrom(attempt.answers));
  const [levels, setLevels] = useState<LocalSceneLevels>(() => scenesFrom(attempt.sceneLevels));
  const [resumeAt] = useState(() => parsePosition(attempt.position));
  const [step, setStep] = useState(() => stepOf(attempt));
  const [questionSection, setQuestionSection] = useState(() => (resumeAt?.stage === 'QUESTIONS' ? resumeAt.section : 0));
  const [sceneSection, setSceneSection] = useState(() => (resumeAt?.stage === 'SCENES' ? resumeAt.section : 0));
  const [focusTarget, setFocusTarget] = useState<{ key: string; focus: boolean } | null>(() => (resumeAt?.item ? { key: resumeAt.item, focus: false } : null));
  const [confirming, setConfirming] = useState<'QUESTIONS' | 'SCENES' | null>(null);

  const stage1Locked = attempt.stage !== 'QUESTIONS';
  const scenesLocked = attempt.stage !== 'SCENES';
  const questions = questionnaire.dimensions.flatMap((d, section) => d.areas.flatMap((a) => a.questions.map((q) => ({ key: q.key, section }))));
  const scenes = questionnaire.sceneGroups.flatMap((g, section) => g.scenes.map((s) => ({ key: s.key, section })));
  const answered = questions.filter((q) => (answers[q.key]?.optionKeys.length ?? 0) > 0).length;
  const judged = scenes.filter((s) => levels[s.key] !== undefined).length;

  // Brings a card into view once its tab is showing (resuming, or a missing item chosen from the list).
  useEffect(() => {
    if (!focusTarget) return;
    const element = document.getElementById(itemId(focusTarget.key));
    element?.scrollIntoView({ block: 'start' });
    if (focusTarget.focus) element?.focus({ preventScroll: true });
  }, [focusTarget, step, questionSection, sceneSection]);

  const goTo = (key: string) => {
    const question = questions.find((q) => q.key === key);
    const scene = scenes.find((s) => s.key === key);
    if (question) {
      setStep(0);
      setQuestionSection(question.section);
    } else if (scene) {
      setStep(1);
      setSceneSection(scene.section);
    }
    setFocusTarget({ key, focus: true });
  };

  const choose = (section: number, questionKey: string, optionKeys: string[]) => {
    setAnswers((current) => ({ ...current, [questionKey]: { figures: {}, ...current[questionKey], optionKeys } }));
    autosave.choose(questionKey, optionKeys, formatPosition({ stage: 'QUESTIONS', section, item: questionKey }));
    if (optionKeys.length > 0) stages.resolved(questionKey);
  };

  const setFigure = (section: number, questionKey: string, inputKey: string, value: FigureValue) => {
    setAnswers((current) => {
      const answer = current[questionKey] ?? { optionKeys: [], figures: {} };
      return { ...current, [questionKey]: { ...answer, figures: { ...answer.figures, [inputKey]: value } } };
    });
    // Text the number field is still editing ("12.") waits for the number it becomes.
    if (typeof value === 'number' || value === '') {
      autosave.setFigure(questionKey, inputKey, value === '' ? null : value, formatPosition({ stage: 'QUESTIONS', section, item: questionKey }));
    }
  };

  const judge = (section: number, sceneKey: string, level: number) => {
    setLevels((current) => ({ ...current, [sceneKey]: level }));
    autosave.judge(sceneKey, level, formatPosition({ stage: 'SCENES', section, item: sceneKey }));
    stages.resolved(sceneKey);
  };

  const openSection = (stage: 'QUESTIONS' | 'SCENES', section: number) => {
    if (stage === 'QUESTIONS') setQuestionSection(section);
    else setSceneSection(section);
    setFocusTarget(null);
    const locked = stage === 'QUESTIONS' ? stage1Locked : scenesLocked;
    if (!locked) autosave.moveTo(formatPosition({ stage, section }));
  };

  const finish = async (stage: 'QUESTIONS' | 'SCENES') => {
    // Everything typed goes to the server first: the stage is judged on what is saved.
    if (await autosave.flush()) setConfirming(stage);
  };

  const confirm = async () => {
    const stage = confirming;
    if (!stage) return;
    const done = await stages.complete(stage);
    setConfirming(null);
    if (done) {
      setStep(stage === 'QUESTIONS' ? 1 : 2);
      setSceneSection(0);
      window.scrollTo({ top: 0 });
    }
  };

  const lastQuestionSection = questionnaire.dimensions.length - 1;
  const lastSceneSection = questionnaire.sceneGroups.length - 1;
  return (
    <>
      <FormHeader attempt={attempt} prefilled={prefilled && !stage1Locked} />
      {attempt.status === 'IN_PROGRESS' && (
        <Group className={classes.toolbar} justify="space-between" mb="md" wrap="wrap">
          <ProgressSummary answered={answered} questions={questions.length} judged={judged} scenes={scenes.length} />
          <SaveStatus state={autosave.state} onRetry={autosave.retry} />
        </Group>
      )}
      <Stepper active={step} onStepClick={setStep} size="sm" mt="md">
        {/* A finished stage keeps its tick while it is looked at again. */}
        <Stepper.Step label={t('assessment.stage1')} description={t('assessment.stage1Name')} icon={stage1Locked ? <CheckIcon size={14} /> : undefined}>
          {stage1Locked && <StageLockNotice attempt={attempt} />}
          {stages.missing?.stage === 'QUESTIONS' && stages.missing.items.length > 0 && <MissingItemsAlert items={stages.missing.items} onGo={goTo} />}
          <QuestionsStage
            questionnaire={questionnaire}
            answers={answers}
            saved={attempt.answers}
            locked={stage1Locked}
            section={questionSection}
            onSection={(section) => openSection('QUESTIONS', section)}
            onChoose={choose}
            onFigure={setFigure}
          />
          <Group justify="space-between" mt="xl">
            <Button variant="default" disabled={questionSection === 0} onClick={() => openSection('QUESTIONS', questionSection - 1)}>
              {t('assessment.previousSection')}
            </Button>
            <Group>
              {questionSection < lastQuestionSection && (
                <Button variant="default" onClick={() => openSection('QUESTIONS', questionSection + 1)}>
                  {t('assessment.nextSection')}
                </Button>
              )}
              {stage1Locked ? (
                <Button onClick={() => setStep(stepOf(attempt))}>{t('assessment.toCurrentStep')}</Button>
              ) : (
                <Button onClick={() => void finish('QUESTIONS')}>{t('assessment.finishStage1')}</Button>
              )}
            </Group>
          </Group>
        </Stepper.Step>
        <Stepper.Step
          label={t('assessment.stage2')}
          description={t('assessment.stage2Name')}
          allowStepSelect={stage1Locked}
          icon={attempt.stage === 'DONE' ? <CheckIcon size={14} /> : undefined}
        >
          {stages.missing?.stage === 'SCENES' && stages.missing.items.length > 0 && <MissingItemsAlert items={stages.missing.items} onGo={goTo} />}
          <ScenesStage
            questionnaire={questionnaire}
            levels={levels}
            locked={scenesLocked}
            section={sceneSection}
            onSection={(section) => openSection('SCENES', section)}
            onJudge={judge}
          />
          <Group justify="space-between" mt="xl">
            <Button variant="default" disabled={sceneSection === 0} onClick={() => openSection('SCENES', sceneSection - 1)}>
              {t('assessment.previousSection')}
            </Button>
            <Group>
              {sceneSection < lastSceneSection && (
                <Button variant="default" onClick={() => openSection('SCENES', sceneSection + 1)}>
                  {t('assessment.nextSection')}
                </Button>
              )}
              {!scenesLocked && <Button onClick={() => void finish('SCENES')}>{t('assessment.finishStage2')}</Button>}
            </Group>
          </Group>
        </Stepper.Step>
        <Stepper.Step label={t('assessment.resultStep')} description={t('assessment.resultStepName')} allowStepSelect={attempt.status === 'COMPLETE'}>
          <LazyResultView assessment={attempt} questionnaire={questionnaire} />
        </Stepper.Step>
      </Stepper>
      {stages.problem && (
        <Alert color="red" variant="light" role="alert" mt="md">
          {stages.problem}
        </Alert>
      )}
      <ConfirmStageModal
        stage={confirming ?? 'QUESTIONS'}
        opened={confirming !== null}
        busy={stages.completing}
        onClose={() => setConfirming(null)}
        onConfirm={() => void confirm()}
      />
    </>
  );
}
