"use client";

import { useCallback } from "react";
import type { VersionDTO } from "@/lib/versions/protocol";
import { useToast } from "../../ui/Toast";
import { failureMessage } from "../review/status";
import { versionsApi } from "./versionsApi";

/**
 * Restores a version (the whole timeline, or one entry) and says so in a
 * toast whose Undo restores the "before" version the server saved first.
 * Resolves with that version, or null when the restore failed (the toast
 * says why).
 */
export function useRestore(
  timelineId: string,
  onSaved?: (version: VersionDTO) => void,
): (number: number, entryId?: string, entryTitle?: string) => Promise<VersionDTO | null> {
  const toast = useToast();
  const restore = useCallback(
    async (number: number, entryId?: string, entryTitle?: string): Promise<VersionDTO | null> => {
      try {
        const { savedBefore } = await versionsApi.restore(timelineId, number, entryId);
        onSaved?.(savedBefore);
        const what = entryId
          ? `“${entryTitle || "Untitled entry"}” as in version ${number}`
          : `version ${number}`;
        toast({
          tone: "success",
          message: `Restored ${what}. What was there before is saved as version ${savedBefore.number}, “${savedBefore.name}”.`,
          duration: 12_000,
          action: {
            label: "Undo",
            run: () => {
              void restore(savedBefore.number);
            },
          },
        });
        return savedBefore;
      } catch (error) {
        toast({
          tone: "error",
          message: failureMessage(error, "The version could not be restored."),
        });
        return null;
      }
    },
    [timelineId, toast, onSaved],
  );
  return restore;
}
