/** Timeline ids in URLs: letters, digits, `_` and `-` (uuids fit). */
export const TIMELINE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** The websocket path prefix; the y-websocket provider appends `/<timelineId>`. */
export const COLLAB_PREFIX = "/collab";

export function isTimelineId(value: string): boolean {
  return TIMELINE_ID_PATTERN.test(value);
}

export type CollabPath =
  | { kind: "timeline"; timelineId: string }
  | { kind: "malformed" }
  | { kind: "other" };

/** Classifies a request path: a collab path with a valid id, a malformed one, or not ours at all. */
export function parseCollabPath(pathname: string): CollabPath {
  if (pathname !== COLLAB_PREFIX && !pathname.startsWith(`${COLLAB_PREFIX}/`))
    return { kind: "other" };
  const rest = pathname.slice(COLLAB_PREFIX.length + 1);
  let id: string;
  try {
    id = decodeURIComponent(rest);
  } catch {
    return { kind: "malformed" };
  }
  return isTimelineId(id) ? { kind: "timeline", timelineId: id } : { kind: "malformed" };
}
