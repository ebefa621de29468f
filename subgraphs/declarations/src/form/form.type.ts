import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { UNITS, type FormFieldKind, type FormFieldSpec } from './form-fields';
import type { FormSection } from './form';

export enum FormFieldKindEnum {
  AMOUNT = 'AMOUNT',
  SIGNED_AMOUNT = 'SIGNED_AMOUNT',
  COUNT = 'COUNT',
  PERCENT = 'PERCENT',
  NUMBER = 'NUMBER',
  FLAG = 'FLAG',
  CHOICE = 'CHOICE',
  MONTH = 'MONTH',
}
registerEnumType(FormFieldKindEnum, {
  name: 'FormFieldKind',
  description: 'AMOUNT: 万元, not negative; SIGNED_AMOUNT: 万元, may be negative; COUNT: whole number; PERCENT: 0–100; NUMBER: any number; FLAG: true/false; CHOICE: one of `options`; MONTH: YYYY-MM.',
});

@ObjectType()
export class FormOption {
  @Field(() => String) value!: string;
  @Field(() => String) label!: string;
}

@ObjectType({ description: 'One input of a declaration form.' })
export class FormField {
  @Field(() => String, { description: 'Dot path into the declaration data, e.g. `financials.2025.operatingRevenue` or `ip.class1`.' }) path!: string;
  @Field(() => String) label!: string;
  @Field(() => FormFieldKindEnum) kind!: FormFieldKind;
  @Field(() => String, { nullable: true, description: '万元 or %, when the value has a unit.' }) unit!: string | null;
  @Field(() => String, { nullable: true }) hint!: string | null;
  @Field(() => [FormOption], { description: 'The choices of a CHOICE field; empty otherwise.' }) options!: FormOption[];

  static from(spec: FormFieldSpec): FormField {
    return Object.assign(new FormField(), { path: spec.path, label: spec.label, kind: spec.kind, unit: UNITS[spec.kind], hint: spec.hint ?? null, options: [...(spec.options ?? [])] });
  }
}

@ObjectType('FormSection', { description: 'A section of a declaration form, as in the official form.' })
export class FormSectionType {
  @Field(() => String) key!: string;
  @Field(() => String) title!: string;
  @Field(() => [FormField]) fields!: FormField[];

  static from(section: FormSection): FormSectionType {
    return Object.assign(new FormSectionType(), { key: section.key, title: section.title, fields: section.fields.map(FormField.from) });
  }
}
