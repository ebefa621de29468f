import { Badge, Group, Paper, Radio, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGE } from '../../i18n';
import type { Scene } from './formModel';
import { itemId } from './formModel';
import { useLevelText } from './LevelText';
import classes from './AssessmentForm.module.css';

interface SceneCardProps {
  scene: Scene;
  level: number | undefined;
  locked: boolean;
  onJudge: (level: number) => void;
}

/** One business scene of stage 2: its four level texts as cards to choose from. */
export function SceneCard({ scene, level, locked, onJudge }: SceneCardProps) {
  const { t } = useTranslation();
  const levelText = useLevelText();
  return (
    <Paper withBorder radius="md" p="md" id={itemId(scene.key)} tabIndex={-1} className={classes.card}>
      <Radio.Group
        value={level ? String(level) : null}
        onChange={(value) => onJudge(Number(value))}
        label={
          <Group gap="xs" component="span">
            <span lang={CONTENT_LANGUAGE}>{scene.name}</span>
            {scene.constraint && (
              <Badge color="red" variant="light" component="span">
                {t('assessment.constraintScene')}
              </Badge>
            )}
          </Group>
        }
        classNames={{ label: classes.questionTitle }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" mt="xs">
          {scene.levels.map((option) => (
            <Radio.Card key={option.level} value={String(option.level)} radius="md" className={classes.levelCard} disabled={locked}>
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator disabled={locked} />
                <div>
                  <Text fw={700} size="sm">
                    {levelText(option.level)}
                  </Text>
                  <Text size="sm" lang={CONTENT_LANGUAGE}>
                    {option.text}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
    </Paper>
  );
}
