/**
 * In-page anchors of the public page. Entry anchors use the entry id, so a
 * link to an entry keeps working across releases (the JSON-LD names them
 * too); notes are numbered by the entry's position, which is fixed within
 * a release and keeps a 5,000-entry page small. Ids come from the release
 * (any string), so they are percent-encoded.
 */
const clean = (id: string) => encodeURIComponent(id);

export const entryAnchor = (entryId: string) => `entry-${clean(entryId)}`;
/** Note n of the entry at `position`, and its marker in the text. */
export const noteId = (position: number, n: number) => `n${position}-${n}`;
export const noteRefId = (position: number, n: number) => `r${position}-${n}`;
export const sourceAnchor = (sourceId: string) => `source-${clean(sourceId)}`;
