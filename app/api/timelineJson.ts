import type { Role } from "@/lib/auth/roles";
import type { PersonDTO } from "@/lib/discussion/protocol";
import type { RoomRegistry } from "@/server/runtime";

/** The JSON shape of a timeline in API responses. */
export interface TimelineJson {
  id: string;
  title: string;
  entryCount: number;
  createdAt: string;
  updatedAt: string;
  /** The caller's role, where the route knows it. */
  role?: Role;
  /** Who has it open now (on this server), in lists of the caller's timelines. */
  present?: PersonDTO[];
}

interface TimelineRow {
  id: string;
  title: string;
  entryCount: number;
  createdAt: Date | string;
  updatedAt: Date | string;
  role?: Role;
}

const iso = (value: Date | string) =>
  value instanceof Date ? value.toISOString() : new Date(value).toISOString();

export function timelineJson(row: TimelineRow): TimelineJson {
  return {
    id: row.id,
    title: row.title,
    entryCount: row.entryCount,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    ...(row.role ? { role: row.role } : {}),
  };
}

/** The caller's timelines, each with who has it open now. */
export function timelineListJson(rows: TimelineRow[], rooms: RoomRegistry): TimelineJson[] {
  return rows.map((row) => ({ ...timelineJson(row), present: rooms.present(row.id) }));
}
