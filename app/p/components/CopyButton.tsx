"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "../../components/ui/Button";
import { Icon } from "../../components/ui/Icon";

/**
 * Copies the text of the element `targetId` (the embed snippet). Without
 * script the snippet is still there to select; this only saves a step.
 */
export function CopyButton({ targetId, label }: { targetId: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    const el = document.getElementById(targetId);
    const text = el?.textContent ?? "";
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      // No clipboard (an insecure origin, a refused permission): select it for the reader.
      if (el) {
        const range = document.createRange();
        range.selectNodeContents(el);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      }
      setState("failed");
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState("idle"), 2500);
  };

  return (
    <div className="flex items-center gap-2">
      <Button size="sm" onClick={copy} data-testid="copy-embed">
        <Icon name={state === "copied" ? "check" : "copy"} className="h-3.5 w-3.5" />
        {label}
      </Button>
      <span role="status" className="text-sm text-muted">
        {state === "copied" ? "Copied" : state === "failed" ? "Selected: press Ctrl+C to copy" : ""}
      </span>
    </div>
  );
}
