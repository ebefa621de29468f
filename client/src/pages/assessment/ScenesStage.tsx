import { Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGE } from '../../i18n';
import type { LocalSceneLevels, Questionnaire } from './formModel';
import { SceneCard } from './SceneCard';

interface ScenesStageProps {
  questionnaire: Questionnaire;
  levels: LocalSceneLevels;
  locked: boolean;
  /** The scene group shown. */
  section: number;
  onSection: (section: number) => void;
  onJudge: (section: number, sceneKey: string, level: number) => void;
}

/** 第二阶段 场景评定: one tab per scene group; each scene judged at level 1–4 by its own texts. */
export function ScenesStage({ questionnaire, levels, locked, section, onSection, onJudge }: ScenesStageProps) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" mb="md">
        {t('assessment.scenesLead')}
      </Text>
      <Tabs value={String(section)} onChange={(value) => onSection(Number(value))} keepMounted>
        <Tabs.List aria-label={t('assessment.sceneGroupsLabel')} mb="md">
          {questionnaire.sceneGroups.map((group, index) => {
            const judged = group.scenes.filter((s) => levels[s.key] !== undefined).length;
            return (
              <Tabs.Tab key={group.name} value={String(index)}>
                <span lang={CONTENT_LANGUAGE}>{group.name}</span>
                {t('assessment.countInBrackets', { done: judged, total: group.scenes.length })}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {questionnaire.sceneGroups.map((group, index) => (
          <Tabs.Panel key={group.name} value={String(index)}>
            <Stack gap="md">
              {group.scenes.map((scene) => (
                <SceneCard key={scene.key} scene={scene} level={levels[scene.key]} locked={locked} onJudge={(level) => onJudge(index, scene.key, level)} />
              ))}
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
