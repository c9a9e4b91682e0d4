import { bold, heading, italic, list, p, summary } from "../text";
import type { DemoEntry } from "../types";

/** Lane "Negotiations": from San Francisco to the Joint Declaration and its ratification. */
export const NEGOTIATIONS: DemoEntry[] = [
  {
    title: "San Francisco: the USSR refuses to sign",
    when: "1951-09-04/1951-09-08",
    lane: "negotiations",
    tags: ["San Francisco", "Kurils", "interpretation disputed"],
    body: [
      p(
        "The peace conference opened on 4 September 1951 and the treaty was put to a vote on 8 September. The unsigned Russian article describes it as a signing ceremony for an Anglo-American text that could not be amended, and lists Asian states that were absent or stayed away.",
      ),
      p(
        "Gromyko, leading the Soviet delegation, proposed amendments: Japanese recognition of Soviet sovereignty over southern Sakhalin and the Kurils, withdrawal of foreign troops within 90 days, no military alliances, and demilitarised straits. When they were not discussed, the USSR, Poland and Czechoslovakia did not sign. The same day Japan and the United States concluded a security treaty allowing American forces to stay.",
      ),
      p(
        "Saito notes that the draft treaty Moscow tabled in London in 1955 was built on Gromyko's San Francisco amendments.",
      ),
    ],
    sources: [
      { source: "noPeaceTreaty", section: "sanFrancisco" },
      { source: "saito", section: 4 },
    ],
  },
  {
    title: "Hatoyama becomes prime minister; Moscow signals it is ready",
    when: "1954-12-07",
    lane: "negotiations",
    tags: ["Hatoyama"],
    body: [
      p(
        "Ichiro Hatoyama replaced Shigeru Yoshida as prime minister and promised a foreign policy less tied to Washington. Saito sees rivalry with Yoshida, who had made the San Francisco settlement, as a main motive for his turn to Moscow.",
      ),
      list(
        "10 December: Hatoyama speaks of more trade and contact with the communist states, but not yet of restoring relations.",
        "11 December: Foreign Minister Shigemitsu, usually the cautious one, is the first minister to mention normal relations with the USSR and China.",
        "14 and 16 December: Radio Moscow replies that the Soviet government is willing to discuss concrete steps.",
      ),
    ],
    sources: [{ source: "saito", section: 1 }],
  },
  {
    title: "The Domnitsky note reaches Hatoyama",
    when: "1955-01-25",
    lane: "negotiations",
    tags: ["Domnitsky note", "dual diplomacy", "interpretation disputed"],
    body: [
      p(
        "In late December 1954 Molotov told Andrei Domnitsky, head of the former Soviet mission in Tokyo, to hand over a note on normalisation. The two sources tell what happened next differently:",
      ),
      list(
        [
          bold("Saito"),
          ": the Foreign Ministry, which no longer recognised the mission, refused the undated, unsigned note. Domnitsky then went round it, visiting Hatoyama privately on 7 January 1955 and handing him the note on 25 January. Saito sees this bypassing of the ministry as a Soviet tactic of dividing Tokyo.",
        ],
        [
          bold("Unsigned Russian article"),
          ": simply says that early in 1955 the Soviet representative approached Foreign Minister Shigemitsu with an offer to open talks.",
        ],
      ),
      p(
        "Sobolev, the Soviet UN envoy, later confirmed to Japan that the note was official (Saito).",
      ),
    ],
    sources: [
      { source: "saito", section: 2 },
      { source: "noPeaceTreaty", section: "dulles" },
    ],
  },
  {
    title: "The London talks",
    when: "1955-06/1956-03-20",
    lane: "negotiations",
    tags: ["London talks", "date disputed"],
    body: [
      p(
        "Ambassadors Yakov Malik and Shunichi Matsumoto, who had known each other since the war, led the talks at the Soviet embassy in London. The opening day is disputed (1 or 3 June 1955; see its own entry), so this interval starts with the month.",
      ),
      list(
        "June–September 1955: first round, ending with a meeting on 13 September; Malik then left for the UN General Assembly and the talks paused for over four months (Saito).",
        "7 January 1956: talks resume; Malik repeats that detainees will be freed only after a treaty and an amnesty (Saito).",
        "20 March 1956: after the 23rd session the delegates adjourn without a date (Saito); the unsigned Russian article says the Japanese chief delegate was recalled to Tokyo that day.",
      ),
      heading("Why they stalled"),
      list(
        [
          bold("Saito"),
          ": Japan and the USSR were far apart on the detainees and the islands, and Khrushchev misjudged how quickly his offers would win agreement.",
        ],
        [
          bold("Unsigned Russian article"),
          ": Tokyo held out for more concessions, and US obstruction blocked the second round.",
        ],
      ),
    ],
    sources: [
      { source: "saito", section: 4 },
      { source: "saito", section: 5 },
      { source: "noPeaceTreaty", section: "dulles" },
    ],
  },
  {
    title: "London talks open: 1 or 3 June 1955?",
    when: "[1955-06-01,1955-06-03]",
    lane: "negotiations",
    tags: ["London talks", "date disputed"],
    body: [
      p("The date of the first session differs between, and even within, the sources:"),
      list(
        [bold("1 June 1955"), ": Saito, §4, for the first meeting at the Soviet embassy."],
        [
          bold("3 June 1955"),
          ": Saito, later in §4, for the opening exchange between Matsumoto and Malik.",
        ],
        [
          bold("3 June 1955"),
          ": the unsigned Russian article, for the start of negotiations at the embassy.",
        ],
      ),
      p(
        "The ",
        italic("when"),
        " is an EDTF set: one of these two days. In Saito's telling Matsumoto said there was no hurry, while Malik expected a result within a couple of months.",
      ),
    ],
    sources: [
      { source: "saito", section: 4 },
      { source: "noPeaceTreaty", section: "dulles" },
    ],
  },
  {
    title: "Soviet draft peace treaty tabled",
    when: "1955-06-14",
    lane: "negotiations",
    tags: ["London talks", "draft treaty"],
    body: [
      p(
        "Both Saito and the unsigned Russian article date the Soviet draft to the third session, 14 June 1955. Saito lists eight points:",
      ),
      list(
        "an end to the state of war;",
        "Japanese recognition of Soviet sovereignty over southern Sakhalin and the Kurils;",
        "no Japanese membership in military alliances;",
        "demilitarised Soya, Nemuro, Tsugaru and Tsushima straits, open to Soviet warships;",
        "Soviet backing for Japan's UN membership;",
        "non-interference, waiver of reparations, and a trade agreement.",
      ),
      p(
        "Saito notes that the draft said nothing about bringing the detainees home. The Russian article presents it as a basis for equal relations that confirmed wartime agreements.",
      ),
    ],
    sources: [
      { source: "saito", section: 4 },
      { source: "noPeaceTreaty", section: "dulles" },
    ],
  },
  {
    title: "Diet delegation in Moscow",
    when: "1955-09-02/1955-09-21",
    lane: "negotiations",
    tags: ["Khrushchev"],
    body: [
      p(
        "Khrushchev invited 37 members of the Diet from both camps, led by Tokutaro Kitamura. Saito reports that he complained the London envoys were getting nowhere while West Germany had settled in five days, promised quick release of the detainees once relations existed, and urged the Adenauer formula: relations first, other questions later.",
      ),
    ],
    sources: [{ source: "saito", section: 5 }],
  },
  {
    title: "Soviet veto keeps Japan out of the UN",
    when: "1955-12-15",
    lane: "negotiations",
    tags: ["United Nations"],
    body: [
      p(
        "Moscow vetoed Japan's application for UN membership. Saito writes that this made plain in Tokyo the cost of having no relations with the USSR, while Soviet seizures of Japanese fishing boats in northern waters rose sharply.",
      ),
    ],
    sources: [{ source: "saito", section: 5 }],
  },
  {
    title: "Spring 1956: the fishing season and the Bulganin Line",
    when: "1956-21",
    lane: "negotiations",
    tags: ["fisheries", "Bulganin Line"],
    body: [
      p(
        "Japan was preparing 19 fishing fleets for the spring season, its largest since the war, when Radio Moscow said on 11 February that salmon and trout stocks were threatened by Japanese overfishing. On 21 March, the day after the London talks broke off, a Council of Ministers decision drew the ",
        bold("Bulganin Line"),
        " around wide areas of the open sea, where Japanese boats would need Soviet permits.",
      ),
      list(
        [
          bold("Saito"),
          ": a disciplinary lever aimed at the fishing lobby close to Hatoyama's cabinet; from then on Moscow set the pace.",
        ],
        [
          bold("Unsigned Russian article"),
          ": a conservation rule limiting the catch for Soviet and foreign fishermen alike during spawning.",
        ],
      ),
      p("The season code 1956-21 (spring 1956) stands for the whole period at stake."),
    ],
    sources: [
      { source: "saito", section: 6 },
      { source: "noPeaceTreaty", section: "dulles" },
    ],
  },
  {
    title: "Kono's fisheries talks in Moscow",
    when: "1956-04/1956-05",
    lane: "negotiations",
    tags: ["fisheries", "Kono"],
    body: [
      p(
        "Agriculture and fisheries minister Ichiro Kono flew to Moscow, with a mandate limited to fishing. Saito dates the first session to 29 April at the Sovetskaya Hotel; the Russian article says only that he was sent at the end of April.",
      ),
      p(
        "Fisheries minister Ishkov refused a stop-gap agreement before diplomatic relations, and proposed a zone stretching from the Bering Sea to southern Kyushu. Kono then met Bulganin on 9 May, without a Foreign Ministry interpreter, and obtained a one-year arrangement on condition that peace talks resume by 31 July.",
      ),
      summary(
        "Rumours followed that Kono had secretly given up the four islands; Saito cites the Soviet interpreter Adyrkhaev and a Japanese vice-minister denying it.",
      ),
    ],
    sources: [
      { source: "saito", section: 6 },
      { source: "noPeaceTreaty", section: "dulles" },
    ],
  },
  {
    title: "Fisheries convention signed: 14 or 15 May 1956?",
    when: "[1956-05-14,1956-05-15]",
    lane: "negotiations",
    tags: ["fisheries", "date disputed"],
    body: [
      list(
        [
          bold("15 May 1956"),
          ": Saito, for the signing by Ishkov and Kono of the fisheries convention, the sea-rescue agreement and the provisional 1956 agreement.",
        ],
        [
          bold("14 May 1956"),
          ": the unsigned Russian article, for the fisheries convention and the agreement on help at sea.",
        ],
      ),
      p(
        "Both agree that the conventions would take effect only once diplomatic relations were restored; Saito adds that the one-year provisional deal applied at once, just in time for the season.",
      ),
    ],
    sources: [
      { source: "saito", section: 6 },
      { source: "noPeaceTreaty", section: "dulles" },
    ],
  },
  {
    title: "First Moscow talks: Shigemitsu and Shepilov",
    when: "1956-07-31/1956-08-14?",
    lane: "negotiations",
    tags: ["Moscow talks", "Shigemitsu"],
    body: [
      p(
        "Foreign Minister Shigemitsu led Japan's side; his counterpart was the new Soviet foreign minister Dmitri Shepilov. Saito places the first session on 31 July 1956 at the Spiridonovka palace, against the background of the Suez crisis and unrest in Poland and Hungary.",
      ),
      p(
        "Saito gives no closing date. Shepilov announced he would leave for a Suez conference in London on the 14th and wanted an answer by the morning of the 13th, so the end is marked uncertain.",
      ),
    ],
    sources: [{ source: "saito", section: 7 }],
  },
  {
    title: "Shigemitsu proposes accepting Soviet terms",
    when: "1956-08-11/1956-08-12",
    lane: "negotiations",
    tags: ["Moscow talks", "Shigemitsu", "date disputed"],
    body: [
      list(
        [
          bold("Saito"),
          ": on the night of 11 August Shigemitsu told his delegation Japan should sign a treaty on Moscow's terms at once, fearing even the two small islands could be lost; Matsumoto objected and insisted Tokyo be consulted first.",
        ],
        [
          bold("Unsigned Russian article"),
          ": dates Shigemitsu's statement that the discussion was exhausted to 12 August, and places it in Tokyo.",
        ],
      ),
      p("Hatoyama rejected the idea of a treaty on those terms (Saito, §8)."),
    ],
    sources: [
      { source: "saito", section: 7 },
      { source: "saito", section: 8 },
      { source: "noPeaceTreaty", section: "dulles" },
    ],
  },
  {
    title: "Hatoyama and Bulganin exchange letters",
    when: "1956-09-11/1956-09-13",
    lane: "negotiations",
    tags: ["Hatoyama", "five conditions"],
    body: [
      p(
        "Hatoyama proposed restoring relations on five points (end of the war, embassies, immediate return of detainees, the fisheries convention taking effect, Soviet support at the UN), with territorial talks to continue later.",
      ),
      list(
        [
          bold("11 September"),
          ": Hatoyama writes to Bulganin (date from the unsigned Russian article).",
        ],
        [
          bold("13 September"),
          ": Bulganin's reply accepts the five points but omits the promise of later territorial talks (Saito), which LDP opponents seized on.",
        ],
      ),
      p(
        "Saito calls it the first direct letter exchange between the two heads of government since the war.",
      ),
    ],
    sources: [
      { source: "saito", section: 8 },
      { source: "noPeaceTreaty", section: "dulles" },
    ],
  },
  {
    title: "Hatoyama's mission to Moscow",
    when: "1956-10-07/1956-10-19",
    lane: "negotiations",
    tags: ["Moscow talks", "Hatoyama"],
    body: [
      list(
        "2 October: Hatoyama explains his reasons (peace, a stronger and more independent Japan, the detainees and their families) while vowing not to give up the islands (Saito); the cabinet approves the trip the same day (Russian article).",
        "7 October: the delegation leaves by the European route; it reaches Moscow on 12 October (Saito).",
        "15 October: first formal session in the Kremlin; Bulganin proposes a joint declaration instead of a treaty and tables a draft (Saito).",
        "16–18 October: Kono and Khrushchev negotiate the territorial wording (see the Territory lane).",
      ),
      p(
        "Saito notes Hatoyama, partly paralysed after a stroke, had promised to step down once relations were restored.",
      ),
    ],
    sources: [
      { source: "saito", section: 8 },
      { source: "noPeaceTreaty", section: "dulles" },
    ],
  },
  {
    title: "Soviet–Japanese Joint Declaration signed",
    when: "1956-10-19",
    lane: "negotiations",
    tags: ["Joint Declaration", "Shikotan/Habomai", "POW"],
    body: [
      p(
        "Signed in the Kremlin by Bulganin and Shepilov for the USSR and by Hatoyama, Kono and Matsumoto for Japan, together with a trade protocol. Saito summarises its ten points:",
      ),
      list(
        "end of the state of war, and restored diplomatic and consular relations;",
        "respect for the UN Charter; Soviet support for Japan joining the UN;",
        "release and repatriation of convicted Japanese, and a continued search for the missing;",
        "mutual waiver of reparations; talks on trade; the May 1956 fisheries convention takes effect;",
        "peace-treaty talks to continue, with Habomai and Shikotan handed over after a treaty;",
        "ratification.",
      ),
      p(
        "Each source stresses a different article: the Russian article the first, ending the war; Katasonova the fifth, on prisoners, pointing out that wages for camp labour and other POW rights were left out.",
      ),
    ],
    sources: [
      { source: "saito", section: 9 },
      { source: "katasonova", section: "repatriation" },
      { source: "noPeaceTreaty", section: "intro" },
    ],
  },
  {
    title: "Ratification of the Joint Declaration",
    when: "1956-11-27/1956-12-12",
    lane: "negotiations",
    tags: ["Joint Declaration", "date disputed"],
    body: [
      list(
        [
          bold("27 November"),
          ": the House of Representatives approves (both Saito and the Russian article; the latter says unanimously).",
        ],
        [
          bold("House of Councillors"),
          ": 5 December according to Saito; 2 December, with three votes against, according to the Russian article.",
        ],
        [
          bold("8 December"),
          ": the Emperor approves and the Supreme Soviet Presidium ratifies (Russian article only).",
        ],
        [
          bold("12 December"),
          ": instruments exchanged in Tokyo and the declaration takes effect (both).",
        ],
      ),
      p("On 18 December the Security Council unanimously backed Japan's UN membership (Saito)."),
    ],
    sources: [
      { source: "saito", section: 9 },
      { source: "noPeaceTreaty", section: "dulles" },
    ],
  },
];
