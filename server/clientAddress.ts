import type { IncomingMessage } from "node:http";

/**
 * Makes `x-forwarded-for` name the real client: the socket's address, unless
 * TRUST_PROXY says a reverse proxy in front of us sets the header. Anything a
 * client sends in it otherwise is dropped, so nobody can dodge the sign-in
 * rate limit or write someone else's address into the audit log.
 */
export function stampClientAddress(req: IncomingMessage, trustProxy: boolean): void {
  if (trustProxy && req.headers["x-forwarded-for"]) return;
  const address = req.socket.remoteAddress;
  if (address) req.headers["x-forwarded-for"] = address;
  else delete req.headers["x-forwarded-for"];
}
