import type { BodyBlock, ClaimStatus, VariantInput } from "../document";

/** The five lanes of the demo timeline, in display order. */
export type DemoLaneKey = "war" | "prisoners" | "negotiations" | "territory" | "later";

/**
 * A claim of a demo entry: words in the body marked with `claimed(text, id)`,
 * and the accounts the documents give of them. Every variant cites its source.
 */
export interface DemoClaim {
  /** Readable and fixed, unique within its entry, e.g. "pow-count". */
  id: string;
  /** What is claimed, in a few words. */
  label: string;
  variants: VariantInput[];
  status: ClaimStatus;
  /** Why the accounts differ, or why one was accepted. */
  reason: string;
  /** For a settled claim, the index of the accepted variant. */
  acceptedVariant?: number;
}

/**
 * One demo entry as data. Every entry cites at least one source in its body
 * (citation runs from `./sources`), and marks each disagreement between the
 * documents as a claim.
 */
export interface DemoEntry {
  title: string;
  /** EDTF, as Parallax stores it. */
  when: string;
  lane: DemoLaneKey;
  tags: string[];
  body: BodyBlock[];
  claims?: DemoClaim[];
}
