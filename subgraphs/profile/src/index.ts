export { profile } from './module';
export { EnterpriseEntity } from './enterprise/enterprise.entity';
