import { Badge, Checkbox, Group, NumberInput, Paper, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatPoints } from './assessmentFormat';
import type { FigureValue, LocalAnswer, Question, ServerAnswer } from './formModel';
import { itemId, nextMultiChoice } from './formModel';
import classes from './AssessmentForm.module.css';

interface QuestionCardProps {
  question: Question;
  /** 题号 across the whole stage, from 1. */
  number: number;
  answer: LocalAnswer | undefined;
  /** The server's view of the saved answer: its points and figure hints. */
  saved: ServerAnswer | undefined;
  locked: boolean;
  onChoose: (optionKeys: string[]) => void;
  onFigure: (inputKey: string, value: FigureValue) => void;
}

/** One scored question: single choice (Radio) or multiple choice (Checkbox, "无" alone), its figures and hints. */
export function QuestionCard({ question, number, answer, saved, locked, onChoose, onFigure }: QuestionCardProps) {
  const { t } = useTranslation();
  const chosen = answer?.optionKeys ?? [];
  const answered = chosen.length > 0;
  const label = (
    <span lang={CONTENT_LANGUAGE}>
      {question.title}
    </span>
  );
  const description = question.description ? <span lang={CONTENT_LANGUAGE}>{question.description}</span> : undefined;
  const optionLabel = (option: Question['options'][number]) => (
    <span lang={CONTENT_LANGUAGE}>{option.text}</span>
  );
  return (
    <Paper withBorder radius="md" p="md" id={itemId(question.key)} tabIndex={-1} className={classes.card} data-answered={answered || undefined} data-locked={locked || undefined}>
      <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
        <Group gap="xs">
          <Text fw={700} c="govBlue.8">
            {t('assessment.questionNumber', { number })}
          </Text>
          <Badge variant="light" color="gray" lang={CONTENT_LANGUAGE}>
            {question.topic}
          </Badge>
          <Text size="sm" c="dimmed">
            {question.type === 'MULTI' ? t('assessment.multi') : t('assessment.single')} · {t('assessment.points', { points: formatPoints(question.points) })}
          </Text>
        </Group>
        <Badge variant="light" color={answered ? 'green' : 'orange'}>
          {answered ? t('assessment.answered') : t('assessment.unanswered')}
        </Badge>
      </Group>
      <Stack gap="sm">
        {question.type === 'SINGLE' ? (
          <Radio.Group label={label} description={description} value={chosen[0] ?? null} onChange={(value) => onChoose([value])} classNames={{ label: classes.questionTitle }}>
            <Stack gap="xs" mt="xs">
              {question.options.map((option) => (
                <Radio key={option.key} value={option.key} label={optionLabel(option)} disabled={locked} />
              ))}
            </Stack>
          </Radio.Group>
        ) : (
          <Checkbox.Group
            label={label}
            description={description}
            value={chosen}
            onChange={(next) => onChoose(nextMultiChoice(question, chosen, next))}
            classNames={{ label: classes.questionTitle }}
          >
            <Stack gap="xs" mt="xs">
              {question.options.map((option) => (
                <Checkbox key={option.key} value={option.key} label={optionLabel(option)} disabled={locked} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {question.inputs.length > 0 && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {question.inputs.map((input) => (
              <NumberInput
                key={input.key}
                label={<span lang={CONTENT_LANGUAGE}>{input.label}</span>}
                value={answer?.figures[input.key] ?? ''}
                onChange={(value) => onFigure(input.key, value)}
                allowNegative={false}
                allowDecimal={!input.integer}
                decimalScale={input.integer ? 0 : 4}
                max={input.unit === '%' ? 100 : undefined}
                clampBehavior="strict"
                hideControls
                disabled={locked}
                rightSection={
                  <Text size="sm" c="dimmed" lang={CONTENT_LANGUAGE} aria-hidden="true">
                    {input.unit}
                  </Text>
                }
                rightSectionWidth={Math.max(36, input.unit.length * 15 + 16)}
                rightSectionPointerEvents="none"
              />
            ))}
          </SimpleGrid>
        )}
        {saved?.warnings.map((warning) => (
          <Text key={warning.code} size="sm" className={classes.warning} data-code={warning.code}>
            {warning.message}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
