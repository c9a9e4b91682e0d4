/**
 * Websocket close codes the collaboration server uses, with the reasons it
 * sends. Codes 4000–4999 are free for applications; ours echo HTTP statuses,
 * and 4400–4499 tell the client not to reconnect.
 */
export const CloseCode = {
  /** The server is shutting down or restarting; reconnect. */
  goingAway: 1001,
  /** A frame that is not a valid y-websocket message (bad encoding, text frame, corrupt update). */
  malformedMessage: 4400,
  /** The session or token was revoked or signed out while connected. */
  unauthorized: 4401,
  /** The user's membership was removed while connected. */
  forbidden: 4403,
  /** The timeline was deleted while connected. */
  timelineDeleted: 4404,
  /** A message larger than the server's limit (MAX_MESSAGE_BYTES). */
  messageTooLarge: 4413,
  /** The user's role changed while connected; reconnect to continue with the new role. */
  roleChanged: 4205,
  /** The connection sent more messages than the rate limit allows. */
  rateLimited: 4429,
  /** The server could not store an update; nothing from it was applied. Reconnect to resend. */
  storageFailed: 4500,
} as const;

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

export const CloseReason: Record<CloseCodeValue, string> = {
  [CloseCode.goingAway]: "server_going_away",
  [CloseCode.malformedMessage]: "malformed_message",
  [CloseCode.unauthorized]: "unauthorized",
  [CloseCode.forbidden]: "forbidden",
  [CloseCode.roleChanged]: "role_changed",
  [CloseCode.rateLimited]: "rate_limited",
  [CloseCode.timelineDeleted]: "timeline_deleted",
  [CloseCode.messageTooLarge]: "message_too_large",
  [CloseCode.storageFailed]: "storage_failed",
};

/**
 * Close codes after which reconnecting is pointless: 4400–4499, the range the
 * stock y-websocket provider also stops reconnecting on.
 */
export function isPermanentClose(code: number): boolean {
  return code >= 4400 && code < 4500;
}

/** A sentence a user can read, for a close code. */
export function describeClose(code: number): string {
  switch (code) {
    case CloseCode.malformedMessage:
      return "The server refused a malformed message from this page.";
    case CloseCode.timelineDeleted:
      return "This timeline was deleted.";
    case CloseCode.unauthorized:
      return "You were signed out.";
    case CloseCode.forbidden:
      return "You no longer have access to this timeline.";
    case CloseCode.roleChanged:
      return "Your role on this timeline changed; reconnecting.";
    case CloseCode.rateLimited:
      return "This page sent too many changes at once; reconnecting.";
    case CloseCode.messageTooLarge:
      return "A change was too large to send.";
    case CloseCode.storageFailed:
      return "The server could not save a change; reconnecting.";
    case CloseCode.goingAway:
      return "The server is restarting; reconnecting.";
    default:
      return "The connection closed.";
  }
}
