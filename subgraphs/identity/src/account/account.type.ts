import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AccountType, OfficeLevel, type AccountEntity } from './account.entity';

registerEnumType(AccountType, {
  name: 'AccountType',
  description: 'Kind of account: 法人 (may declare), 自然人 (may look), office, administrator.',
});
registerEnumType(OfficeLevel, { name: 'OfficeLevel', description: 'Level of a regional office: 县/市/省/部.' });

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A user account of the platform.' })
export class Account {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Login name (登录名).' })
  loginName!: string;

  @Field(() => AccountType)
  accountType!: AccountType;

  @Field(() => String, { description: 'Name shown in the header and in audit records.' })
  displayName!: string;

  @Field(() => OfficeLevel, { nullable: true, description: 'For office accounts: the level of the office.' })
  officeLevel!: OfficeLevel | null;

  @Field(() => String, { nullable: true, description: 'For office accounts: GB/T 2260 code of the region the office covers.' })
  regionCode!: string | null;

  static from(entity: AccountEntity): Account {
    return Object.assign(new Account(), {
      id: entity.id,
      loginName: entity.loginName,
      accountType: entity.accountType,
      displayName: entity.displayName,
      officeLevel: entity.officeLevel ?? null,
      regionCode: entity.regionCode ?? null,
    });
  }
}
