/**
 * The three documents the demo timeline is built from, and how an entry
 * cites a part of one. Facts in the demo are paraphrased from them; the
 * documents themselves are not shipped with Parallax.
 */

export const SAITO = {
  author: "Motohide Saito",
  short: "Saito",
  title: "Negotiations to Normalize Japan-Soviet Diplomatic Relations",
  sections: {
    1: "Hatoyama's Ascendance to Power",
    2: "The Domnitsky Note and Dual Diplomacy",
    3: "Silent Political Coup",
    4: "The Initiation of the London Peace Talks",
    5: "Khrushchev's Miscalculation",
    6: "The Japan-Soviet Fisheries Talks",
    7: "The First Moscow Peace Talks",
    8: "The Second Moscow Peace Talks",
    9: "Signing of the Japan-Soviet Joint Declaration and the Last Repatriation Ship",
  },
} as const;

export const KATASONOVA = {
  author: "E. L. Katasonova",
  short: "Katasonova",
  title: "Japanese Prisoners of War in the USSR: Facts, Versions, Questions",
  sections: {
    decision: "Decision to Send Japanese Prisoners of War to the USSR",
    numbers: "Analysis of Data on the Number of Japanese Prisoners of War",
    status: "Issue of the Legal Status of the Japanese Military in Soviet Captivity",
    repatriation: "Problem of the Japanese Military’s Repatriation",
  },
} as const;

/** An unsigned Russian popular article; it is cited by its title. */
export const NO_PEACE_TREATY = {
  author: "unsigned",
  short: "“Why there is no peace treaty with Japan”",
  title: "Why there is no peace treaty with Japan",
  sections: {
    intro: "introduction",
    sanFrancisco: "Separate San Francisco Peace Treaty",
    dulles: "Dulles' blackmail and Khrushchev's voluntarism",
  },
} as const;

export type DemoCitation =
  | { source: "saito"; section: keyof typeof SAITO.sections }
  | { source: "katasonova"; section: keyof typeof KATASONOVA.sections }
  | { source: "noPeaceTreaty"; section: keyof typeof NO_PEACE_TREATY.sections };

/** Words that name a source in running text; every demo entry mentions one. */
export const SOURCE_NAMES = [SAITO.short, KATASONOVA.short, NO_PEACE_TREATY.title] as const;

/** One citation as readable text, e.g. `Saito, “Negotiations…”, §4 “The Initiation…”`. */
export function formatCitation(citation: DemoCitation): string {
  switch (citation.source) {
    case "saito":
      return `${SAITO.short}, “${SAITO.title}”, §${citation.section} “${SAITO.sections[citation.section]}”`;
    case "katasonova":
      return `${KATASONOVA.short}, “${KATASONOVA.title}”, section “${KATASONOVA.sections[citation.section]}”`;
    case "noPeaceTreaty":
      return citation.section === "intro"
        ? `“${NO_PEACE_TREATY.title}” (unsigned article), introduction`
        : `“${NO_PEACE_TREATY.title}” (unsigned article), part “${NO_PEACE_TREATY.sections[citation.section]}”`;
  }
}

/** The closing line of an entry: `Source: ….` or `Sources: …; ….` */
export function formatSources(citations: DemoCitation[]): string {
  const label = citations.length === 1 ? "Source" : "Sources";
  return `${label}: ${citations.map(formatCitation).join("; ")}.`;
}

/** True for the closing line written by `formatSources`; the copy check skips it, as it quotes titles. */
export function isSourcesLine(line: string): boolean {
  return /^Sources?: /.test(line);
}
