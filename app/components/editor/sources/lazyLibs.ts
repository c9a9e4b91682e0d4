"use client";

import { useEffect, useState } from "react";
import { loadReferenceStyle, referenceStyleReady } from "@/lib/sources";

/**
 * citeproc and the BibTeX and RIS readers are large, so the editor loads
 * them only when the library or an import needs them.
 */

// Citations in entries show their full reference on hover: fetch the style once the page is idle,
// after the first render, so those read the same as the library without slowing the editor's start.
if (typeof window !== "undefined") {
  const preload = () => void loadReferenceStyle().catch(() => undefined);
  if ("requestIdleCallback" in window) window.requestIdleCallback(preload, { timeout: 5000 });
  else setTimeout(preload, 2000);
}

/** Loads the reference style once; true when `formatReference` gives styled references. */
export function useReferenceStyle(): boolean {
  const [ready, setReady] = useState(referenceStyleReady);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadReferenceStyle().then(
      () => live && setReady(true),
      // Offline and not cached: the plainer references stay, which is still readable.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}

export type Importer = typeof import("@/lib/sources/import");

let importer: Importer | null = null;
let importing: Promise<Importer> | null = null;

function loadImporter(): Promise<Importer> {
  importing ??= import("@/lib/sources/import").then(
    (module) => {
      importer = module;
      return module;
    },
    (error: unknown) => {
      importing = null;
      throw error;
    },
  );
  return importing;
}

/** The importer module once loaded (null before); `failed` when it could not be fetched. */
export function useImporter(enabled: boolean): { importer: Importer | null; failed: boolean } {
  const [state, setState] = useState<{ importer: Importer | null; failed: boolean }>(() => ({
    importer,
    failed: false,
  }));
  useEffect(() => {
    if (!enabled || state.importer) return;
    let live = true;
    loadImporter().then(
      (module) => live && setState({ importer: module, failed: false }),
      () => live && setState({ importer: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [enabled, state.importer]);
  return state;
}
