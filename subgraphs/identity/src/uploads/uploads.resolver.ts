import { Public, UserError } from '@zjtx/subgraph-kit';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver, registerEnumType } from 'type-graphql';
import type { IdentityContext } from '../context';
import { identityServices } from '../services';
import { createUpload, UPLOAD_RULES, type UploadPurpose as Purpose } from './uploads.service';

enum UploadPurpose {
  MANUAL_VERIFICATION = 'MANUAL_VERIFICATION',
}
registerEnumType(UploadPurpose, { name: 'UploadPurpose', description: `What an upload is for. MANUAL_VERIFICATION: PDF, JPEG or PNG, at most ${UPLOAD_RULES.MANUAL_VERIFICATION.maxBytes / 1024 / 1024} MB each.` });

@InputType({ description: 'What the client is about to upload; the bytes are checked again when they arrive and when attached.' })
class CreateUploadInput {
  @Field(() => UploadPurpose) purpose!: UploadPurpose;
  @Field(() => String, { description: 'Any name (Chinese, spaces, emoji…); kept as metadata, never used as a path.' }) fileName!: string;
  @Field(() => String, { description: 'MIME type, e.g. application/pdf.' }) contentType!: string;
  @Field(() => Int, { description: 'Size in bytes.' }) size!: number;
}

@ObjectType({ description: 'A signed upload link: PUT the file\'s bytes to `uploadUrl` before `expiresAt`, then name `fileId`.' })
class Upload {
  @Field(() => ID) fileId!: string;
  @Field(() => String, { description: 'Same-origin path, e.g. /files/upload/<token>.' }) uploadUrl!: string;
  @Field(() => String) method!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Int) maxBytes!: number;
}

@ObjectType()
class CreateUploadPayload {
  @Field(() => Upload, { nullable: true }) upload!: Upload | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@Resolver()
export class UploadsResolver {
  @Public()
  @Mutation(() => CreateUploadPayload, { description: 'A signed link to upload one document (limited per address). Bytes never pass through GraphQL.' })
  async createUpload(@Arg('input', () => CreateUploadInput) input: CreateUploadInput, @Ctx() ctx: IdentityContext): Promise<CreateUploadPayload> {
    const result = await createUpload(ctx.em, identityServices(), ctx.http, { ...input, purpose: input.purpose as Purpose });
    if (!result.ok) return Object.assign(new CreateUploadPayload(), { upload: null, userErrors: result.userErrors });
    const { fileId, uploadUrl, method, expiresAt, maxBytes } = result.grant;
    return Object.assign(new CreateUploadPayload(), { upload: Object.assign(new Upload(), { fileId, uploadUrl, method, expiresAt, maxBytes }), userErrors: [] });
  }
}
