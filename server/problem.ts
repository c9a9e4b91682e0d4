/**
 * A refusal with an HTTP status and a stable code, thrown by the services
 * that both the websocket and the route handlers call. Route handlers are
 * bundled apart from the server's modules, so a problem thrown in the
 * server's copy of this class is not an `instanceof` the route's copy:
 * `isServiceProblem` checks a brand shared through `Symbol.for` instead.
 */
const BRAND = Symbol.for("parallax.serviceProblem");

export class ServiceProblem extends Error {
  readonly [BRAND] = true;
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ServiceProblem";
  }
}

export function isServiceProblem(error: unknown): error is ServiceProblem {
  return typeof error === "object" && error !== null && BRAND in error;
}
