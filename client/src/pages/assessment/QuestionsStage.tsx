import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatPoints } from './assessmentFormat';
import type { FigureValue, LocalAnswers, Questionnaire, ServerAnswer } from './formModel';
import { QuestionCard } from './QuestionCard';

interface QuestionsStageProps {
  questionnaire: Questionnaire;
  answers: LocalAnswers;
  saved: readonly ServerAnswer[];
  locked: boolean;
  /** The dimension shown. */
  section: number;
  onSection: (section: number) => void;
  onChoose: (section: number, questionKey: string, optionKeys: string[]) => void;
  onFigure: (section: number, questionKey: string, inputKey: string, value: FigureValue) => void;
}

/** 第一阶段 计分题: one tab per dimension (数字化基础 / 管理 / 成效), questions grouped by area. */
export function QuestionsStage({ questionnaire, answers, saved, locked, section, onSection, onChoose, onFigure }: QuestionsStageProps) {
  const { t } = useTranslation();
  const savedByKey = new Map(saved.map((a) => [a.questionKey, a]));
  const numbers = new Map(questionnaire.dimensions.flatMap((d) => d.areas.flatMap((a) => a.questions)).map((q, index) => [q.key, index + 1]));
  return (
    <Tabs value={String(section)} onChange={(value) => onSection(Number(value))} keepMounted>
      <Tabs.List aria-label={t('assessment.dimensionsLabel')} mb="md">
        {questionnaire.dimensions.map((dimension, index) => (
          <Tabs.Tab key={dimension.name} value={String(index)}>
            <span lang={CONTENT_LANGUAGE}>{dimension.name}</span>
            {t('assessment.pointsInBrackets', { points: formatPoints(dimension.points) })}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {questionnaire.dimensions.map((dimension, index) => (
        <Tabs.Panel key={dimension.name} value={String(index)}>
          <Stack gap="lg">
            {dimension.areas.map((area) => (
              <section key={area.name} aria-label={area.name}>
                <Title order={3} size="h4" mb="sm">
                  <span lang={CONTENT_LANGUAGE}>{area.name}</span>
                  {t('assessment.pointsInBrackets', { points: formatPoints(area.points) })}
                </Title>
                <Stack gap="md">
                  {area.questions.map((question) => (
                      <QuestionCard
                        key={question.key}
                        question={question}
                        number={numbers.get(question.key) ?? 0}
                        answer={answers[question.key]}
                        saved={savedByKey.get(question.key)}
                        locked={locked}
                        onChoose={(optionKeys) => onChoose(index, question.key, optionKeys)}
                        onFigure={(inputKey, value) => onFigure(index, question.key, inputKey, value)}
                      />
                  ))}
                </Stack>
              </section>
            ))}
          </Stack>
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
