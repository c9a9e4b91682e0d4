import { CloseCode, describeClose } from "@/lib/collab";

/**
 * What to tell the user when the server closes the collaboration socket for
 * good (y-websocket stops reconnecting on 4400–4499).
 */
export interface ClosedState {
  code: number;
  title: string;
  detail: string;
}

const MESSAGES: Record<number, Omit<ClosedState, "code">> = {
  [CloseCode.malformedMessage]: {
    title: "The server refused a change",
    detail:
      "A change from this page could not be read by the server, so the connection was closed. Reload to continue.",
  },
  [CloseCode.timelineDeleted]: {
    title: "This timeline was deleted",
    detail: "Someone deleted this timeline. Changes made here can no longer be saved.",
  },
  [CloseCode.messageTooLarge]: {
    title: "A change was too large",
    detail:
      "The server refused a change larger than it accepts. Reload, and paste long texts in smaller parts.",
  },
};

export function closedState(code: number, reason: string): ClosedState {
  const known = MESSAGES[code];
  if (known) return { code, ...known };
  return {
    code,
    title: "The server closed the connection",
    detail: `${describeClose(code)}${reason ? ` (${reason})` : ""} Reload to reconnect.`,
  };
}
