import type * as Y from "yjs";
import { sortEntries } from "@/lib/dates";
import {
  countEntries,
  type EntryFlags,
  type EntrySummary,
  entryFlags,
  entryPlainText,
  isSupportedSchema,
  type Lane,
  listEntries,
  listLanes,
  listSources,
  observeTimeline,
  readEntry,
  readMeta,
  type Source,
  type TimelineMeta,
} from "@/lib/document";
import { entryHash } from "@/lib/review/hash";

/** What the list, the axis and the top bar render; replaced (never mutated) on change. */
export interface TimelineSnapshot {
  meta: TimelineMeta;
  readOnly: boolean;
  lanes: Lane[];
  /** The source library, by first author and title. */
  sources: Source[];
  /** Entry ids in chronological order. */
  order: string[];
  /** Bumped when any entry's title, when, lane or tags change (not on body edits). */
  fieldsVersion: number;
  /** Bumped on every change to any entry, body and claims included. */
  contentVersion: number;
}

function sameSummary(a: EntrySummary | undefined, b: EntrySummary | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.title === b.title &&
    a.when === b.when &&
    a.laneId === b.laneId &&
    a.createdAt === b.createdAt &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i])
  );
}

/**
 * A read model of one timeline document for React. It re-reads only the
 * entries a transaction touched (observeTimeline's entryIds), so typing in
 * one entry of a 5,000-entry timeline re-renders that entry alone: rows
 * subscribe per entry id, the list subscribes to the ordered ids.
 */
export class TimelineStore {
  private summaries = new Map<string, EntrySummary>();
  /** Per entry, bumped on every change to it (fields or body). */
  private versions = new Map<string, number>();
  private plainText = new Map<string, { version: number; text: string }>();
  private flags = new Map<string, { version: number; flags: EntryFlags }>();
  private hashes = new Map<string, { version: number; hash: string | undefined }>();
  private snapshot: TimelineSnapshot;
  private listeners = new Set<() => void>();
  private entryListeners = new Map<string, Set<() => void>>();
  private unobserve: () => void;

  constructor(readonly doc: Y.Doc) {
    for (const entry of listEntries(doc)) this.summaries.set(entry.id, entry);
    this.snapshot = {
      meta: readMeta(doc),
      readOnly: !isSupportedSchema(doc),
      lanes: listLanes(doc),
      sources: listSources(doc),
      order: this.sortedIds(),
      fieldsVersion: 0,
      contentVersion: 0,
    };
    this.unobserve = observeTimeline(doc, (change) => {
      let next = this.snapshot;
      const touched = new Set<string>();
      if (change.meta) {
        next = { ...next, meta: readMeta(doc), readOnly: !isSupportedSchema(doc) };
      }
      if (change.lanes) next = { ...next, lanes: listLanes(doc) };
      if (change.sources) next = { ...next, sources: listSources(doc) };
      if (change.entries) {
        let reorder = false;
        let fieldsChanged = false;
        // Entries added or removed change the count; then re-list them all.
        if (change.entryIds.size === 0 || countEntries(doc) !== this.summaries.size) {
          const fresh = new Map(listEntries(doc).map((entry) => [entry.id, entry]));
          for (const [id, entry] of fresh) {
            const old = this.summaries.get(id);
            if (!sameSummary(old, entry) || change.entryIds.has(id)) touched.add(id);
            if (!old || old.when !== entry.when) reorder = true;
            if (!sameSummary(old, entry)) fieldsChanged = true;
          }
          for (const id of this.summaries.keys()) {
            if (!fresh.has(id)) {
              touched.add(id);
              reorder = true;
              fieldsChanged = true;
            }
          }
          this.summaries = fresh;
        } else {
          for (const id of change.entryIds) {
            const old = this.summaries.get(id);
            const entry = readEntry(doc, id);
            touched.add(id);
            if (entry) this.summaries.set(id, entry);
            else this.summaries.delete(id);
            if (!sameSummary(old, entry)) fieldsChanged = true;
            if (old?.when !== entry?.when || !old || !entry) reorder = true;
          }
        }
        if (reorder) next = { ...next, order: this.sortedIds() };
        if (fieldsChanged) next = { ...next, fieldsVersion: next.fieldsVersion + 1 };
        next = { ...next, contentVersion: next.contentVersion + 1 };
      }
      for (const id of touched) this.versions.set(id, (this.versions.get(id) ?? 0) + 1);
      if (next !== this.snapshot) {
        this.snapshot = next;
        for (const listener of this.listeners) listener();
      }
      for (const id of touched) {
        const listeners = this.entryListeners.get(id);
        if (listeners) for (const listener of listeners) listener();
      }
    });
  }

  private sortedIds(): string[] {
    return sortEntries([...this.summaries.values()]).map((entry) => entry.id);
  }

  destroy(): void {
    this.unobserve();
    this.listeners.clear();
    this.entryListeners.clear();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): TimelineSnapshot => this.snapshot;

  subscribeEntry(id: string, listener: () => void): () => void {
    let set = this.entryListeners.get(id);
    if (!set) {
      set = new Set();
      this.entryListeners.set(id, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.entryListeners.delete(id);
    };
  }

  entry(id: string): EntrySummary | undefined {
    return this.summaries.get(id);
  }

  /** A number that changes whenever the entry (including its body) changes. */
  entryVersion(id: string): number {
    return this.versions.get(id) ?? 0;
  }

  /** Plain text of an entry's body, cached until the entry changes (for search). */
  entryText(id: string): string {
    const version = this.entryVersion(id);
    const cached = this.plainText.get(id);
    if (cached && cached.version === version) return cached.text;
    let text = "";
    try {
      text = entryPlainText(this.doc, id);
    } catch {
      text = "";
    }
    this.plainText.set(id, { version, text });
    return text;
  }

  /** Citation, claim and dispute counts of an entry, cached until the entry changes. */
  entryFlags(id: string): EntryFlags {
    const version = this.entryVersion(id);
    const cached = this.flags.get(id);
    if (cached && cached.version === version) return cached.flags;
    const flags = entryFlags(this.doc, id);
    this.flags.set(id, { version, flags });
    return flags;
  }

  /**
   * The entry's content hash (lib/review/hash), what an approval holds for;
   * computed when asked and cached until the entry changes.
   */
  entryHash(id: string): string | undefined {
    const version = this.entryVersion(id);
    const cached = this.hashes.get(id);
    if (cached && cached.version === version) return cached.hash;
    let hash: string | undefined;
    try {
      hash = entryHash(this.doc, id);
    } catch {
      hash = undefined;
    }
    this.hashes.set(id, { version, hash });
    return hash;
  }
}
