/**
 * The websocket enforces roles with stock clients against the real server:
 * read-only roles read but never write, presence carries the authenticated
 * identity whatever a client claims (and the new one after a profile change),
 * revoking a token cuts its socket off, and a membership change resets the
 * member's sockets (4205, 4403).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertTimeline } from "../../db/queries/timelines";
import type { Role } from "../../lib/auth/roles";
import { CloseCode } from "../../lib/collab/closeCodes";
import { createEntry, listEntries } from "../../lib/document";
import { type Backend, createBackend } from "../helpers/backends";
import { connectStockClients } from "../helpers/clients";
import { loadStoredDoc, withDatabase } from "../helpers/database";
import { openDiscussionSocket } from "../helpers/discussionSocket";
import { SEEDED_PASSWORD, type SeededMember, seedMember } from "../helpers/members";
import { retryUntil } from "../helpers/retry";
import { startServer, type TestServer } from "../helpers/server";

const READ_ONLY: Role[] = ["reviewer", "commenter", "viewer"];

describe("websocket permissions (PGlite, real server)", () => {
  let backend: Backend;
  let server: TestServer;
  const members = new Map<Role, SeededMember>();
  let spare: SeededMember & { email: string };
  let owner: SeededMember;
  let movable: SeededMember;
  let renamed: SeededMember & { email: string };

  beforeAll(async () => {
    backend = await createBackend("pglite");
    await withDatabase(backend, async ({ db }) => {
      await insertTimeline(db, { id: "roles", title: "Roles" });
      for (const role of ["editor", ...READ_ONLY] as Role[])
        members.set(
          role,
          await seedMember(db, { name: `The ${role}`, role, timelineIds: ["roles"] }),
        );
      spare = await seedMember(db, {
        name: "Revocable",
        role: "editor",
        timelineIds: ["roles"],
        password: true,
      });
      owner = await seedMember(db, { name: "The owner", role: "owner", timelineIds: ["roles"] });
      movable = await seedMember(db, { name: "Moved", role: "viewer", timelineIds: ["roles"] });
      renamed = await seedMember(db, {
        name: "Old Name",
        role: "commenter",
        timelineIds: ["roles"],
        password: true,
      });
    });
    server = await startServer(backend, { PARALLAX_WEB: "1" });
  });

  afterAll(async () => {
    await server?.stop();
    await backend?.dispose();
  });

  const as = (role: Role) => ({ collabUrl: server.collabUrl, token: members.get(role)?.token });

  /** Signs in with the seeded password; returns the session cookie. */
  async function signIn(email: string): Promise<string> {
    const response = await fetch(`${server.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ email, password: SEEDED_PASSWORD }),
    });
    expect(response.status).toBe(200);
    return response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
  }

  it("lets read-only roles read, and drops what they write", async () => {
    const [editor] = await connectStockClients(as("editor"), "roles", 1);
    const readers = await Promise.all(
      READ_ONLY.map(async (role) => (await connectStockClients(as(role), "roles", 1))[0]),
    );
    for (const [i, reader] of readers.entries())
      createEntry(reader.doc, { title: `forged by ${READ_ONLY[i]}` });
    // Written after the refused ones: once every reader has it, the server has judged theirs.
    const marker = createEntry(editor.doc, { title: "by the editor" });
    await retryUntil(() => readers.every((r) => listEntries(r.doc).some((e) => e.id === marker)));
    expect(listEntries(editor.doc).map((e) => e.title)).toEqual(["by the editor"]);
    for (const client of [editor, ...readers]) client.destroy();

    expect(await server.stop()).toBe(0);
    const stored = await loadStoredDoc(backend, "roles");
    expect(listEntries(stored).map((e) => e.title)).toEqual(["by the editor"]);
    server = await startServer(backend, { PARALLAX_WEB: "1" });
  });

  it("stamps presence with the authenticated identity", async () => {
    const [viewer] = await connectStockClients(as("viewer"), "roles", 1);
    const [editor] = await connectStockClients(as("editor"), "roles", 1);
    viewer.provider.awareness.setLocalStateField("user", { name: "The owner", color: "#000000" });
    const seen = () =>
      editor.provider.awareness.getStates().get(viewer.provider.awareness.clientID)?.user as
        | { name?: string; id?: string }
        | undefined;
    await retryUntil(() => seen()?.name !== undefined);
    expect(seen()).toMatchObject({ name: "The viewer", id: members.get("viewer")?.userId });
    viewer.destroy();
    editor.destroy();
  });

  it("closes a socket within a second of its token being revoked", async () => {
    const [client] = await connectStockClients(
      { collabUrl: server.collabUrl, token: spare.token },
      "roles",
      1,
    );
    const closed = new Promise<number>((resolve) =>
      client.provider.once("connection-close", (event) => resolve(event?.code ?? 0)),
    );
    // Tokens are managed from a browser session: sign in, then revoke.
    const cookie = await signIn(spare.email);
    const response = await fetch(`${server.url}/api/tokens/${spare.tokenId}`, {
      method: "DELETE",
      headers: { cookie, origin: server.url },
    });
    expect(response.status).toBeLessThan(300);
    const started = performance.now();
    expect(await closed).toBe(CloseCode.unauthorized);
    expect(performance.now() - started).toBeLessThan(1000);
    client.destroy();
    const refused = await fetch(`${server.url}/api/tokens`, {
      headers: { authorization: `Bearer ${spare.token}` },
    });
    expect(refused.status).toBe(401);
  });

  it("reconnects a member whose role changed (4205) with the new role, and cuts off a removed one (4403)", async () => {
    const member = `${server.url}/api/timelines/roles/members/${movable.userId}`;
    const asOwner = (method: string, body?: unknown) =>
      fetch(member, {
        method,
        headers: {
          authorization: `Bearer ${owner.token}`,
          "content-type": "application/json",
          origin: server.url,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const [editor] = await connectStockClients(as("editor"), "roles", 1);
    const [moved] = await connectStockClients(
      { collabUrl: server.collabUrl, token: movable.token },
      "roles",
      1,
    );
    const closes: number[] = [];
    moved.provider.on("connection-close", (event) => closes.push(event?.code ?? 0));

    // Viewer to editor: the socket closes with 4205, the provider reconnects, and now it writes.
    expect((await asOwner("PATCH", { role: "editor" })).status).toBe(200);
    await retryUntil(() => closes.includes(CloseCode.roleChanged));
    await retryUntil(() => moved.provider.wsconnected && moved.provider.synced);
    const written = createEntry(moved.doc, { title: "written after the promotion" });
    await retryUntil(() => listEntries(editor.doc).some((entry) => entry.id === written));

    // Removed: the socket closes with 4403, and reconnecting is refused before the upgrade.
    expect((await asOwner("DELETE")).status).toBeLessThan(300);
    await retryUntil(() => closes.includes(CloseCode.forbidden));
    await expect(
      openDiscussionSocket(`${server.collabUrl}/roles?token=${movable.token}`, { sync: false }),
    ).rejects.toThrow("HTTP 403");
    const late = createEntry(moved.doc, { title: "written after the removal" });
    // The editor's own write arrives; the removed member's never does.
    const marker = createEntry(editor.doc, { title: "marker" });
    await retryUntil(() => listEntries(editor.doc).some((entry) => entry.id === marker));
    expect(listEntries(editor.doc).some((entry) => entry.id === late)).toBe(false);
    moved.destroy();
    editor.destroy();
  });

  it("stamps a changed name and colour on the user's live presence, without a reconnect", async () => {
    const [observer] = await connectStockClients(as("editor"), "roles", 1);
    const [client] = await connectStockClients(
      { collabUrl: server.collabUrl, token: renamed.token },
      "roles",
      1,
    );
    let closes = 0;
    client.provider.on("connection-close", () => {
      closes++;
    });
    const seen = () =>
      observer.provider.awareness.getStates().get(client.provider.awareness.clientID)?.user as
        | { name?: string; color?: string }
        | undefined;
    client.provider.awareness.setLocalStateField("cursor", 1);
    await retryUntil(() => seen()?.name === "Old Name");

    const cookie = await signIn(renamed.email);
    const update = await fetch(`${server.url}/api/auth/update-user`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url, cookie },
      body: JSON.stringify({ name: "New Name", color: "#be185d" }),
    });
    expect(update.status).toBe(200);
    // The client's next awareness update (a caret move, or the 15-second renewal) carries it.
    client.provider.awareness.setLocalStateField("cursor", 2);
    await retryUntil(() => seen()?.name === "New Name");
    expect(seen()).toMatchObject({ name: "New Name", color: "#be185d" });
    expect(closes).toBe(0);
    client.destroy();
    observer.destroy();
  });
});
