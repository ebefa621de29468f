import { RESUMABLE_UPLOAD_PATH, type FileLinks, type UploadGrant } from '@zjtx/files';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { AttachedFile } from './uploads';

/** The same type in every subgraph that takes files (identity, notifications, declarations). */
@Directive('@shareable')
@ObjectType('Upload', { description: "A signed upload link: PUT the file's bytes to `uploadUrl` before `expiresAt`, then name `fileId`." })
export class UploadLink {
  @Field(() => ID) fileId!: string;
  @Field(() => String, { description: 'Same-origin path, e.g. /files/upload/<token>.' }) uploadUrl!: string;
  @Field(() => String) method!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Int) maxBytes!: number;
  @Field(() => String, { description: 'For large files: a tus 1.0 endpoint on the same origin (/files/resumable); send `uploadToken` as the `Upload-Token` header of every request. Interrupted uploads resume where they stopped.' })
  resumableEndpoint!: string;
  @Field(() => String, { description: 'The signed token of this link, for resumable uploads.' }) uploadToken!: string;

  static from({ fileId, uploadUrl, token, method, expiresAt, maxBytes }: UploadGrant): UploadLink {
    return Object.assign(new UploadLink(), { fileId, uploadUrl, method, expiresAt, maxBytes, resumableEndpoint: RESUMABLE_UPLOAD_PATH, uploadToken: token });
  }
}

@Directive('@shareable')
@ObjectType({ description: 'A file attached to a record. `downloadUrl` is a short-lived signed link on the same origin.' })
export class StoredFile {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The original name, as the uploader chose it.' }) fileName!: string;
  @Field(() => String, { description: 'Detected from the content, not taken from the client.' }) contentType!: string;
  @Field(() => Int, { description: 'Bytes.' }) size!: number;
  @Field(() => String, { description: 'Valid for 10 minutes; ask again for a fresh one.' }) downloadUrl!: string;

  /** The attached files with fresh download links. */
  static async withLinks(links: FileLinks, files: readonly AttachedFile[]): Promise<StoredFile[]> {
    return Promise.all(
      files.map(async (file) =>
        Object.assign(new StoredFile(), {
          id: file.fileId,
          fileName: file.fileName,
          contentType: file.contentType,
          size: file.size,
          downloadUrl: await links.downloadUrl({ fileId: file.fileId, fileName: file.fileName, contentType: file.contentType }),
        }),
      ),
    );
  }
}
