/**
 * "This identity is no longer valid": fired when a session ends (sign-out,
 * expiry sweep, password reset) or an API token is revoked, so the websocket
 * hub can close the sockets that authenticated with it. Listeners live on
 * `globalThis` because route handlers (which revoke tokens) are bundled by
 * Next separately from the server modules (which hold the sockets).
 */
export type IdentityRevoked = {
  userId: string;
  /** Set when one API token was revoked. */
  tokenId?: string;
  /** Set when one session ended. */
  sessionId?: string;
};

export type IdentityRevokedListener = (event: IdentityRevoked) => void;

const KEY = Symbol.for("parallax.identityRevoked");
type WithListeners = typeof globalThis & { [KEY]?: Set<IdentityRevokedListener> };

function listeners(): Set<IdentityRevokedListener> {
  const scope = globalThis as WithListeners;
  scope[KEY] ??= new Set();
  return scope[KEY];
}

/** Registers a listener; returns the function that removes it. */
export function onIdentityRevoked(listener: IdentityRevokedListener): () => void {
  listeners().add(listener);
  return () => {
    listeners().delete(listener);
  };
}

/** Tells every listener, synchronously; a listener that throws cannot stop the others. */
export function emitIdentityRevoked(event: IdentityRevoked): void {
  for (const listener of listeners()) {
    try {
      listener(event);
    } catch (error) {
      console.error("identity revoked listener failed", error);
    }
  }
}
