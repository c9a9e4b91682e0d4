/**
 * Websocket close codes the collaboration server uses, with the reasons it
 * sends. Codes 4000–4999 are free for applications; ours echo HTTP statuses.
 */
export const CloseCode = {
  /** The server is shutting down or restarting; reconnect. */
  goingAway: 1001,
  /** A frame that is not a valid y-websocket message (bad encoding, text frame, corrupt update). */
  malformedMessage: 4400,
  /** The timeline was deleted while connected. */
  timelineDeleted: 4404,
  /** A message larger than the server's limit (MAX_MESSAGE_BYTES). */
  messageTooLarge: 4413,
  /** The server could not store an update; nothing from it was applied. Reconnect to resend. */
  storageFailed: 4500,
} as const;

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

export const CloseReason: Record<CloseCodeValue, string> = {
  [CloseCode.goingAway]: "server_going_away",
  [CloseCode.malformedMessage]: "malformed_message",
  [CloseCode.timelineDeleted]: "timeline_deleted",
  [CloseCode.messageTooLarge]: "message_too_large",
  [CloseCode.storageFailed]: "storage_failed",
};

/** Close codes after which reconnecting is pointless. */
export function isPermanentClose(code: number): boolean {
  return (
    code === CloseCode.timelineDeleted ||
    code === CloseCode.malformedMessage ||
    code === CloseCode.messageTooLarge
  );
}

/** A sentence a user can read, for a close code. */
export function describeClose(code: number): string {
  switch (code) {
    case CloseCode.malformedMessage:
      return "The server refused a malformed message from this page.";
    case CloseCode.timelineDeleted:
      return "This timeline was deleted.";
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
