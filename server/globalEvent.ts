/**
 * A process-wide event with typed listeners. Listeners live on `globalThis`
 * because route handlers are bundled by Next separately from the server's
 * own modules: a module-level set would exist twice, and an event emitted in
 * one bundle would never reach the listener registered in the other.
 */
export function globalEvent<T>(name: string) {
  const key = Symbol.for(`parallax.${name}`);
  const scope = globalThis as typeof globalThis & { [key: symbol]: Set<(event: T) => void> };
  const listeners = () => {
    scope[key] ??= new Set();
    return scope[key];
  };
  return {
    /** Registers a listener; returns the function that removes it. */
    on(listener: (event: T) => void): () => void {
      listeners().add(listener);
      return () => {
        listeners().delete(listener);
      };
    },
    /** Tells every listener, synchronously; a listener that throws cannot stop the others. */
    emit(event: T): void {
      for (const listener of listeners()) {
        try {
          listener(event);
        } catch (error) {
          console.error(`${name} listener failed`, error);
        }
      }
    },
  };
}
