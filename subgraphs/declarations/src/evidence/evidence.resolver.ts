import { isEnterpriseOrAdmin, Role, UploadLink, UserError, type SubgraphContext } from '@zjtx/subgraph-kit';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { DeclarationLoaders } from '../declaration/declaration.loaders';
import { Declaration } from '../declaration/declaration.type';
import { shownVersion } from '../declaration/shown-version';
import { EVIDENCE_SCANNED, type EvidenceScanned } from './evidence-scanned';
import { Evidence, EvidenceItem, frozenEvidence } from './evidence.type';
import { EVIDENCE_ITEMS } from './evidence-items';
import { attachEvidence, createEvidenceUpload, removeEvidence } from './evidence.service';

type Context = SubgraphContext<DeclarationLoaders>;

@InputType({ description: 'An evidence file the enterprise is about to upload.' })
class CreateEvidenceUploadInput {
  @Field(() => ID) declarationId!: string;
  @Field(() => String, { description: 'The EvidenceItem key it is for.' }) item!: string;
  @Field(() => String, { description: 'Any name (Chinese, spaces, punctuation, emoji); kept as metadata, never used as a path.' }) fileName!: string;
  @Field(() => String, { description: 'MIME type: PDF, Word, Excel, PNG/JPEG/GIF/WebP or zip.' }) contentType!: string;
  @Field(() => Int, { description: 'Size in bytes, at most 50 MB.' }) size!: number;
}

@ObjectType()
class CreateEvidenceUploadPayload {
  @Field(() => UploadLink, { nullable: true, description: 'PUT the bytes to uploadUrl, or for large files use the resumable endpoint; then attachEvidence.' }) upload!: UploadLink | null;
  @Field(() => [UserError], { description: 'NOT_FOUND, NOT_EDITABLE, UNKNOWN_EVIDENCE_ITEM, UNSUPPORTED_FILE_TYPE, FILE_TOO_LARGE, REQUIRED.' }) userErrors!: UserError[];
}

@InputType()
class AttachEvidenceInput {
  @Field(() => ID) declarationId!: string;
  @Field(() => String) item!: string;
  @Field(() => ID, { description: 'The fileId of an upload link from createEvidenceUpload, after the upload finished.' }) fileId!: string;
}

@ObjectType()
class AttachEvidencePayload {
  @Field(() => Declaration, { nullable: true }) declaration!: Declaration | null;
  @Field(() => Evidence, { nullable: true }) evidence!: Evidence | null;
  @Field(() => [UserError], { description: 'NOT_FOUND, NOT_EDITABLE, UNKNOWN_EVIDENCE_ITEM, FILE_NOT_UPLOADED, TOO_MANY_FILES.' }) userErrors!: UserError[];
}

@InputType()
class RemoveEvidenceInput {
  @Field(() => ID) declarationId!: string;
  @Field(() => ID) evidenceId!: string;
}

@ObjectType()
class RemoveEvidencePayload {
  @Field(() => Declaration, { nullable: true }) declaration!: Declaration | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@Resolver(() => Declaration)
export class EvidenceResolver {
  @FieldResolver(() => [EvidenceItem], { description: 'The evidence (佐证材料) the form asks for, in order; `required` follows the data shown (see `data`).' })
  async evidenceItems(@Root() declaration: Declaration, @Ctx() ctx: Context): Promise<EvidenceItem[]> {
    const version = await shownVersion(declaration.entity, ctx.caller, ctx.loaders);
    return EVIDENCE_ITEMS.map((spec) => EvidenceItem.of(spec, (version ?? declaration.entity).data));
  }

  @FieldResolver(() => [Evidence], { description: 'The files attached as evidence, in the order they were attached; while returned, offices and partners see those of the version last submitted.' })
  async evidence(@Root() declaration: Declaration, @Ctx() ctx: Context): Promise<Evidence[]> {
    const version = await shownVersion(declaration.entity, ctx.caller, ctx.loaders);
    if (version) return frozenEvidence(declaration.id, version);
    return Promise.all((await ctx.loaders.evidenceByDeclaration.load(declaration.id)).map((row) => Evidence.from(row)));
  }

  @Authorized(Role.ENTERPRISE, Role.ADMIN)
  @Subscription(() => Evidence, {
    topics: EVIDENCE_SCANNED,
    description: "The signed-in enterprise's evidence files as their virus scan finishes (PENDING → CLEAN or INFECTED): an open form shows the verdict at once.",
    filter: ({ payload, context }: { payload: EvidenceScanned; context: Context }) => isEnterpriseOrAdmin(context.caller, payload.enterpriseId),
  })
  evidenceScanned(@Root() event: EvidenceScanned): Promise<Evidence> {
    // The row as the scan committed it; its time comes back as text when the event went through Redis.
    return Evidence.from({ ...event.evidence, attachedAt: new Date(event.evidence.attachedAt) });
  }

  @Authorized(Role.ENTERPRISE)
  @Mutation(() => CreateEvidenceUploadPayload, { description: 'A signed upload link for one evidence file of a draft or returned declaration.' })
  async createEvidenceUpload(@Arg('input', () => CreateEvidenceUploadInput) input: CreateEvidenceUploadInput, @Ctx() ctx: Context): Promise<CreateEvidenceUploadPayload> {
    const result = await createEvidenceUpload(ctx.em, ctx.caller, input, ctx.http.clientIp ?? null);
    return Object.assign(new CreateEvidenceUploadPayload(), result.ok ? { upload: UploadLink.from(result.grant), userErrors: [] } : { upload: null, userErrors: result.userErrors });
  }

  @Authorized(Role.ENTERPRISE)
  @Mutation(() => AttachEvidencePayload, { description: 'Attaches an uploaded file to an evidence item; it is usable once scanned (or at once where no scanner is configured: NOT_SCANNED).' })
  async attachEvidence(@Arg('input', () => AttachEvidenceInput) input: AttachEvidenceInput, @Ctx() ctx: Context): Promise<AttachEvidencePayload> {
    const result = await attachEvidence(ctx.em, ctx.caller, input);
    return Object.assign(
      new AttachEvidencePayload(),
      result.ok ? { declaration: Declaration.from(result.declaration), evidence: await Evidence.from(result.evidence), userErrors: [] } : { declaration: null, evidence: null, userErrors: result.userErrors },
    );
  }

  @Authorized(Role.ENTERPRISE)
  @Mutation(() => RemoveEvidencePayload, { description: 'Removes an evidence file from a draft or returned declaration.' })
  async removeEvidence(@Arg('input', () => RemoveEvidenceInput) input: RemoveEvidenceInput, @Ctx() ctx: Context): Promise<RemoveEvidencePayload> {
    const result = await removeEvidence(ctx.em, ctx.caller, input);
    return Object.assign(new RemoveEvidencePayload(), result.ok ? { declaration: Declaration.from(result.declaration), userErrors: [] } : { declaration: null, userErrors: result.userErrors });
  }
}
