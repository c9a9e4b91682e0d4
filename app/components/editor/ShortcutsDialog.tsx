"use client";

import { Dialog } from "../ui/Dialog";
import { Kbd } from "../ui/Kbd";
import { useModKey } from "../ui/useModKey";

/** Stands for ⌘ or Ctrl, whichever this platform uses. */
const MOD = "mod";

export const SHORTCUTS: Array<{ keys: string[]; label: string }> = [
  { keys: [MOD, "K"], label: "Search entries" },
  { keys: ["N"], label: "New entry" },
  { keys: ["J"], label: "Next entry" },
  { keys: ["K"], label: "Previous entry" },
  { keys: ["S"], label: "Show or hide the sources" },
  { keys: ["D"], label: "Show or hide the discussion" },
  { keys: ["C"], label: "Comment on the selected words (read-only text)" },
  { keys: [MOD, "Alt", "M"], label: "Comment on the selected words (while writing)" },
  { keys: ["J"], label: "Review tab: next entry in the queue" },
  { keys: ["K"], label: "Review tab: previous entry in the queue" },
  { keys: ["A"], label: "Review tab: approve the selected entry" },
  { keys: ["R"], label: "Review tab: request changes to the selected entry" },
  { keys: ["Enter"], label: "Review tab: open the selected entry" },
  { keys: ["Enter"], label: "Edit the selected entry's text" },
  { keys: ["Esc"], label: "Leave the field, then clear the selection" },
  { keys: [MOD, "Z"], label: "Undo your last change" },
  { keys: [MOD, "⇧", "Z"], label: "Redo" },
  { keys: [MOD, "B"], label: "Bold (in text)" },
  { keys: [MOD, "I"], label: "Italic (in text)" },
  { keys: ["?"], label: "Show this list" },
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const mod = useModKey();
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts" testId="shortcuts-dialog">
      <dl className="divide-y divide-line">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.label} className="flex items-center justify-between gap-4 py-2">
            <dt className="text-base text-ink-soft">{shortcut.label}</dt>
            <dd className="flex gap-1">
              {shortcut.keys.map((key) => (
                <Kbd key={key}>{key === MOD ? mod : key}</Kbd>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
