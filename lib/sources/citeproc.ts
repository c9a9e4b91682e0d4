/**
 * citeproc through citation-js's CSL plugin (heavy: about 600 KB minified with
 * its styles and locales). `format.ts` loads it on demand with
 * `loadReferenceStyle()`, so the editor's first load does not carry it.
 */
import { plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import { forgetCitationJsLog } from "./citationJsLog";

/** One CSL item as a plain-text bibliography entry in a built-in style. */
export function bibliographyText(item: Record<string, unknown>, style: string): string {
  try {
    return plugins.output.format("bibliography", [item], {
      template: style,
      format: "text",
      lang: "en-US",
    });
  } finally {
    forgetCitationJsLog();
  }
}
