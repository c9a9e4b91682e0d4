import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { isExportFormat, parsePublicPath, publicHref, releaseNumber } from "../../app/p/publicPath";
import { contentSecurityPolicy, isEmbedPath, newNonce } from "../../lib/security/csp";

const require = createRequire(import.meta.url);

describe("the Content-Security-Policy", () => {
  it("is the same in next.config.js (no nonce) as in proxy.ts (with one)", async () => {
    const config = require("../../next.config.js") as {
      headers(): Promise<{ source: string; headers: { key: string; value: string }[] }[]>;
    };
    const [all] = await config.headers();
    expect(all.source).toBe("/:path*");
    const headers = Object.fromEntries(all.headers.map((h) => [h.key, h.value]));
    expect(headers["content-security-policy"]).toBe(contentSecurityPolicy());
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });

  it("allows scripts only from the site and with the request's nonce", () => {
    const nonce = newNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(nonce);
    const policy = contentSecurityPolicy({ nonce });
    expect(policy).toContain(`script-src 'self' 'nonce-${nonce}'`);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline'?;?\s*$|script-src[^;]*unsafe-inline/);
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "frame-ancestors 'none'",
      "form-action 'self'",
      "img-src 'self' data:",
      "connect-src 'self' ws: wss:",
    ])
      expect(policy).toContain(directive);
    expect(contentSecurityPolicy({ nonce, dev: true })).toContain("'unsafe-eval'");
  });

  it("lets other sites frame the public embed and nothing else", () => {
    expect(contentSecurityPolicy({ frameable: true })).toContain("frame-ancestors *");
    expect(isEmbedPath("/p/some-slug/embed")).toBe(true);
    expect(isEmbedPath("/p/some-slug")).toBe(false);
    expect(isEmbedPath("/p/some-slug/v/2/embed")).toBe(false);
    expect(isEmbedPath("/t/embed")).toBe(false);
  });
});

describe("public addresses", () => {
  it("sorts /p paths into pages and exports", () => {
    expect(parsePublicPath("/p/london-talks")).toEqual({
      kind: "page",
      slug: "london-talks",
      view: "latest",
    });
    expect(parsePublicPath("/p/london-talks/embed")).toMatchObject({ view: "embed" });
    expect(parsePublicPath("/p/london-talks/v/12")).toMatchObject({ view: "release", number: 12 });
    expect(parsePublicPath("/p/london-talks/export/csv")).toEqual({
      kind: "export",
      slug: "london-talks",
      number: null,
      format: "csv",
    });
    expect(parsePublicPath("/p/london-talks/v/3/export/md")).toMatchObject({ number: 3 });
    for (const bad of ["/p", "/p/x/v/0", "/p/x/v/01", "/p/x/v/abc", "/p/x/y", "/p/%E0%A4%A"])
      expect(parsePublicPath(bad), bad).toBeNull();
  });

  it("takes release numbers that fit the column only", () => {
    expect(releaseNumber("1")).toBe(1);
    expect(releaseNumber("2147483647")).toBe(2 ** 31 - 1);
    expect(releaseNumber("2147483648")).toBeNull();
    expect(releaseNumber("1e3")).toBeNull();
    expect(releaseNumber("-1")).toBeNull();
  });

  it("builds the addresses the pages link to", () => {
    expect(publicHref("a-b")).toBe("/p/a-b");
    expect(publicHref("a-b", { number: 2 })).toBe("/p/a-b/v/2");
    expect(publicHref("a-b", { embed: true })).toBe("/p/a-b/embed");
    expect(publicHref("a-b", { number: 2, export: "timelinejs.json" })).toBe(
      "/p/a-b/v/2/export/timelinejs.json",
    );
    expect(isExportFormat("md")).toBe(true);
    expect(isExportFormat("pdf")).toBe(false);
  });
});
