import type { FilterQuery } from '@mikro-orm/core';
import { type AnnouncementEntity, type AnnouncementLevel } from './announcement.entity';

/** `%` and `_` typed by a user are literal characters, not wildcards. */
const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Published announcements matching the search (更多 page): level, province, every keyword in
 * title, document number or text, and a publication window (never later than now).
 */
export function announcementFilter(search: {
  level?: AnnouncementLevel;
  provinceCode?: string;
  keyword?: string;
  publishedFrom?: Date;
  publishedTo: Date;
}): FilterQuery<AnnouncementEntity> {
  const words = (search.keyword ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5);
  return {
    publishedAt: { $lte: search.publishedTo, ...(search.publishedFrom ? { $gte: search.publishedFrom } : {}) },
    ...(search.level ? { level: search.level } : {}),
    ...(search.provinceCode ? { provinceCode: search.provinceCode } : {}),
    ...(words.length
      ? { $and: words.map((word) => ({ $or: [{ title: { $ilike: likePattern(word) } }, { documentNumber: { $ilike: likePattern(word) } }, { body: { $ilike: likePattern(word) } }] })) }
      : {}),
  };
}
