"use client";

import { useEffect, useMemo, useState } from "react";
import * as Y from "yjs";
import { undoScope } from "@/lib/document";

/**
 * Undo and redo of this user's own changes to entries, lanes and the title.
 * Every lib/document call from this page passes `origin`, and the manager
 * tracks that origin only, so other people's edits are never undone. Body
 * text has the editor's own undo (y-prosemirror), which tracks typing.
 */
export function useUndo(doc: Y.Doc | null) {
  const origin = useMemo(() => ({ source: "parallax-ui" }), []);
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [, setTick] = useState(0);

  useEffect(() => {
    if (!doc) return;
    const undo = new Y.UndoManager(undoScope(doc), {
      trackedOrigins: new Set([origin]),
      captureTimeout: 600,
    });
    const bump = () => setTick((n) => n + 1);
    undo.on("stack-item-added", bump);
    undo.on("stack-item-popped", bump);
    undo.on("stack-cleared", bump);
    setManager(undo);
    return () => {
      undo.destroy();
      setManager(null);
    };
  }, [doc, origin]);

  return {
    origin,
    manager,
    canUndo: (manager?.undoStack.length ?? 0) > 0,
    canRedo: (manager?.redoStack.length ?? 0) > 0,
  };
}
