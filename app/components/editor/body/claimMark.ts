import { Mark, mergeAttributes } from "@tiptap/core";
import { BODY } from "@/lib/document";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    claim: {
      /** Marks the selected words as the claim with this id. */
      setClaim: (claimId: string) => ReturnType;
      unsetClaim: () => ReturnType;
    };
  }
}

/**
 * A claimed phrase: words in the body tied to a claim of the entry by id.
 * Not inclusive, so text typed at either edge does not join the claim.
 */
export const ClaimMark = Mark.create({
  name: BODY.claimMark,
  inclusive: false,

  addAttributes() {
    return {
      claimId: {
        default: "",
        parseHTML: (el: HTMLElement) => el.getAttribute("data-claim-id") ?? "",
        renderHTML: (attrs: Record<string, unknown>) => ({ "data-claim-id": attrs.claimId }),
      },
    };
  },

  parseHTML() {
    return [{ tag: "span[data-claim-id]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["span", mergeAttributes(HTMLAttributes, { class: "claim-mark" })];
  },

  addCommands() {
    return {
      setClaim:
        (claimId) =>
        ({ commands }) =>
          commands.setMark(this.name, { claimId }),
      unsetClaim:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true }),
    };
  },
});
