/**
 * Claims, variants and citations end to end: the real server process,
 * unmodified y-websocket providers and a real database (PGlite, and
 * PostgreSQL when reachable). Concurrent edits of one claim converge and
 * survive a crash; read-only roles cannot change claims.
 */

import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { docUpdates, users } from "../../db/schema";
import type { Role } from "../../lib/auth/roles";
import {
  addVariant,
  addVariantCitation,
  createClaim,
  createEntry,
  entryFlags,
  listClaims,
  listEntries,
  setClaimStatus,
  updateVariant,
} from "../../lib/document";
import { availableBackends, type Backend, createBackend } from "../helpers/backends";
import { connectStockClients, expectConverged, type StockClient } from "../helpers/clients";
import { createTimelines, loadStoredDoc, withDatabase } from "../helpers/database";
import { type SeededMember, seedMember } from "../helpers/members";
import { retryUntil } from "../helpers/retry";
import { startServer, type TestServer } from "../helpers/server";

const backends = await availableBackends();

const READ_ONLY: Role[] = ["reviewer", "commenter", "viewer"];

for (const { kind, skip } of backends) {
  describe.skipIf(skip)(`claims over the collaboration server on ${kind}`, () => {
    let backend: Backend;
    let server: TestServer;
    const readers = new Map<Role, SeededMember>();
    const clients: StockClient[] = [];
    const track = (...list: StockClient[]) => {
      clients.push(...list);
      return list;
    };

    beforeAll(async () => {
      backend = await createBackend(kind);
      await createTimelines(backend, ["claims", "claims-roles"]);
      await withDatabase(backend, async ({ db }) => {
        for (const role of READ_ONLY)
          readers.set(
            role,
            await seedMember(db, { name: `The ${role}`, role, timelineIds: ["claims-roles"] }),
          );
      });
      server = await startServer(backend);
    });

    afterEach(() => {
      for (const client of clients.splice(0)) client.destroy();
    });

    afterAll(async () => {
      await server?.stop();
      await backend?.dispose();
    });

    it("merges concurrent edits of one claim's variants and keeps them across a crash", async () => {
      const [a, b] = track(...(await connectStockClients(server, "claims", 2)));
      const entry = createEntry(a.doc, {
        title: "Japanese prisoners of war",
        when: "1945-08",
        body: [{ type: "paragraph", runs: [{ text: "Prisoners taken", claimId: "c-figure" }] }],
      });
      const claim = createClaim(a.doc, entry, {
        id: "c-figure",
        label: "Japanese prisoners taken",
        variants: [
          { value: "594,000", note: "TASS", citations: [{ sourceId: "s-tass", locator: "1" }] },
          { value: "639,776" },
        ],
      });
      await retryUntil(() => expect(listClaims(b.doc, entry)).toEqual(listClaims(a.doc, entry)));
      const [v1, v2] = listClaims(b.doc, entry)[0].variants;
      const tassCitation = v1.citations[0];
      expect(listClaims(b.doc, entry)[0].status).toBe("disputed");

      // Both edit the same claim at once, without waiting for each other.
      updateVariant(a.doc, entry, claim, v1.id, { value: "594,000 (Soviet count)" });
      const v3 = addVariant(a.doc, entry, claim, { value: "575,000", note: "Japanese count" });
      updateVariant(b.doc, entry, claim, v1.id, { note: "TASS, 12 September 1945" });
      updateVariant(b.doc, entry, claim, v2.id, { value: "639,776 (Krivosheev)" });
      const citation = addVariantCitation(b.doc, entry, claim, v2.id, {
        sourceId: "s-krivosheev",
        label: "chapter",
        locator: "6",
      });
      setClaimStatus(b.doc, entry, claim, {
        status: "settled",
        acceptedVariantId: v2.id,
        reason: "The archive count",
      });

      await expectConverged([a.doc, b.doc]);
      await retryUntil(() => expect(listClaims(a.doc, entry)).toEqual(listClaims(b.doc, entry)));
      const merged = listClaims(a.doc, entry);
      expect(merged).toEqual([
        {
          id: claim,
          label: "Japanese prisoners taken",
          status: "settled",
          acceptedVariantId: v2.id,
          reason: "The archive count",
          createdAt: expect.any(Number),
          variants: [
            {
              id: v1.id,
              value: "594,000 (Soviet count)",
              note: "TASS, 12 September 1945",
              order: 0,
              citations: [tassCitation],
            },
            {
              id: v2.id,
              value: "639,776 (Krivosheev)",
              note: "",
              order: 1,
              citations: [
                {
                  id: citation,
                  sourceId: "s-krivosheev",
                  label: "chapter",
                  locator: "6",
                  quote: "",
                },
              ],
            },
            { id: v3, value: "575,000", note: "Japanese count", order: 2, citations: [] },
          ],
        },
      ]);
      const flags = entryFlags(a.doc, entry);
      expect(flags).toEqual({ citations: 0, claims: 1, disputed: 0, unsourced: false });

      // The server stored every update before relaying it: a crash loses nothing.
      a.destroy();
      b.destroy();
      await server.kill9();
      // Each stored update names the user whose socket sent it: here, the test editor.
      const authors = await withDatabase(backend, async ({ db }) =>
        db
          .selectDistinct({ author: docUpdates.author })
          .from(docUpdates)
          .where(eq(docUpdates.docId, "claims")),
      );
      const editorId = await withDatabase(
        backend,
        async ({ db }) =>
          (await db.select({ id: users.id }).from(users).where(eq(users.name, "Test Editor")))[0]
            ?.id,
      );
      expect(authors.map((row) => row.author)).toEqual([editorId]);
      server = await startServer(backend);
      const [c] = track(...(await connectStockClients(server, "claims", 1)));
      expect(listClaims(c.doc, entry)).toEqual(merged);
      expect(entryFlags(c.doc, entry)).toEqual(flags);
    });

    it("drops claim changes from reviewers, commenters and viewers", async () => {
      const [editor] = track(...(await connectStockClients(server, "claims-roles", 1)));
      const entry = createEntry(editor.doc, { title: "Repatriation" });
      const claim = createClaim(editor.doc, entry, {
        label: "Repatriated by 1956",
        variants: [{ value: "about 1,000", citations: [{ sourceId: "s-moscow" }] }],
      });
      const original = listClaims(editor.doc, entry);
      expect(original[0].status).toBe("open");
      const variant = original[0].variants[0].id;

      const clientsOf = await Promise.all(
        READ_ONLY.map(
          async (role) =>
            (
              await connectStockClients(
                { collabUrl: server.collabUrl, token: readers.get(role)?.token },
                "claims-roles",
                1,
              )
            )[0],
        ),
      );
      track(...clientsOf);
      await retryUntil(() =>
        clientsOf.every(
          (r) => JSON.stringify(listClaims(r.doc, entry)) === JSON.stringify(original),
        ),
      );

      for (const [i, reader] of clientsOf.entries()) {
        const role = READ_ONLY[i];
        addVariant(reader.doc, entry, claim, { value: `forged by the ${role}` });
        setClaimStatus(reader.doc, entry, claim, {
          status: "unresolvable",
          reason: `forged by the ${role}`,
        });
        updateVariant(reader.doc, entry, claim, variant, { value: `rewritten by the ${role}` });
        addVariantCitation(reader.doc, entry, claim, variant, { sourceId: `s-${role}` });
        // Locally the change shows; the server must not take it.
        expect(listClaims(reader.doc, entry)[0].status).toBe("unresolvable");
      }

      // Written after the refused ones: once every reader has it, the server has judged theirs.
      const marker = createEntry(editor.doc, { title: "by the editor" });
      await retryUntil(() =>
        clientsOf.every((r) => listEntries(r.doc).some((e) => e.id === marker)),
      );
      expect(listClaims(editor.doc, entry)).toEqual(original);

      // A fresh editor connection reads what the server holds.
      editor.destroy();
      const [again] = track(...(await connectStockClients(server, "claims-roles", 1)));
      expect(listEntries(again.doc).map((e) => e.id)).toContain(marker);
      expect(listClaims(again.doc, entry)).toEqual(original);
      for (const client of clients.splice(0)) client.destroy();

      // And so does the database.
      expect(await server.stop()).toBe(0);
      const stored = await loadStoredDoc(backend, "claims-roles");
      expect(listClaims(stored, entry)).toEqual(original);
      server = await startServer(backend);
    });
  });
}
