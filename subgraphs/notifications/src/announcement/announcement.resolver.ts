import { isUuid, Public, pageWindow, toConnection } from '@zjtx/subgraph-kit';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { NotificationsContext } from '../context';
import { AnnouncementEntity, AnnouncementLevel } from './announcement.entity';
import { announcementFilter } from './announcement.filter';
import { Announcement, AnnouncementConnection } from './announcement.type';

@Resolver(() => Announcement)
export class AnnouncementResolver {
  @Public()
  @Query(() => AnnouncementConnection, { description: 'Published announcements (部级、省级公告), newest first.' })
  async announcements(
    @Ctx() ctx: NotificationsContext,
    @Arg('level', () => AnnouncementLevel, { nullable: true }) level?: AnnouncementLevel,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10, description: 'Page size, at most 100.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('provinceCode', () => String, { nullable: true, description: 'Provincial announcements of one province (e.g. 330000).' }) provinceCode?: string,
    @Arg('keyword', () => String, { nullable: true, description: 'Words in the title, document number or text.' }) keyword?: string,
    @Arg('publishedFrom', () => Date, { nullable: true }) publishedFrom?: Date,
    @Arg('publishedTo', () => Date, { nullable: true }) publishedTo?: Date,
  ): Promise<AnnouncementConnection> {
    const window = pageWindow({ first, after }, 10);
    const now = new Date();
    const [rows, total] = await ctx.em.findAndCount(
      AnnouncementEntity,
      announcementFilter({ level, provinceCode, keyword, publishedFrom, publishedTo: publishedTo && publishedTo < now ? publishedTo : now }),
      { orderBy: { publishedAt: 'desc', id: 'desc' }, limit: window.limit, offset: window.offset },
    );
    return toConnection(rows.map(Announcement.from), total, window) as AnnouncementConnection;
  }

  @Public()
  @Query(() => Announcement, { nullable: true, description: 'One published announcement.' })
  async announcement(@Arg('id', () => ID) id: string, @Ctx() ctx: NotificationsContext): Promise<Announcement | null> {
    if (!isUuid(id)) return null;
    const row = await ctx.em.findOne(AnnouncementEntity, { id, publishedAt: { $lte: new Date() } });
    return row ? Announcement.from(row) : null;
  }
}
