/**
 * "This identity is no longer valid": fired when a session ends (sign-out,
 * expiry sweep, password reset) or an API token is revoked, so the websocket
 * hub can close the sockets that authenticated with it.
 */
import { globalEvent } from "../globalEvent";

export type IdentityRevoked = {
  userId: string;
  /** Set when one API token was revoked. */
  tokenId?: string;
  /** Set when one session ended. */
  sessionId?: string;
};

const revoked = globalEvent<IdentityRevoked>("identityRevoked");

export const onIdentityRevoked = revoked.on;
export const emitIdentityRevoked = revoked.emit;
