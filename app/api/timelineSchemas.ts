import { z } from "zod";
import { TIMELINE_ID_PATTERN } from "@/lib/collab";
import { MAX_TITLE_LENGTH } from "@/lib/document";

/** A timeline title: one line, trimmed, 1–300 characters. */
export const timelineTitle = z
  .string({ error: "Give the timeline a title." })
  .transform((title) => title.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, "Give the timeline a title.")
      .max(MAX_TITLE_LENGTH, `A title has at most ${MAX_TITLE_LENGTH} characters.`),
  );

export const createTimelineBody = z.object({ title: timelineTitle }).strict();
export const patchTimelineBody = z.object({ title: timelineTitle }).strict();

/** Timeline ids are the document ids the websocket uses: short, URL-safe. */
export const timelineId = z.string().regex(TIMELINE_ID_PATTERN);
