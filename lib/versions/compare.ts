/**
 * Two versions of a timeline, entry by entry: which entries were added,
 * removed or changed. An entry changed when its content hash did, so tags
 * and `createdAt` alone never make an entry "changed" (see lib/review/hash).
 */
import type * as Y from "yjs";
import { sortEntries } from "../dates";
import { type EntrySummary, listEntries, readEntryContent } from "../document";
import { diffEntryContent, type EntryDiff } from "../review/diff";
import { contentHash } from "../review/hash";

export interface EntryRef {
  id: string;
  title: string;
  when: string;
  laneId: string;
}

/** Each list in chronological order (`sortEntries`); changed entries are placed as they are in `after`. */
export interface TimelineComparison {
  added: EntryRef[];
  removed: EntryRef[];
  changed: (EntryRef & { diff: EntryDiff })[];
  unchanged: number;
}

function ref({ id, title, when, laneId }: EntrySummary): EntryRef {
  return { id, title, when, laneId };
}

export function compareTimelines(before: Y.Doc, after: Y.Doc): TimelineComparison {
  const old = new Set(listEntries(before).map((entry) => entry.id));
  const now = sortEntries(listEntries(after));
  const ids = new Set(now.map((entry) => entry.id));
  const comparison: TimelineComparison = {
    added: [],
    removed: sortEntries(listEntries(before).filter((entry) => !ids.has(entry.id))).map(ref),
    changed: [],
    unchanged: 0,
  };
  for (const entry of now) {
    const was = old.has(entry.id) ? readEntryContent(before, entry.id) : undefined;
    const is = readEntryContent(after, entry.id);
    if (!was || !is) comparison.added.push(ref(entry));
    else if (contentHash(was) === contentHash(is)) comparison.unchanged++;
    else comparison.changed.push({ ...ref(entry), diff: diffEntryContent(was, is) });
  }
  return comparison;
}
