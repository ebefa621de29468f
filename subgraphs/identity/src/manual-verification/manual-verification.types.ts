import { Connection, UserError } from '@zjtx/subgraph-kit';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { LoginMethod } from '../account/identifier';
import { maskPhone } from '../account/phone';
import { ManualVerificationStatus, type ManualVerificationEntity } from './manual-verification.entity';

registerEnumType(ManualVerificationStatus, { name: 'ManualVerificationStatus', description: 'State of a manual verification (人工核验) request.' });

@ObjectType({ description: 'A request to bind a new phone, decided by an administrator (人工核验).' })
export class ManualVerificationRequest {
  @Field(() => ID) id!: string;
  @Field(() => ManualVerificationStatus) status!: ManualVerificationStatus;
  @Field(() => LoginMethod) loginMethod!: LoginMethod;
  @Field(() => String, { description: 'Login name or USCC as given.' }) identifier!: string;
  @Field(() => String) enterpriseName!: string;
  @Field(() => String) contactName!: string;
  @Field(() => String) maskedNewPhone!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decisionReason!: string | null;
  /** Resolved by field resolvers: the documents with fresh links, the matched account. */
  entity!: ManualVerificationEntity;

  static from(entity: ManualVerificationEntity): ManualVerificationRequest {
    return Object.assign(new ManualVerificationRequest(), {
      id: entity.id,
      status: entity.status,
      loginMethod: entity.loginMethod as LoginMethod,
      identifier: entity.identifier,
      enterpriseName: entity.enterpriseName,
      contactName: entity.contactName,
      maskedNewPhone: maskPhone(entity.newPhone),
      note: entity.note ?? null,
      createdAt: entity.createdAt,
      decidedAt: entity.decidedAt ?? null,
      decisionReason: entity.decisionReason ?? null,
      entity,
    });
  }
}

@ObjectType({ description: 'A page of manual verification requests, oldest pending first.' })
export class ManualVerificationRequestConnection extends Connection(ManualVerificationRequest, 'ManualVerificationRequest') {}

@InputType({ description: '人工核验 for a new phone: who, the new phone with its code, and the uploaded documents.' })
export class RequestManualVerificationInput {
  @Field(() => LoginMethod, { defaultValue: LoginMethod.LOGIN_NAME }) loginMethod!: LoginMethod;
  @Field(() => String) identifier!: string;
  @Field(() => String) enterpriseName!: string;
  @Field(() => String) contactName!: string;
  @Field(() => String) newPhone!: string;
  @Field(() => String, { description: 'From requestSmsCode(purpose: CHANGE_PHONE_NEW, phone: newPhone).' }) newPhoneCode!: string;
  @Field(() => [ID], { description: 'fileIds from createUpload, after the bytes were PUT.' }) documentFileIds!: string[];
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class DecideManualVerificationInput {
  @Field(() => ID) id!: string;
  @Field(() => Boolean) approve!: boolean;
  @Field(() => String, { nullable: true, description: 'Required when rejecting; sent to the applicant.' }) reason?: string | null;
}

@ObjectType()
export class ManualVerificationPayload {
  @Field(() => ManualVerificationRequest, { nullable: true }) request!: ManualVerificationRequest | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

