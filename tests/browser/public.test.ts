/**
 * The public side in real Chromium against the real server: releases are
 * written to the database before the server starts (the demo timeline as
 * release 1 and its correction as release 2, a withdrawn timeline, an old
 * slug, and the XSS corpus), then read the way the public reads them: the
 * page, an older release, the embed, the exports, by keyboard, through axe,
 * with the Content-Security-Policy watching.
 */
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setRole } from "../../db/queries/memberships";
import { accountsDiffer } from "../../lib/document";
import type { Release } from "../../lib/publish/release";
import { type Backend, createBackend } from "../helpers/backends";
import { withDatabase } from "../helpers/database";
import { SEEDED_PASSWORD } from "../helpers/members";
import { startServer, type TestServer } from "../helpers/server";
import { launchChromium } from "./launch";
import {
  addOldSlug,
  CORRECTION_NOTE,
  type DemoReleases,
  demoReleases,
  publishReleases,
  seedOwner,
  setUnpublished,
} from "./publicFixtures";
import { HREF_PAYLOADS, XSS_SLUG, xssRelease } from "./xss-corpus";

const SLUG = "japan-ussr-after-1945";
const OLD_SLUG = "soviet-japanese-talks";
const GONE_SLUG = "withdrawn-timeline";
const IMMUTABLE = "public, max-age=31536000, immutable";
const LATEST = "public, max-age=60, stale-while-revalidate=600";

/** RFC 4180, enough for the exports: quoted cells, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** What went wrong in a page: CSP reports, console errors, uncaught errors, dialogs. */
interface Watch {
  csp: string[];
  errors: string[];
  dialogs: string[];
}

