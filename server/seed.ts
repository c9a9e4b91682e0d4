import type pino from "pino";
import type * as Y from "yjs";
import type { Db } from "../db/client";
import { insertTimeline } from "../db/queries/timelines";
import type { Role } from "../lib/auth/roles";
import { buildDemoTimeline, DEMO_TIMELINE_TITLE } from "../lib/demo";
import { listEntries, newId, readEntryContent } from "../lib/document";
import { buildRelease } from "../lib/publish/build";
import { publishChecklist } from "../lib/publish/checklist";
import { contentHash } from "../lib/review/hash";
import type { ReviewDTO } from "../lib/review/protocol";
import type { Auth } from "./auth/auth";
import type { CollabHub } from "./collab/hub";
import { createDemoAccounts } from "./demoAccounts";

/**
 * Creates the demo timeline (server/main.ts calls this on the first start,
 * when there is no timeline at all), with one demo account per role as its
 * members. Its content goes through the room like any server change, so it
 * is in the update log before anyone can open it. Then the demo reviewer
 * approves the entries that can be published as they are, the editor asks
 * for review of a few others, and the demo owner publishes a first release,
 * so every stage of the workflow (and the public page) can be tried at once.
 */
export async function createDemoTimeline(
  db: Db,
  hub: CollabHub,
  log: pino.Logger,
  auth: Auth,
): Promise<string> {
  const id = newId();
  await insertTimeline(db, { id, title: DEMO_TIMELINE_TITLE });
  await hub.rooms.change(id, (doc) => buildDemoTimeline(doc));
  log.info({ timelineId: id }, "created the demo timeline");
  const users = await createDemoAccounts(auth, db, id, log);
  await reviewAndPublish(hub, id, users);
  return id;
}

/** How many publishable entries the demo leaves waiting in review, to show the queue. */
const LEFT_IN_REVIEW = 4;

async function reviewAndPublish(
  hub: CollabHub,
  timelineId: string,
  users: Map<Role, string>,
): Promise<void> {
  const owner = users.get("owner");
  const editor = users.get("editor");
  const reviewer = users.get("reviewer");
  if (!owner || !editor || !reviewer) return;
  const publishable = await hub.rooms.read(timelineId, publishableEntries);
  const waiting = publishable.slice(-LEFT_IN_REVIEW);
  for (const entryId of publishable.slice(0, -LEFT_IN_REVIEW))
    await hub.review.approve(reviewer, timelineId, {
      entryId,
      note: "Checked against the cited sections.",
    });
  for (const entryId of waiting)
    await hub.review.request(editor, timelineId, { entryId, assigneeId: reviewer });
  await hub.publishing.publish(owner, timelineId, {
    kind: "first",
    note: "The first public version of the demo timeline.",
  });
}

/**
 * The entries that could be published as they are: a release of every
 * entry, as if all were approved, leaves out those with a blocking
 * checklist item (an uncited account, a dispute without a public note).
 */
function publishableEntries(doc: Y.Doc): string[] {
  const person = { id: "demo", name: "Demo", color: "#6b6b64" };
  const reviews = new Map<string, ReviewDTO>();
  for (const { id } of listEntries(doc)) {
    const content = readEntryContent(doc, id);
    if (!content) continue;
    const at = new Date(0).toISOString();
    reviews.set(id, {
      entryId: id,
      state: "approved",
      assignee: null,
      note: "",
      updatedBy: person,
      updatedAt: at,
      approval: { hash: contentHash(content), content, by: person, at },
    });
  }
  const built = buildRelease(doc, reviews, {
    timelineId: "demo",
    number: 1,
    kind: "first",
    note: "",
    publishedAt: new Date(0).toISOString(),
    publishedBy: "Demo",
  });
  const blocked = new Set(
    publishChecklist({ ...built, threads: [], doc })
      .filter((item) => item.blocking)
      .map((item) => item.entryId),
  );
  return built.release.entries.map((entry) => entry.id).filter((id) => !blocked.has(id));
}
