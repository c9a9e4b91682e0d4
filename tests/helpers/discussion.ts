import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client";
import { insertThread } from "../../db/queries/discussion";
import type { Role } from "../../lib/auth/roles";
import { type SeededMember, seedMember } from "./members";

/**
 * The discussion suites' shared fixture: one member per role, an outsider,
 * threads written straight to the database, and the role matrix, one table
 * for both transports (tests/integration/discussion-http and -ws).
 */
export const ROLES: Role[] = ["owner", "editor", "reviewer", "commenter", "viewer"];
/** A role, or a signed-in user who is not a member of the timeline. */
export type Actor = Role | "outsider";
export const ACTORS: Actor[] = [...ROLES, "outsider"];

export type Cast = Map<Actor, SeededMember>;

export const TITLE_ANCHOR = {
  field: "title" as const,
  quote: "London",
  prefix: "Talks in ",
  suffix: "",
};

export const newThread = (body: string, extra: Record<string, unknown> = {}) => ({
  entryId: "e1",
  anchor: TITLE_ANCHOR,
  kind: "dispute",
  body,
  ...extra,
});

/** One member per role on `timelineIds` (named "The <role>"), and an outsider who owns only `elsewhere`. */
export async function seedCast(db: Db, timelineIds: string[], elsewhere: string): Promise<Cast> {
  const cast: Cast = new Map();
  for (const role of ROLES)
    cast.set(role, await seedMember(db, { name: `The ${role}`, role, timelineIds }));
  cast.set(
    "outsider",
    await seedMember(db, { name: "Outsider", role: "owner", timelineIds: [elsewhere] }),
  );
  return cast;
}

/**
 * A thread with one comment by `authorId`, written to the database directly
 * (before the server starts): for comments by people who may no longer
 * write them, such as a commenter since demoted to viewer, or a former member.
 */
export async function seedThread(
  db: Db,
  params: { timelineId: string; authorId: string; body: string },
): Promise<{ threadId: string; commentId: string }> {
  const threadId = randomUUID();
  const commentId = randomUUID();
  await insertThread(
    db,
    {
      id: threadId,
      timelineId: params.timelineId,
      entryId: "e1",
      claimId: null,
      variantId: null,
      anchor: TITLE_ANCHOR,
      kind: "comment",
      createdBy: params.authorId,
    },
    { id: commentId, body: params.body, mentions: [] },
  );
  return { threadId, commentId };
}

/** Each actor's targets: a thread they started, and one someone else started. */
export type MatrixTargets = {
  own: { threadId: string; commentId: string };
  theirs: { threadId: string; commentId: string };
};

/** Whose comment is "someone else's" for an actor. */
export const otherAuthor = (actor: Actor): Role => (actor === "editor" ? "owner" : "editor");

/** Seeds every actor's targets on one timeline. */
export async function seedMatrixTargets(
  db: Db,
  cast: Cast,
  timelineId: string,
): Promise<Map<Actor, MatrixTargets>> {
  const targets = new Map<Actor, MatrixTargets>();
  for (const actor of ACTORS) {
    const id = (who: Actor) => cast.get(who)?.userId as string;
    targets.set(actor, {
      own: await seedThread(db, { timelineId, authorId: id(actor), body: `By the ${actor}` }),
      theirs: await seedThread(db, {
        timelineId,
        authorId: id(otherAuthor(actor)),
        body: `For the ${actor} to try`,
      }),
    });
  }
  return targets;
}

/** Every discussion action, in the order the matrix tries them. */
export const MATRIX_ACTIONS = [
  "list",
  "create",
  "reply",
  "editOwn",
  "editOthers",
  "resolve",
  "reopen",
  "deleteOthers",
  "deleteOwn",
  "inbox",
  "inboxRead",
] as const;
export type MatrixAction = (typeof MATRIX_ACTIONS)[number];

export type Outcome = { status: number; code?: string };

