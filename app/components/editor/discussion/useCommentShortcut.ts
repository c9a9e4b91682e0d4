"use client";

import { useEffect, useRef } from "react";
import { isTyping } from "../useShortcuts";

/**
 * Calls `start` on the comment shortcuts while `holdsSelection()` says the
 * page's selection is the one a Comment button comments on: C where nothing
 * is being typed (read-only text), or Ctrl/⌘+Alt+M anywhere, as in word
 * processors. Without `holdsSelection` there is no shortcut.
 */
export function useCommentShortcut(
  holdsSelection: (() => boolean) | undefined,
  start: () => void,
): void {
  const ref = useRef({ holdsSelection, start });
  ref.current = { holdsSelection, start };
  const enabled = holdsSelection !== undefined;

  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const { holdsSelection, start } = ref.current;
      if (!holdsSelection || document.querySelector("dialog[open]")) return;
      const mod = event.metaKey || event.ctrlKey;
      // `code`, not `key`: with Alt held, macOS types another character.
      const chord = mod && event.altKey && !event.shiftKey && event.code === "KeyM";
      const plain =
        !mod &&
        !event.altKey &&
        !event.shiftKey &&
        event.key.toLowerCase() === "c" &&
        !isTyping(event.target);
      if ((chord || plain) && holdsSelection()) {
        event.preventDefault();
        start();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}
