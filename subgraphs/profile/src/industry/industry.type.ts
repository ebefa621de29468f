import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { IndustryLevel, type IndustryNode } from './industry.catalogue';

registerEnumType(IndustryLevel, {
  name: 'IndustryLevel',
  description: 'Level of a GB/T 4754-2017 industry.',
  valuesConfig: {
    SECTION: { description: '门类: one letter, A–T.' },
    DIVISION: { description: '大类: two digits.' },
    GROUP: { description: '中类: three digits, its 大类 plus one.' },
    CLASS: { description: '小类: four digits, its 中类 plus one; the last level, the one an enterprise chooses.' },
  },
});

@ObjectType({ description: 'An industry of GB/T 4754-2017 国民经济行业分类, at any of its four levels.' })
export class Industry {
  @Field(() => String, { description: 'Code: a letter for a 门类 (C), otherwise 2, 3 or 4 digits (34, 349, 3491).' })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 工业机器人制造.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The standard\'s explanatory note (说明), where it has one.' })
  note!: string | null;

  @Field(() => IndustryLevel, { description: '门类, 大类, 中类 or 小类.' })
  level!: IndustryLevel;

  @Field(() => Boolean, { description: 'True for the last level (小类), which has no children.' })
  isLeaf!: boolean;

  @Field(() => String, { nullable: true, description: 'Code of the industry one level up; null for a 门类.' })
  parentCode!: string | null;

  static from(node: IndustryNode): Industry {
    return Object.assign(new Industry(), {
      code: node.code,
      name: node.name,
      note: node.note,
      level: node.level,
      isLeaf: node.childCodes.length === 0,
      parentCode: node.parentCode,
    });
  }
}
