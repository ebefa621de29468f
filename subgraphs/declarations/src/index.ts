export { declarations } from './module';
export { DeclarationEntity, DeclarationStatus, ReviewLevel, Tier } from './declaration/declaration.entity';
