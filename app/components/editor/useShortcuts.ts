"use client";

import { useEffect, useRef } from "react";

export interface ShortcutHandlers {
  search: () => void;
  newEntry: () => void;
  next: () => void;
  previous: () => void;
  editSelected: () => void;
  escape: () => void;
  undo: () => void;
  redo: () => void;
  help: () => void;
  /** Opens or closes the Sources panel. */
  sources: () => void;
  /** Opens or closes the Discussion panel. */
  discussion: () => void;
  /** Approves the selected entry of the review queue (Review tab open). */
  approve: () => void;
  /** Opens the note for asking changes to the selected entry of the review queue. */
  requestChanges: () => void;
}

/** True when the key goes to a text field or the rich-text editor. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return Boolean(
    el.closest("input, textarea, select, [contenteditable=true], [contenteditable='']"),
  );
}

/** The editor's keyboard shortcuts (listed in ShortcutsDialog). */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const h = ref.current;
      const mod = event.metaKey || event.ctrlKey;
      const key = event.key.toLowerCase();
      if (mod && key === "k") {
        event.preventDefault();
        h.search();
        return;
      }
      if (document.querySelector("dialog[open]")) return;
      const typing = isTyping(event.target);
      if (mod && !typing && key === "z") {
        event.preventDefault();
        if (event.shiftKey) h.redo();
        else h.undo();
        return;
      }
      if (mod && !typing && key === "y") {
        event.preventDefault();
        h.redo();
        return;
      }
      if (event.key === "Escape") {
        h.escape();
        return;
      }
      if (typing || mod || event.altKey) return;
      if (event.key === "?") {
        event.preventDefault();
        h.help();
      } else if (key === "n") {
        event.preventDefault();
        h.newEntry();
      } else if (key === "j") {
        event.preventDefault();
        h.next();
      } else if (key === "k") {
        event.preventDefault();
        h.previous();
      } else if (key === "s") {
        event.preventDefault();
        h.sources();
      } else if (key === "d") {
        event.preventDefault();
        h.discussion();
      } else if (key === "a") {
        event.preventDefault();
        h.approve();
      } else if (key === "r") {
        event.preventDefault();
        h.requestChanges();
      } else if (
        event.key === "Enter" &&
        (event.target === document.body || (event.target as HTMLElement).matches("[data-entry-id]"))
      ) {
        event.preventDefault();
        h.editSelected();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
