export { declarations } from './module';
export { DeclarationEntity, DeclarationStatus, ReviewLevel, Tier } from './declaration/declaration.entity';
export { DeclarationWindowEntity } from './window/window.entity';
export { grantRecognition } from './recognition/recognition.service';
export { RecognitionEntity } from './recognition/recognition.entity';
