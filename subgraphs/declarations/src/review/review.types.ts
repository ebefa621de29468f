import { Field, Int, ObjectType } from 'type-graphql';
import { ReviewLevel, type DeclarationReturnNote } from '../declaration/declaration.entity';

@ObjectType({ description: 'Why a declaration was returned, and what the enterprise should look at (highlighted in its form).' })
export class DeclarationReturn {
  @Field(() => String) reason!: string;
  @Field(() => [String], { description: 'Form field paths (as in `eligibility.form`).' }) fields!: string[];
  @Field(() => [String], { description: 'Evidence item keys.' }) evidenceItems!: string[];
  @Field(() => ReviewLevel, { description: 'The level that returned it.' }) level!: ReviewLevel;
  @Field(() => String, { nullable: true }) officeName!: string | null;
  @Field(() => Date) returnedAt!: Date;
  @Field(() => Int, { description: 'The submitted version that was returned.' }) versionNumber!: number;

  static from(note: DeclarationReturnNote): DeclarationReturn {
    return Object.assign(new DeclarationReturn(), { ...note, returnedAt: new Date(note.at) });
  }
}

@ObjectType({ description: 'Where a declaration stands for the office looking at it.' })
export class DeclarationReviewState {
  @Field(() => ReviewLevel, { nullable: true, description: 'The level holding it.' }) level!: ReviewLevel | null;
  @Field(() => Date, { nullable: true, description: 'Since when it waits at that level.' }) waitingSince!: Date | null;
  @Field(() => String, { nullable: true, description: "The batch's deadline for that level (YYYY-MM-DD)." }) deadline!: string | null;
  @Field(() => Boolean, { description: 'Still waiting after the deadline.' }) overdue!: boolean;
  @Field(() => Boolean) canApprove!: boolean;
  @Field(() => Boolean) canReturn!: boolean;
  @Field(() => Boolean) canReject!: boolean;
  @Field(() => Boolean, { description: 'Approving here ends the chain: it goes into 公示 and is then recognised.' }) isFinalLevel!: boolean;
}
