/**
 * The site's Content-Security-Policy. Pages get a fresh nonce per request
 * (proxy.ts): Next.js puts it on its own scripts, including the inline ones
 * that carry the React Server Components payload, so no inline script runs
 * without it. Everything else (API answers, static files) gets the same
 * policy without a nonce, from next.config.js, which repeats `basePolicy`.
 *
 * - `style-src 'unsafe-inline'`: React renders `style` attributes (lane
 *   colours, axis positions) into the server HTML, and no nonce or hash can
 *   allow an attribute. Styles cannot run code.
 * - `connect-src ws: wss:`: the collaboration socket.
 * - `frame-ancestors`: nobody may frame the app, except the public embed.
 * - `'unsafe-eval'` only in development, where React rebuilds call stacks with it.
 */
export interface PolicyOptions {
  /** The request's script nonce (base64); none for responses that carry no HTML. */
  nonce?: string;
  /** May other sites frame this response (the public embed)? */
  frameable?: boolean;
  dev?: boolean;
}

export function contentSecurityPolicy({ nonce, frameable, dev }: PolicyOptions = {}): string {
  const script = ["'self'", nonce && `'nonce-${nonce}'`, dev && "'unsafe-eval'"].filter(Boolean);
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self' ws: wss:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameable ? "*" : "'none'"}`,
  ].join("; ");
}

/** A random script nonce: 128 bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The public embed (/p/<slug>/embed) is the one page other sites may frame. */
export function isEmbedPath(pathname: string): boolean {
  return /^\/p\/[^/]+\/embed\/?$/.test(pathname);
}