/**
 * The rules, written out: what each caller gets for each action.
 * - Anyone without credentials: 401 (HTTP only; a socket needs them to open).
 * - Not a member: 404 `timeline_not_found` for anything on the timeline (as
 *   for the timeline itself); their own inbox works.
 * - Members read; commenter and above start threads, reply, resolve and reopen,
 *   and edit and delete their own comments; nobody edits another's comment;
 *   only owners delete another's (moderation). Viewers are refused with 403
 *   `forbidden`, their own old comments included.
 */
export function expectedOutcome(
  actor: Actor | "anonymous",
  action: MatrixAction,
  transport: "http" | "ws",
): Outcome {
  const ok: Outcome = {
    status: transport === "http" && (action === "create" || action === "reply") ? 201 : 200,
  };
  const forbidden: Outcome = { status: 403, code: "forbidden" };
  if (actor === "anonymous") return { status: 401, code: "unauthenticated" };
  const personal = action === "inbox" || action === "inboxRead";
  if (personal) return ok;
  if (actor === "outsider") return { status: 404, code: "timeline_not_found" };
  if (action === "list") return ok;
  if (actor === "viewer") return forbidden;
  if (action === "editOthers") return forbidden;
  if (action === "deleteOthers") return actor === "owner" ? ok : forbidden;
  return ok;
}

/** The HTTP request for an action. */
export function httpRequestFor(
  action: MatrixAction,
  timelineId: string,
  t: MatrixTargets,
): { method: string; path: string; body?: unknown } {
  const base = `/api/timelines/${timelineId}/threads`;
  const comment = (x: { threadId: string; commentId: string }) =>
    `${base}/${x.threadId}/comments/${x.commentId}`;
  switch (action) {
    case "list":
      return { method: "GET", path: base };
    case "create":
      return { method: "POST", path: base, body: newThread("A new thread") };
    case "reply":
      return {
        method: "POST",
        path: `${base}/${t.theirs.threadId}/comments`,
        body: { body: "A reply" },
      };
    case "editOwn":
      return { method: "PATCH", path: comment(t.own), body: { body: "Edited" } };
    case "editOthers":
      return { method: "PATCH", path: comment(t.theirs), body: { body: "Hijacked" } };
    case "resolve":
      return { method: "POST", path: `${base}/${t.own.threadId}/resolve` };
    case "reopen":
      return { method: "POST", path: `${base}/${t.own.threadId}/reopen` };
    case "deleteOthers":
      return { method: "DELETE", path: comment(t.theirs) };
    case "deleteOwn":
      return { method: "DELETE", path: comment(t.own) };
    case "inbox":
      return { method: "GET", path: "/api/inbox" };
    case "inboxRead":
      return { method: "POST", path: "/api/inbox/read", body: { ids: "all" } };
  }
}

/** The websocket request for an action (`inbox` has none: its count comes with `subscribe`). */
export function wsRequestFor(
  action: MatrixAction,
  t: MatrixTargets,
): { op: string; args: Record<string, unknown> } | null {
  switch (action) {
    case "list":
      return { op: "subscribe", args: {} };
    case "create":
      return { op: "thread.create", args: newThread("A new thread") };
    case "reply":
      return { op: "comment.add", args: { threadId: t.theirs.threadId, body: "A reply" } };
    case "editOwn":
      return { op: "comment.edit", args: { ...t.own, body: "Edited" } };
    case "editOthers":
      return { op: "comment.edit", args: { ...t.theirs, body: "Hijacked" } };
    case "resolve":
      return { op: "thread.resolve", args: { threadId: t.own.threadId } };
    case "reopen":
      return { op: "thread.reopen", args: { threadId: t.own.threadId } };
    case "deleteOthers":
      return { op: "comment.delete", args: t.theirs };
    case "deleteOwn":
      return { op: "comment.delete", args: t.own };
    case "inbox":
      return null;
    case "inboxRead":
      return { op: "inbox.read", args: { ids: "all" } };
  }
}

/** A JSON fetch against the test server, as `token`'s holder (or nobody). */
export async function apiCall(
  baseUrl: string,
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json().catch(() => ({}))) as Record<string, unknown>,
  };
}
