import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { rolesOf } from '../auth/claims';
import { AccountType, OfficeLevel, RealNameStatus, type AccountEntity } from './account.entity';
import { maskPhone } from './phone';

registerEnumType(AccountType, {
  name: 'AccountType',
  description: 'Kind of account: 法人 (may declare), 自然人 (may look), office, administrator.',
});
registerEnumType(OfficeLevel, { name: 'OfficeLevel', description: 'Level of a regional office: 县/市/省/部.' });
registerEnumType(RealNameStatus, {
  name: 'RealNameStatus',
  description: '实名认证 of a legal person against the enterprise registry; NOT_REQUIRED for other kinds of account.',
});

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A user account of the platform. Visible to the account itself and to administrators.' })
export class Account {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Login name (登录名).' })
  loginName!: string;

  @Field(() => AccountType)
  accountType!: AccountType;

  @Field(() => String, { description: 'Name shown in the header and in audit records.' })
  displayName!: string;

  @Field(() => [String], { description: 'Roles granted by the access token: ENTERPRISE, NATURAL_PERSON, OFFICE or ADMIN.' })
  roles!: string[];

  @Field(() => String, { nullable: true, description: 'The bound phone, masked (138****8000).' })
  maskedPhone!: string | null;

  @Field(() => String, { nullable: true, description: 'Legal persons: the enterprise\'s unified social credit code, usable as login name.' })
  uscc!: string | null;

  @Field(() => String, { nullable: true, description: 'Legal persons: the legal representative (法定代表人).' })
  legalRepresentative!: string | null;

  @Field(() => RealNameStatus)
  realNameStatus!: RealNameStatus;

  @Field(() => String, { nullable: true, description: 'The enterprise name confirmed by real-name verification.' })
  realName!: string | null;

  @Field(() => Date, { nullable: true })
  realNameVerifiedAt!: Date | null;

  @Field(() => OfficeLevel, { nullable: true, description: 'For office accounts: the level of the office.' })
  officeLevel!: OfficeLevel | null;

  @Field(() => String, { nullable: true, description: 'For office accounts: GB/T 2260 code of the region the office covers.' })
  regionCode!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  static from(entity: AccountEntity): Account {
    return Object.assign(new Account(), {
      id: entity.id,
      loginName: entity.loginName,
      accountType: entity.accountType,
      displayName: entity.displayName,
      roles: rolesOf(entity),
      maskedPhone: entity.phone ? maskPhone(entity.phone) : null,
      uscc: entity.uscc ?? null,
      legalRepresentative: entity.legalRepresentative ?? null,
      realNameStatus: entity.realNameStatus,
      realName: entity.realName ?? null,
      realNameVerifiedAt: entity.realNameVerifiedAt ?? null,
      officeLevel: entity.officeLevel ?? null,
      regionCode: entity.regionCode ?? null,
      createdAt: entity.createdAt,
    });
  }
}