describe("public pages", () => {
  let backend: Backend;
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let url: string;
  let demo: DemoReleases;
  let xss: Release[];
  let ownerEmail: string;
  const demoId = randomUUID();

  beforeAll(async () => {
    backend = await createBackend("pglite");
    await withDatabase(backend, async ({ db }) => {
      const owner = await seedOwner(db);
      ownerEmail = owner.email;
      demo = demoReleases(demoId);
      await publishReleases(db, {
        timelineId: demoId,
        slug: SLUG,
        releases: [demo.first, demo.second],
        ownerId: owner.userId,
      });
      await setRole(db, { timelineId: demoId, userId: owner.userId, role: "owner" });
      await addOldSlug(db, OLD_SLUG, demoId);
      // Published once, then unpublished: the way an owner withdraws a timeline.
      const goneId = randomUUID();
      await publishReleases(db, {
        timelineId: goneId,
        slug: GONE_SLUG,
        releases: [demoReleases(goneId).first],
        ownerId: owner.userId,
      });
      await setUnpublished(db, goneId, true);
      const xssId = randomUUID();
      xss = [xssRelease(xssId, 1), xssRelease(xssId, 2)];
      await publishReleases(db, {
        timelineId: xssId,
        slug: XSS_SLUG,
        releases: xss,
        ownerId: owner.userId,
      });
    });
    server = await startServer(backend, { PARALLAX_WEB: "1" });
    url = server.url;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await context?.close().catch(() => {});
    await browser?.close().catch(() => {});
    await server?.stop().catch(() => {});
    await backend?.dispose();
  });

  /** Opens a page and records every CSP violation, console error, uncaught error and dialog. */
  async function open(path: string, into: BrowserContext = context) {
    const page = await into.newPage();
    const watch: Watch = { csp: [], errors: [], dialogs: [] };
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const w = window as unknown as { __csp?: string[] };
        w.__csp ??= [];
        w.__csp.push(
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        );
      });
    });
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const text = message.text();
      if (/Content.Security.Policy|Refused to/i.test(text)) watch.csp.push(text);
      // The browser reports a 404 or 410 document as a failed load: that status is the point.
      else if (!/Failed to load resource: .* status of 4(04|10)/.test(text))
        watch.errors.push(text);
    });
    page.on("pageerror", (error) => watch.errors.push(error.message));
    page.on("dialog", (dialog) => {
      watch.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const response = await page.goto(`${url}${path}`);
    return { page, watch, status: response?.status() ?? 0 };
  }

  async function cspReports(page: Page): Promise<string[]> {
    return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  }

  const get = (path: string) => fetch(`${url}${path}`, { redirect: "manual" });

  it("shows the latest release: header, axis, entries with notes, accounts differ, sources and changes", async () => {
    const { page, watch, status } = await open(`/p/${SLUG}`);
    expect(status).toBe(200);
    const release = demo.second;
    await expect(page.locator("h1").textContent()).resolves.toBe(release.timeline.title);
    await expect(page.getByTestId("release-line").textContent()).resolves.toBe(
      "Release 2 · Published 5 December 2025 · Correction",
    );
    await expect(page.getByTestId("release-note").textContent()).resolves.toContain(
      CORRECTION_NOTE,
    );

    // Every entry, in the release's order, with its readable date.
    const articles = page.locator("article.pe");
    await expect(articles.count()).resolves.toBe(release.entries.length);
    const titles = await page.locator("article.pe .pe-title").allTextContents();
    expect(titles).toEqual(release.entries.map((entry) => entry.title));
    await expect(articles.first().locator(".pe-date").textContent()).resolves.not.toMatch(
      /^\d{4}-\d{2}/,
    );

    // One axis row per lane, a mark per entry or cluster, disputed ones flagged, each a link.
    const axis = page.getByTestId("public-axis");
    await expect(axis.locator("[data-lane-id]").count()).resolves.toBe(release.lanes.length);
    const marks = axis.locator("a.axis-mark");
    expect(await marks.count()).toBeGreaterThan(5);
    expect(await axis.locator("a.axis-mark[data-disputed] .axis-flag").count()).toBeGreaterThan(0);
    for (const href of await marks.evaluateAll((els) => els.map((a) => a.getAttribute("href")))) {
      expect(href).toMatch(/^#entry-/);
      await expect(page.locator(href as string).count()).resolves.toBe(1);
    }

    // Tick labels lie wholly inside the axis, wide or narrow: none is cut off at an edge.
    const ticks = axis.getByTestId("axis-ticks");
    expect(await ticks.locator("span").count()).toBeGreaterThan(2);
    for (const width of [1280, 700]) {
      await page.setViewportSize({ width, height: 900 });
      const cut = await ticks.evaluate((bar) => {
        const edge = bar.getBoundingClientRect();
        return [...bar.children]
          .filter((label) => {
            const r = label.getBoundingClientRect();
            return r.left < edge.left - 0.5 || r.right > edge.right + 0.5;
          })
          .map((label) => label.textContent);
      });
      expect(cut, `cut off at ${width} px`).toEqual([]);
    }

    // Citation markers link to their numbered note below the entry, and back.
    const marker = page.locator("article.pe .footnote-ref a").first();
    const noteHref = (await marker.getAttribute("href")) as string;
    const note = page.locator(noteHref);
    await expect(note.count()).resolves.toBe(1);
    await expect(note.locator("a").first().getAttribute("href")).resolves.toBe(
      `#${await marker.getAttribute("id")}`,
    );
    await expect(note.locator(".pe-ref").count()).resolves.toBe(1);

    // "Accounts differ" for every disputed or unresolvable claim, each account with its value.
    const differing = release.entries.flatMap((entry) => entry.claims.filter(accountsDiffer));
    expect(differing.length).toBeGreaterThan(0);
    await expect(page.locator(".pe-differ").count()).resolves.toBe(differing.length);
    const box = page.locator(".pe-differ").first();
    const values = await box.locator(".pe-variant > strong").allTextContents();
    expect(values).toEqual(differing[0].variants.map((variant) => variant.value));
    const settled = release.entries.flatMap((entry) =>
      entry.claims.filter((claim) => claim.status === "settled"),
    );
    await expect(page.locator(".pe-settled").count()).resolves.toBe(settled.length);

    // The sources, each once, linked from the notes.
    const sources = page.getByTestId("public-sources").locator("li");
    await expect(sources.count()).resolves.toBe(release.sources.length);
    const refTarget = (await note.locator(".pe-ref").getAttribute("href")) as string;
    await expect(page.locator(refTarget).count()).resolves.toBe(1);

    // What changed since release 1: added and changed link here, removed to release 1.
    const changes = page.getByTestId("release-changes");
    await expect(changes.locator("h3").textContent()).resolves.toBe("What changed since release 1");
    const added = changes.getByTestId("changes-added").locator("a");
    await expect(added.getAttribute("href")).resolves.toBe(`#entry-${demo.added}`);
    await expect(
      changes.getByTestId("changes-changed").locator(`a[href="#entry-${demo.changed}"]`).count(),
    ).resolves.toBe(1);
    await expect(
      changes
        .getByTestId("changes-removed")
        .locator(`a[href="/p/${SLUG}/v/1#entry-${demo.removed}"]`)
        .count(),
    ).resolves.toBe(1);
    const list = page.getByTestId("release-list");
    await expect(list.locator(`a[href="/p/${SLUG}/v/1"]`).count()).resolves.toBe(1);
    await expect(list.textContent()).resolves.toContain(CORRECTION_NOTE);

    // Downloads of this release, and the embed snippet.
    const exports = await page
      .getByTestId("exports")
      .locator("a")
      .evaluateAll((els) => els.map((a) => a.getAttribute("href")));
    expect(exports).toEqual(
      ["json", "csv", "timelinejs.json", "md"].map((format) => `/p/${SLUG}/export/${format}`),
    );
    await expect(page.getByTestId("embed-snippet").textContent()).resolves.toBe(
      `<iframe src="${url}/p/${SLUG}/embed" title="${release.timeline.title}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`,
    );

    expect(await cspReports(page)).toEqual([]);
    expect(watch).toEqual({ csp: [], errors: [], dialogs: [] });
    await page.close();
  });

  it("keeps an older release at /v/n as it was, with its own changes", async () => {
    const { page, watch, status } = await open(`/p/${SLUG}/v/1`);
    expect(status).toBe(200);
    await expect(page.getByTestId("older-release").textContent()).resolves.toContain(
      "permanent copy of release 1",
    );
    await expect(page.getByTestId("release-line").textContent()).resolves.toContain("Release 1");
    await expect(page.locator("article.pe").count()).resolves.toBe(demo.first.entries.length);
    await expect(page.locator(`#entry-${demo.removed}`).count()).resolves.toBe(1);
    await expect(page.locator(`#entry-${demo.added}`).count()).resolves.toBe(0);
    // Release 1 lists only itself: the page never changes, so it cannot name later releases.
    await expect(page.getByTestId("release-list").locator("li").count()).resolves.toBe(1);
    await expect(page.getByTestId("release-changes").count()).resolves.toBe(0);
    await expect(page.locator("#embed").count()).resolves.toBe(0);
    const exports = await page
      .getByTestId("exports")
      .locator("a")
      .evaluateAll((els) => els.map((a) => a.getAttribute("href")));
    expect(exports[0]).toBe(`/p/${SLUG}/v/1/export/json`);
    expect(watch).toEqual({ csp: [], errors: [], dialogs: [] });
    await page.close();
  });

  it("answers 404, 410 and 308 as it should, and caches only what may be cached", async () => {
    const latest = await get(`/p/${SLUG}`);
    expect(latest.status).toBe(200);
    expect(latest.headers.get("cache-control")).toBe(LATEST);
    const pinned = await get(`/p/${SLUG}/v/2`);
    expect(pinned.status).toBe(200);
    expect(pinned.headers.get("cache-control")).toBe(IMMUTABLE);
    expect((await get(`/p/${SLUG}/embed`)).headers.get("cache-control")).toBe(LATEST);

    for (const path of [
      "/p/no-such-timeline",
      `/p/${SLUG}/v/3`,
      `/p/${SLUG}/v/0`,
      `/p/${SLUG}/v/abc`,
      "/p/NOT_A_SLUG",
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("cache-control"), path).toBe("no-store");
    }

    for (const [from, to] of [
      [`/p/${OLD_SLUG}`, `/p/${SLUG}`],
      [`/p/${OLD_SLUG}/v/1`, `/p/${SLUG}/v/1`],
      [`/p/${OLD_SLUG}/embed`, `/p/${SLUG}/embed`],
      [`/p/${OLD_SLUG}/export/csv`, `/p/${SLUG}/export/csv`],
      [`/p/${OLD_SLUG}/v/2/export/md?x=1`, `/p/${SLUG}/v/2/export/md?x=1`],
    ]) {
      const response = await get(from);
      expect(response.status, from).toBe(308);
      const location = new URL(response.headers.get("location") ?? "", url);
      expect(`${location.pathname}${location.search}`, from).toBe(to);
    }

    for (const path of [
      `/p/${GONE_SLUG}`,
      `/p/${GONE_SLUG}/v/1`,
      `/p/${GONE_SLUG}/embed`,
      `/p/${GONE_SLUG}/export/json`,
      `/p/${GONE_SLUG}/v/1/export/md`,
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(410);
      expect(response.headers.get("cache-control"), path).toBe("no-store");
      expect(await response.text(), path).not.toContain("Japan");
    }

    // The withdrawn page says so, in the app's own look, without naming the timeline.
    const { page, status, watch } = await open(`/p/${GONE_SLUG}`);
    expect(status).toBe(410);
    await expect(page.getByTestId("withdrawn").textContent()).resolves.toContain(
      "This timeline was withdrawn",
    );
    expect(watch).toEqual({ csp: [], errors: [], dialogs: [] });
    await page.close();
  });

  it("serves each release as JSON, CSV, TimelineJS and Markdown downloads", async () => {
    const types: Record<string, RegExp> = {
      json: /^application\/json/,
      csv: /^text\/csv/,
      "timelinejs.json": /^application\/json/,
      md: /^text\/markdown/,
    };
    for (const [prefix, number, cache] of [
      [`/p/${SLUG}`, 2, LATEST],
      [`/p/${SLUG}/v/1`, 1, IMMUTABLE],
    ] as const) {
      for (const format of Object.keys(types)) {
        const response = await get(`${prefix}/export/${format}`);
        expect(response.status, format).toBe(200);
        expect(response.headers.get("content-type")).toMatch(types[format]);
        expect(response.headers.get("cache-control")).toBe(cache);
        expect(response.headers.get("content-disposition")).toBe(
          `attachment; filename="${SLUG}-release-${number}.${format}"`,
        );
        expect(response.headers.get("x-content-type-options")).toBe("nosniff");
        const body = await response.text();
        if (format === "json") expect(JSON.parse(body).number).toBe(number);
        if (format === "csv") expect(body.split("\r\n")[0]).toMatch(/^id,date,readable_date,/);
        if (format === "timelinejs.json") expect(JSON.parse(body).events.length).toBeGreaterThan(0);
        if (format === "md") expect(body).toContain(`# ${demo.first.timeline.title}`);
      }
    }
    expect((await get(`/p/${SLUG}/export/pdf`)).status).toBe(404);
    expect((await get(`/p/${SLUG}/v/9/export/json`)).status).toBe(404);
  });

  it("lets the keyboard reach every link, button and axis mark, each with a visible focus ring", async () => {
    for (const path of [`/p/${SLUG}`, `/p/${SLUG}/embed`]) {
      const { page } = await open(path);
      const expected = await page.evaluate(() => {
        const all = document.querySelectorAll<HTMLElement>(
          'a[href], button:not([disabled]), summary, [tabindex]:not([tabindex="-1"])',
        );
        let k = 0;
        for (const el of all) {
          // Hidden, or inside a closed <details> (reached once its summary opens it).
          if (el.getClientRects().length === 0) continue;
          if (el.tagName !== "SUMMARY" && el.closest("details:not([open])")) continue;
          el.dataset.k = String(k++);
        }
        return k;
      });
      expect(expected).toBeGreaterThan(20);
      const reached = new Set<string>();
      const unringed: string[] = [];
      for (let i = 0; i < expected + 5; i++) {
        await page.keyboard.press("Tab");
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const ring =
            (style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 1) ||
            style.boxShadow !== "none";
          return { k: el.dataset.k ?? `?${el.outerHTML.slice(0, 80)}`, ring };
        });
        if (!focus) break;
        if (reached.has(focus.k)) break;
        reached.add(focus.k);
        if (!focus.ring) unringed.push(focus.k);
      }
      const missed = await page.evaluate(
        (seen) =>
          [...document.querySelectorAll<HTMLElement>("[data-k]")]
            .filter((el) => !seen.includes(el.dataset.k ?? ""))
            .map((el) => el.outerHTML.slice(0, 160)),
        [...reached],
      );
      expect(missed, path).toEqual([]);
      expect(reached.size, path).toBe(expected);
      expect(
        [...reached].filter((k) => k.startsWith("?")),
        path,
      ).toEqual([]);
      expect(unringed, path).toEqual([]);

      // Focusing an axis mark shows its title and date, as hovering does.
      const mark = page.locator("a.axis-mark").first();
      await mark.focus();
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Tab");
      await expect(
        mark.locator(".axis-tip").evaluate((el) => getComputedStyle(el).visibility),
      ).resolves.toBe("visible");
      await page.close();
    }
  });

  /** Serious and critical axe findings, one per element, less the `known` ones. */
  async function serious(page: Page) {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(" ")}`));
  }

  it("has no serious or critical accessibility violations (axe) and no CSP violations", async () => {
    for (const path of [
      `/p/${SLUG}`,
      `/p/${SLUG}/v/1`,
      `/p/${SLUG}/embed`,
      `/p/${GONE_SLUG}`,
      "/p/no-such-timeline",
    ]) {
      const { page, watch } = await open(path);
      expect(await serious(page), path).toEqual([]);
      expect(await cspReports(page), path).toEqual([]);
      expect(watch.csp, path).toEqual([]);
      await page.close();
    }
  }, 240_000);

  it("leaves the editor working under the same policy (CSP, axe)", async () => {
    // The editor, signed in, with the same policy.
    const editor = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const { page: signin } = await open("/signin", editor);
      await signin.getByTestId("signin-email").fill(ownerEmail);
      await signin.getByTestId("signin-password").fill(SEEDED_PASSWORD);
      await signin.getByTestId("signin-submit").click();
      await signin.waitForURL(`${url}/`);
      expect(await cspReports(signin)).toEqual([]);
      const created = await editor.request.post(`${url}/api/timelines`, {
        data: { title: "Accessible editor" },
        headers: { origin: url },
      });
      expect(created.status()).toBe(201);
      const { timeline } = (await created.json()) as { timeline: { id: string } };
      const { page, watch } = await open(`/t/${timeline.id}`, editor);
      await page.locator('[data-testid="sync-status"][data-state="saved"]').waitFor();
      await page.getByRole("button", { name: "Add entry", exact: true }).first().click();
      await page.getByRole("article").first().waitFor();
      await page.keyboard.type("Typed under the policy");
      await page.locator('[data-testid="sync-status"][data-state="saved"]').waitFor();
      // The sources panel loads citation-js and citeproc on demand.
      await page.getByTestId("sources-button").click();
      await page.getByTestId("sources-panel").waitFor();
      expect(await serious(page), "editor").toEqual([]);
      expect(await cspReports(page), "editor").toEqual([]);
      expect(watch.csp, "editor").toEqual([]);
      expect(watch.errors, "editor").toEqual([]);
    } finally {
      await editor.close();
    }
  });

  it("may be framed by any site as the embed, and by none as anything else", async () => {
    // Another origin (another port) frames the embed and the full page.
    const host: Server = createServer((_req, res) => {
      res.setHeader("content-type", "text/html");
      res.end(
        `<!doctype html><title>Host</title><iframe id="embed" src="${url}/p/${SLUG}/embed"></iframe><iframe id="page" src="${url}/p/${SLUG}"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    const page = await context.newPage();
    const refused: string[] = [];
    page.on("console", (message) => {
      if (/frame-ancestors/.test(message.text())) refused.push(message.text());
    });
    try {
      await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
      const embed = page.frameLocator("#embed");
      await embed.getByTestId("embed").waitFor();
      await expect(embed.getByTestId("release-line").textContent()).resolves.toContain("Release 2");
      // Links that leave the embed open in a new tab.
      const targets = await embed
        .locator("a[href]:not([href^='#'])")
        .evaluateAll((els) => els.map((a) => a.getAttribute("target")));
      expect(targets.length).toBeGreaterThan(0);
      expect(new Set(targets)).toEqual(new Set(["_blank"]));
      await expect.poll(() => refused.length).toBeGreaterThan(0);
      await expect(page.frameLocator("#page").getByTestId("release-line").count()).resolves.toBe(0);
    } finally {
      await page.close();
      await new Promise((resolve) => host.close(resolve));
    }
  });

  it("copies the embed snippet", async () => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: url });
    const { page, watch } = await open(`/p/${SLUG}`);
    await page.getByTestId("copy-embed").click();
    await expect.poll(() => page.getByRole("status").textContent()).toBe("Copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.getByTestId("embed-snippet").textContent());
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it("describes itself to link previews and search engines (OpenGraph, JSON-LD)", async () => {
    const { page } = await open(`/p/${SLUG}/v/1`);
    const meta = (property: string) =>
      page.locator(`meta[property="${property}"]`).getAttribute("content");
    await expect(meta("og:title")).resolves.toBe(demo.first.timeline.title);
    await expect(meta("og:type")).resolves.toBe("article");
    await expect(meta("og:url")).resolves.toBe(`${url}/p/${SLUG}/v/1`);
    expect(await meta("og:description")).toBeTruthy();
    const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(ld).toHaveLength(1);
    const graph = JSON.parse(ld[0])["@graph"] as { "@type": string; url?: string }[];
    expect(graph[0]).toMatchObject({ "@type": "WebPage", url: `${url}/p/${SLUG}/v/1` });
    await page.close();
  });

  describe("hostile content (tests/browser/xss-corpus.ts)", () => {
    it("renders as text on the page, an older release and the embed: nothing runs", async () => {
      for (const path of [`/p/${XSS_SLUG}`, `/p/${XSS_SLUG}/v/1`, `/p/${XSS_SLUG}/embed`]) {
        const { page, watch, status } = await open(path);
        expect(status, path).toBe(200);
        await expect(page.locator("h1").textContent()).resolves.toContain(
          "</script><script>window.__xss=1</script>",
        );

        // Links: only http(s), mailto and in-page ones, however the href was spelled.
        const protocols = await page
          .locator("a[href]")
          .evaluateAll((els) =>
            (els as HTMLAnchorElement[]).map((a) => `${a.protocol} ${a.getAttribute("href")}`),
          );
        for (const item of protocols) expect(item, path).toMatch(/^(https?:|mailto:) /);
        const hostileLinks = await page
          .locator("a[href]")
          .evaluateAll(
            (els, payloads) =>
              (els as HTMLAnchorElement[]).filter((a) =>
                payloads.includes(a.getAttribute("href") ?? ""),
              ).length,
            [...HREF_PAYLOADS] as string[],
          );
        expect(hostileLinks).toBe(0);

        // Hover, focus and click every link: safe ones are stopped before they navigate,
        // anything else is let through, so a live `javascript:` link would run.
        await page.evaluate(() => {
          document.addEventListener(
            "click",
            (event) => {
              const a = (event.target as Element).closest("a");
              if (a && /^(https?|mailto):$/.test(a.protocol)) event.preventDefault();
            },
            true,
          );
        });
        const links = page.locator("article a[href], .pe-box a[href], #sources a[href]");
        const count = await links.count();
        for (let i = 0; i < count; i++) {
          const link = links.nth(i);
          if (!(await link.isVisible())) continue;
          await link.hover();
          await link.focus();
          await link.click({ noWaitAfter: true });
        }
        for (const el of await page.locator("article, .pe-box, h1, h4, li, p").all()) {
          await el.hover({ trial: false, force: true }).catch(() => {});
          if ((await page.evaluate(() => location.pathname)) !== path) break;
        }

        const state = await page.evaluate(() => {
          const scripts = [...document.querySelectorAll("script")];
          const handlers = [...document.querySelectorAll("*")].flatMap((el) =>
            [...el.attributes]
              .filter((attr) => attr.name.toLowerCase().startsWith("on"))
              .map((attr) => `${el.tagName} ${attr.name}`),
          );
          return {
            xss: (window as unknown as { __xss?: unknown }).__xss,
            handlers,
            injected: document.querySelectorAll("img, iframe, object, embed, video, audio, form")
              .length,
            foreignSvg: [...document.querySelectorAll("svg")].filter(
              (svg) =>
                !svg.closest("a, button, header, .pe-flag") &&
                svg.getAttribute("aria-hidden") !== "true",
            ).length,
            scripts: scripts.map((s) => ({
              type: s.type,
              src: s.getAttribute("src") ?? "",
              nonce: s.nonce,
            })),
          };
        });
        expect(state.xss, path).toBeUndefined();
        expect(state.handlers, path).toEqual([]);
        expect(state.injected, path).toBe(0);
        expect(state.foreignSvg, path).toBe(0);
        // Only Next's own scripts (with the request's nonce) and the one JSON-LD block.
        const ld = state.scripts.filter((s) => s.type === "application/ld+json");
        expect(ld.length, path).toBe(path.endsWith("/embed") ? 0 : 1);
        for (const script of state.scripts.filter((s) => s.type !== "application/ld+json")) {
          expect(script.nonce, path).not.toBe("");
          if (script.src) expect(script.src, path).toMatch(/^\/_next\/static\//);
        }
        if (ld.length) {
          const text = await page.locator('script[type="application/ld+json"]').textContent();
          expect(JSON.parse(text ?? "")["@graph"][0].name).toContain("</script><script>");
        }
        expect(await cspReports(page), path).toEqual([]);
        expect(watch.dialogs, path).toEqual([]);
        expect(watch.errors, path).toEqual([]);
        await page.close();
      }
    });

    it("keeps hostile hrefs out of the downloads", async () => {
      const md = await (await get(`/p/${XSS_SLUG}/export/md`)).text();
      // A Markdown link or autolink to anything but http(s) or mailto is live in most renderers.
      // An escaped bracket (`\]`) starts no link.
      const mdLinks = [...md.matchAll(/(?<!\\)\]\(\s*<?([^)>\s]*)/g)].map((m) => m[1]);
      for (const href of mdLinks) expect(href).toMatch(/^(https?:|mailto:|#)/);
      expect(md).not.toMatch(/(?<!\\)<(javascript|data|vbscript):/i);
      expect(md).not.toMatch(/(?<!\\)<(script|img|svg|iframe)/i);

      // TimelineJS shows its text fields as HTML: parse each, as a browser would.
      const timeline = JSON.parse(
        await (await get(`/p/${XSS_SLUG}/v/2/export/timelinejs.json`)).text(),
      ) as unknown;
      const page = await context.newPage();
      const found = await page.evaluate((doc) => {
        const out: string[] = [];
        const visit = (value: unknown) => {
          if (typeof value === "string") {
            const body = new DOMParser().parseFromString(value, "text/html").body;
            for (const el of body.querySelectorAll("*")) {
              if (
                /^(SCRIPT|IMG|IFRAME|SVG|OBJECT|EMBED|STYLE|LINK|META|FORM|BASE)$/i.test(el.tagName)
              )
                out.push(el.tagName);
              for (const attr of el.attributes) {
                if (/^(on|style$|src$|srcdoc$)/i.test(attr.name))
                  out.push(`${el.tagName} ${attr.name}`);
              }
              const href = el.getAttribute("href");
              if (href !== null && !/^(https?:|mailto:)/i.test(href)) out.push(`href ${href}`);
            }
          } else if (value && typeof value === "object") Object.values(value).forEach(visit);
        };
        visit(doc);
        return out;
      }, timeline);
      await page.close();
      expect(found).toEqual([]);
      expect(JSON.stringify(timeline)).toContain("&lt;script&gt;");

      // No cell a spreadsheet would run as a formula (=HYPERLINK("javascript:…")).
      const csv = parseCsv(await (await get(`/p/${XSS_SLUG}/export/csv`)).text());
      expect(csv.length).toBe(3);
      for (const cell of csv.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      const json = JSON.parse(await (await get(`/p/${XSS_SLUG}/export/json`)).text()) as Release;
      expect(json.number).toBe(2);
    });
  });
});
