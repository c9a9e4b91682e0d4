/**
 * The whole process with the web app: Next route handlers and the websocket
 * hub share one database handle (PGlite allows one process per folder), so
 * what one path writes, the other reads. Also checks that a second start
 * does not rebuild the web app.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CloseCode } from "../../lib/collab/closeCodes";
import { countEntries, createEntry, readMeta } from "../../lib/document";
import { type Backend, createBackend } from "../helpers/backends";
import { connectStockClients } from "../helpers/clients";
import { createTimelines } from "../helpers/database";
import { retryUntil } from "../helpers/retry";
import { startServer, type TestServer } from "../helpers/server";

describe("web app and websocket hub in one process (PGlite)", () => {
  let backend: Backend;
  let server: TestServer;

  beforeAll(async () => {
    backend = await createBackend("pglite");
    // A user with an API token (backend.token), who then creates timelines of their own.
    await createTimelines(backend, ["first"]);
    server = await startServer(backend, { PARALLAX_WEB: "1" });
  });

  afterAll(async () => {
    await server?.stop();
    await backend?.dispose();
  });

  it("says whether it built the web app", () => {
    const messages = server.logs.map((line) => line.msg);
    expect(
      messages.some(
        (msg) =>
          msg === "web build is up to date" ||
          /^building the web app \((missing|stale)\)/.test(String(msg)),
      ),
    ).toBe(true);
  });

  it("what the API writes, the websocket reads, and the other way round", async () => {
    const auth = { authorization: `Bearer ${server.token}` };
    const created = await fetch(`${server.url}/api/timelines`, {
      method: "POST",
      headers: { "content-type": "application/json", ...auth },
      body: JSON.stringify({ title: "Written through the API" }),
    });
    expect(created.status).toBe(201);
    const { timeline } = (await created.json()) as { timeline: { id: string } };

    // API → document: the route handler changed the live document through the shared runtime.
    const [client] = await connectStockClients(server, timeline.id, 1);
    expect(readMeta(client.doc).title).toBe("Written through the API");

    // Websocket → API: entries typed into the document show up in the listing.
    for (let i = 0; i < 3; i++) createEntry(client.doc, { title: `entry ${i}` });
    await retryUntil(
      async () => {
        const res = await fetch(`${server.url}/api/timelines/${timeline.id}`, { headers: auth });
        const body = (await res.json()) as { timeline: { entryCount: number } };
        expect(body.timeline.entryCount).toBe(countEntries(client.doc));
      },
      { timeout: 10_000, interval: 200 },
    );

    // Deleting through the API closes the socket with the named code.
    const closed = new Promise<number>((resolve) =>
      client.provider.once("connection-close", (event) => resolve(event?.code ?? 0)),
    );
    const deleted = await fetch(`${server.url}/api/timelines/${timeline.id}`, {
      method: "DELETE",
      headers: auth,
    });
    expect(deleted.ok).toBe(true);
    expect(await closed).toBe(CloseCode.timelineDeleted);
    client.destroy();
  });

  it("does not rebuild on the next start", async () => {
    expect(await server.stop()).toBe(0);
    server = await startServer(backend, { PARALLAX_WEB: "1" });
    expect(server.logs.some((line) => line.msg === "web build is up to date")).toBe(true);
  });
});
