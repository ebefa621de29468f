import { Public, UploadLink, UserError } from '@zjtx/subgraph-kit';
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Resolver, registerEnumType } from 'type-graphql';
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

@ObjectType()
class CreateUploadPayload {
  @Field(() => UploadLink, { nullable: true }) upload!: UploadLink | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@Resolver()
export class UploadsResolver {
  @Public()
  @Mutation(() => CreateUploadPayload, { description: 'A signed link to upload one document (limited per address). Bytes never pass through GraphQL.' })
  async createUpload(@Arg('input', () => CreateUploadInput) input: CreateUploadInput, @Ctx() ctx: IdentityContext): Promise<CreateUploadPayload> {
    const result = await createUpload(ctx.em, identityServices(), ctx.http, { ...input, purpose: input.purpose as Purpose });
    if (!result.ok) return Object.assign(new CreateUploadPayload(), { upload: null, userErrors: result.userErrors });
    return Object.assign(new CreateUploadPayload(), { upload: UploadLink.from(result.grant), userErrors: [] });
  }
}
