export { identity } from './module';
export { AccountEntity, AccountType, OfficeLevel } from './account/account.entity';
export { hashPassword } from './auth/password';
export { RealNameStatus } from './account/account.entity';
export { PartnerClientEntity } from './partner/partner-client.entity';
