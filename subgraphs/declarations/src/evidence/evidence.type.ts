import { StoredFile } from '@zjtx/subgraph-kit';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { declarationsConfig } from '../config';
import type { DeclarationVersionEntity } from '../declaration/declaration-version.entity';
import type { DeclarationData } from '../rules/declaration-data';
import { isUsable, ScanStatus, type EvidenceEntity } from './evidence.entity';
import type { EvidenceItemSpec } from './evidence-items';

registerEnumType(ScanStatus, {
  name: 'ScanStatus',
  description: 'PENDING: waiting for the virus scan (unusable); CLEAN; INFECTED (unusable: remove it); NOT_SCANNED: no scanner is configured here — usable, and shown as 未查毒.',
});

@ObjectType({ description: 'A kind of evidence (佐证材料) the form asks for.' })
export class EvidenceItem {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => String, { nullable: true }) hint!: string | null;
  @Field(() => Boolean, { description: 'Required by what the saved form declares (e.g. IP certificates once IP counts are given).' }) required!: boolean;

  static of(spec: EvidenceItemSpec, data: DeclarationData): EvidenceItem {
    return Object.assign(new EvidenceItem(), { key: spec.key, label: spec.label, hint: spec.hint, required: spec.requiredWhen(data) });
  }
}

@ObjectType({ description: 'A file attached to a declaration as evidence for one item.' })
export class Evidence {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The EvidenceItem key.' }) item!: string;
  @Field(() => String, { description: 'The original name, as the uploader chose it.' }) fileName!: string;
  @Field(() => String, { description: 'Detected from the content.' }) contentType!: string;
  @Field(() => Float, { description: 'Bytes.' }) size!: number;
  @Field(() => ScanStatus) scanStatus!: ScanStatus;
  @Field(() => StoredFile, { nullable: true, description: 'The file with a fresh download link; null while it is unusable (PENDING or INFECTED).' }) file!: StoredFile | null;
  @Field(() => [String], { nullable: true, description: 'For a zip archive: the names of its entries, as checked at upload.' }) archiveEntries!: string[] | null;
  @Field(() => Date) attachedAt!: Date;

  static async from(row: EvidenceEntity): Promise<Evidence> {
    const [file] = isUsable(row.scanStatus)
      ? await StoredFile.withLinks(declarationsConfig().files.links, [{ fileId: row.fileId, fileName: row.fileName, contentType: row.contentType as never, size: row.size, sha256: row.sha256 }])
      : [null];
    return Object.assign(new Evidence(), {
      id: row.id,
      item: row.item,
      fileName: row.fileName,
      contentType: row.contentType,
      size: row.size,
      scanStatus: row.scanStatus,
      file: file ?? null,
      archiveEntries: row.archiveEntries ?? null,
      attachedAt: row.attachedAt,
    });
  }
}

/** The evidence a submitted version was frozen with (files are immutable: each id still serves its file), attached when it was submitted. */
export function frozenEvidence(declarationId: string, version: DeclarationVersionEntity): Promise<Evidence[]> {
  return Promise.all(
    version.evidence.map((e) => Evidence.from({ ...e, declarationId, scanStatus: e.scanStatus as ScanStatus, archiveEntries: null, attachedAt: version.submittedAt } as EvidenceEntity)),
  );
}
