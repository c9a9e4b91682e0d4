/**
 * The session cookie's name. better-auth names it `<prefix>.session_token`,
 * with `__Secure-` in front when cookies are Secure (served over https).
 */
export const AUTH_COOKIE_PREFIX = "parallax";

export const SESSION_COOKIE_NAMES = [
  `${AUTH_COOKIE_PREFIX}.session_token`,
  `__Secure-${AUTH_COOKIE_PREFIX}.session_token`,
] as const;
