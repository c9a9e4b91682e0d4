import type { ApiTokenInfo } from "@/lib/account";
import { ApiError, api } from "../apiClient";

/**
 * The browser's side of accounts: better-auth's endpoints under /api/auth
 * (sign-in, sign-up, sign-out, profile) and the token API under /api/tokens.
 * Errors come back as ApiError with a message written for people.
 */

/** better-auth's error codes, in words a person can act on. */
const MESSAGES: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD:
    "That email and password don't match an account. Check both and try again.",
  USER_ALREADY_EXISTS: "There is already an account with this email. Sign in instead.",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL:
    "There is already an account with this email. Sign in instead.",
  PASSWORD_TOO_SHORT: "Use at least 8 characters for the password.",
  PASSWORD_TOO_LONG: "Use at most 128 characters for the password.",
  INVALID_EMAIL: "Enter a valid email address, like name@example.com.",
};

/** Which form field a better-auth error code is about. */
const FIELDS: Record<string, string> = {
  USER_ALREADY_EXISTS: "email",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: "email",
  INVALID_EMAIL: "email",
  PASSWORD_TOO_SHORT: "password",
  PASSWORD_TOO_LONG: "password",
  INVALID_NAME: "name",
  INVALID_COLOR: "color",
};

async function authCall<T>(path: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(
      0,
      "network_error",
      "Could not reach the server. Check your connection and try again.",
    );
  }
  const data = (await response.json().catch(() => null)) as
    | (T & { code?: string; message?: string })
    | null;
  if (!response.ok) {
    if (response.status === 429) {
      throw new ApiError(429, "rate_limited", "Too many attempts. Wait a minute, then try again.");
    }
    const code = data?.code ?? "http_error";
    const message =
      MESSAGES[code] ?? data?.message ?? `The server answered ${response.status}. Try again.`;
    throw new ApiError(response.status, code, message, FIELDS[code]);
  }
  return data as T;
}

export const account = {
  signIn: (email: string, password: string) =>
    authCall<unknown>("/sign-in/email", { email, password, rememberMe: true }),
  signUp: (input: { email: string; password: string; name: string; color?: string }) =>
    authCall<unknown>("/sign-up/email", input),
  signOut: () => authCall<unknown>("/sign-out", {}),
  updateProfile: (patch: { name?: string; color?: string }) =>
    authCall<unknown>("/update-user", patch),
  listTokens: () => api.call<{ tokens: ApiTokenInfo[] }>("GET", "/api/tokens"),
  createToken: (name: string) =>
    api.call<{ token: ApiTokenInfo; secret: string }>("POST", "/api/tokens", { name }),
  revokeToken: (id: string) => api.call<void>("DELETE", `/api/tokens/${encodeURIComponent(id)}`),
};
