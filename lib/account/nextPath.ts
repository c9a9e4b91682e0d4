/**
 * Where to go after signing in: a path on this site, never another origin,
 * so a crafted `?next=` cannot send someone elsewhere (an open redirect).
 */
export function safeNextPath(value: string | null | undefined, fallback = "/"): string {
  if (!value || value.length > 2000) return fallback;
  // "/x" only: not "//host", "/\host" (browsers treat both as another origin), nor control characters.
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return fallback;
  }
  return value;
}

/** The sign-in page's address, remembering where to come back to. */
export function signInPath(next: string): string {
  const safe = safeNextPath(next);
  return safe === "/" ? "/signin" : `/signin?next=${encodeURIComponent(safe)}`;
}
