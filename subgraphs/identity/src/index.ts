export { identity } from './module';
export { AccountEntity, AccountType, OfficeLevel } from './account/account.entity';
export { hashPassword } from './auth/password';
