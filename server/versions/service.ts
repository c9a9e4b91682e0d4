/**
 * Versions of a timeline: saved by hand (editors and owners) or by the
 * server, read by any member, compared entry by entry, and restored as a
 * new change on top of the present (never by rewriting history). Before a
 * restore the present is saved as a version, so a restore can itself be
 * undone by restoring that one.
 */
import { randomUUID } from "node:crypto";
import type pino from "pino";
import * as Y from "yjs";
import type { Db } from "../../db/client";
import * as q from "../../db/queries/versions";
import type { Action } from "../../lib/auth/roles";
import { countEntries, hasEntry, restoreEntry, restoreTimeline } from "../../lib/document";
import { compareTimelines, type TimelineComparison } from "../../lib/versions/compare";
import {
  RestoreSchema,
  SaveVersionSchema,
  type VersionDTO,
  type VersionKind,
  type VersionRef,
  VersionRefSchema,
} from "../../lib/versions/protocol";
import type { RoomRegistry } from "../collab/registry";
import { keyedSerial } from "../discussion/service";
import { ServiceProblem } from "../problem";
import { requireRole as requireRoleOf } from "../requireRole";
import { parseInput } from "../validate";
import { decodeVersion, encodeVersion, versionDoc } from "./codec";

export interface VersionsDeps {
  db: Db;
  rooms: RoomRegistry;
  log: pino.Logger;
  /** Tells the timeline's subscribed sockets about a new version. */
  published: (timelineId: string, version: VersionDTO) => void;
}

const WORDS: Partial<Record<Action, string>> = {
  read: "read this timeline",
  edit: "save or restore versions",
};

export function createVersions(deps: VersionsDeps) {
  const { db, rooms, log } = deps;
  /** Saves of one timeline run one at a time on this process; the unique number guards the rest. */
  const serial = keyedSerial();

  const requireRole = (timelineId: string, userId: string, action: Action) =>
    requireRoleOf(db, timelineId, userId, action, WORDS);

  /** Saves the live document as the next version; the caller's rights are checked before. */
  function save(
    timelineId: string,
    meta: { name: string; kind: VersionKind; createdBy: string | null },
  ): Promise<VersionDTO> {
    return serial(timelineId, async () => {
      for (let attempt = 0; ; attempt++) {
        const previous = await q.latestVersion(db, timelineId);
        const encoded = await rooms.read(timelineId, (doc) => ({
          ...encodeVersion(doc, previous),
          entryCount: countEntries(doc),
        }));
        const number = (previous?.number ?? 0) + 1;
        try {
          await q.insertVersion(db, {
            id: randomUUID(),
            timelineId,
            number,
            name: meta.name,
            kind: meta.kind,
            createdBy: meta.createdBy,
            ...encoded,
          });
        } catch (error) {
          // Another instance took this number: encode again against its version.
          if (attempt < 3 && (await q.versionDTO(db, timelineId, number))) continue;
          throw error;
        }
        const version = await q.versionDTO(db, timelineId, number);
        if (!version) throw new Error(`version ${number} of ${timelineId} vanished`);
        log.info({ timelineId, version: number, kind: meta.kind }, "saved a version");
        deps.published(timelineId, version);
        return version;
      }
    });
  }

  async function state(timelineId: string, ref: VersionRef): Promise<Uint8Array> {
    if (ref === "now") return rooms.read(timelineId, (doc) => Y.encodeStateAsUpdate(doc));
    if (!(await q.versionDTO(db, timelineId, ref)))
      throw new ServiceProblem(404, "version_not_found", `There is no version ${ref}.`);
    return decodeVersion(await q.versionChain(db, timelineId, ref));
  }

  const ref = (input: unknown, field: string): VersionRef => {
    const parsed = VersionRefSchema.safeParse(input);
    if (!parsed.success)
      throw new ServiceProblem(422, "invalid_request", `${field}: a version number or "now".`);
    return parsed.data;
  };

  return {
    save,

    /** A named version, saved for the caller (editor or owner). */
    async saveNamed(userId: string, timelineId: string, input: unknown): Promise<VersionDTO> {
      await requireRole(timelineId, userId, "edit");
      const { name } = parseInput(SaveVersionSchema, input);
      return save(timelineId, { name, kind: "named", createdBy: userId });
    },

    async list(userId: string, timelineId: string): Promise<VersionDTO[]> {
      await requireRole(timelineId, userId, "read");
      return q.listVersions(db, timelineId);
    },

    /** The version's document state, as one Yjs update (or the live one for "now"). */
    async state(userId: string, timelineId: string, input: unknown): Promise<Uint8Array> {
      await requireRole(timelineId, userId, "read");
      return state(timelineId, ref(input, "version"));
    },

    async compare(
      userId: string,
      timelineId: string,
      from: unknown,
      to: unknown,
    ): Promise<TimelineComparison> {
      await requireRole(timelineId, userId, "read");
      const [before, after] = await Promise.all([
        state(timelineId, ref(from, "from")),
        state(timelineId, ref(to, "to")),
      ]);
      const a = versionDoc(before);
      const b = versionDoc(after);
      try {
        return compareTimelines(a, b);
      } finally {
        a.destroy();
        b.destroy();
      }
    },

    /**
     * Restores one entry, or the whole timeline, from a version: a change on
     * top of the present, made for the caller and seen live by everyone.
     */
    async restore(
      userId: string,
      timelineId: string,
      versionInput: unknown,
      input: unknown,
    ): Promise<{ restored: "entry" | "timeline"; savedBefore: VersionDTO }> {
      await requireRole(timelineId, userId, "edit");
      const number = ref(versionInput, "version");
      if (number === "now")
        throw new ServiceProblem(422, "invalid_request", "Restore from a saved version.");
      const { entryId } = parseInput(RestoreSchema, input);
      const source = versionDoc(await state(timelineId, number));
      try {
        if (entryId) {
          const inVersion = hasEntry(source, entryId);
          const inPresent = await rooms.read(timelineId, (doc) => hasEntry(doc, entryId));
          if (!inVersion && !inPresent)
            throw new ServiceProblem(404, "entry_not_found", "There is no such entry.");
        }
        // The present, kept first: restoring it undoes this restore.
        const savedBefore = await save(timelineId, {
          name: `Before restoring ${entryId ? "an entry from " : ""}version ${number}`,
          kind: "restore",
          createdBy: userId,
        });
        await rooms.change(
          timelineId,
          (doc) => (entryId ? restoreEntry(doc, source, entryId) : restoreTimeline(doc, source)),
          userId,
        );
        return { restored: entryId ? "entry" : "timeline", savedBefore };
      } finally {
        source.destroy();
      }
    },
  };
}

export type Versions = ReturnType<typeof createVersions>;
