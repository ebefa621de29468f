export { profile } from './module';
export { EnterpriseEntity } from './enterprise/enterprise.entity';
export { recordEnterpriseChanged } from './enterprise/enterprise.events';
