/**
 * The site's absolute address, for what must name it in full: og:url, the
 * JSON-LD ids and the embed snippet. PUBLIC_URL when it is set (production);
 * otherwise the request's Host, which only development and tests rely on,
 * checked to be a plain host name so it cannot inject anything.
 */
import { headers } from "next/headers";

const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

export async function siteOrigin(): Promise<string> {
  const configured = process.env.PUBLIC_URL?.trim();
  if (configured) {
    try {
      const url = new URL(configured);
      if (url.protocol === "https:" || url.protocol === "http:") return url.origin;
    } catch {
      // Invalid: the server refuses to start with it anyway (server/auth/config.ts).
    }
  }
  const list = await headers();
  const host = list.get("host") ?? "";
  const forwarded = process.env.TRUST_PROXY === "1" ? list.get("x-forwarded-proto") : null;
  const protocol = forwarded === "https" ? "https" : "http";
  return HOST.test(host) ? `${protocol}://${host}` : "http://localhost";
}
