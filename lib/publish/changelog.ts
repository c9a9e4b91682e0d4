/**
 * What changed between two releases, entry by entry: the public changelog
 * and the publisher's preview. "Changed" means the approved content hash
 * differs, the same test review uses, and the diff is review's own.
 */
import { diffEntryContent, type EntryDiff } from "../review/diff";
import type { Release, ReleaseKind } from "./release";

/** One line of a timeline's release history, as the changelog lists it. */
export interface ReleaseLogItem {
  number: number;
  kind: ReleaseKind;
  note: string;
  publishedAt: string;
}

export interface EntryRef {
  id: string;
  title: string;
}

export interface ReleaseChanges {
  /** In the current release's order. */
  added: EntryRef[];
  /** In the previous release's order, with their titles there. */
  removed: EntryRef[];
  /** In the current release's order, with their current titles. */
  changed: (EntryRef & { diff: EntryDiff })[];
}

/** Entries added, removed and changed since `previous`; everything is added when there is none. */
export function releaseChanges(previous: Release | undefined, current: Release): ReleaseChanges {
  const before = new Map((previous?.entries ?? []).map((entry) => [entry.id, entry]));
  const now = new Set(current.entries.map((entry) => entry.id));
  const changes: ReleaseChanges = { added: [], removed: [], changed: [] };
  for (const entry of current.entries) {
    const old = before.get(entry.id);
    if (!old) changes.added.push({ id: entry.id, title: entry.title });
    else if (old.contentHash !== entry.contentHash) {
      changes.changed.push({
        id: entry.id,
        title: entry.title,
        diff: diffEntryContent(old, entry),
      });
    }
  }
  for (const entry of previous?.entries ?? []) {
    if (!now.has(entry.id)) changes.removed.push({ id: entry.id, title: entry.title });
  }
  return changes;
}
