import { StoredFile } from '@zjtx/subgraph-kit';
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { notificationsConfig } from '../config';
import { Announcement } from './announcement.type';

@Resolver(() => Announcement)
export class AnnouncementAttachmentsResolver {
  @FieldResolver(() => [StoredFile], { description: 'Files published with the announcement, with fresh download links.' })
  attachments(@Root() announcement: Announcement): Promise<StoredFile[]> {
    return StoredFile.withLinks(notificationsConfig().files.links, announcement.files);
  }
}
