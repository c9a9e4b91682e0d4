import { katasonova, noPeaceTreaty, record, saito, saitoNote } from "../sources";
import { bold, claimed, heading, italic, list, p, summary } from "../text";
import type { DemoEntry } from "../types";

/** Lane "Negotiations": from San Francisco to the Joint Declaration and its ratification. */
export const NEGOTIATIONS: DemoEntry[] = [
  {
    title: "San Francisco: the USSR refuses to sign",
    when: "1951-09-04/1951-09-08",
    lane: "negotiations",
    tags: ["San Francisco", "Kurils"],
    body: [
      p(
        "The peace conference opened on 4 September 1951 and the treaty was put to a vote on 8 September. The unsigned Russian article describes it as a signing ceremony for an Anglo-American text that could not be amended, and lists Asian states that were absent or stayed away.",
        noPeaceTreaty("sanFrancisco"),
      ),
      p(
        "Gromyko, leading the Soviet delegation, proposed amendments: Japanese recognition of Soviet sovereignty over southern Sakhalin and the Kurils, withdrawal of foreign troops within 90 days, no military alliances, and demilitarised straits. When they were not discussed, the USSR, Poland and Czechoslovakia did not sign.",
        record("sfAmendments"),
        record("sfTreaty"),
        " The same day Japan and the United States concluded a security treaty allowing American forces to stay.",
        record("securityTreaty1951"),
      ),
      p(
        "Saito notes that the draft treaty Moscow tabled in London in 1955 was built on Gromyko's San Francisco amendments.",
        saito(4),
      ),
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
        saito(1),
      ),
      list(
        [
          "10 December: Hatoyama speaks of more trade and contact with the communist states, but not yet of restoring relations.",
          record("asahi"),
        ],
        "11 December: Foreign Minister Shigemitsu, usually the cautious one, is the first minister to mention normal relations with the USSR and China.",
        "14 and 16 December: Radio Moscow replies that the Soviet government is willing to discuss concrete steps.",
      ),
      p(
        "Saito adds that Molotov, the Soviet foreign minister, disliked the whole policy of peaceful coexistence and went along with it only to survive the struggle in the Kremlin.",
        saito(1),
      ),
    ],
  },
  {
    title: "The Domnitsky note reaches Hatoyama",
    when: "1955-01-25",
    lane: "negotiations",
    tags: ["Domnitsky note", "dual diplomacy"],
    body: [
      p(
        "In late December 1954 Molotov told Andrei Domnitsky, acting head of the former Soviet mission in Tokyo, to deliver a note on normalising relations to the Japanese Foreign Ministry.",
        saito(2),
        record("hokkaido"),
      ),
      p(
        "The two accounts disagree on how it reached Tokyo's leaders. In Saito's telling ",
        claimed(
          "the ministry turned the note away, so Domnitsky took it to Hatoyama in person",
          "domnitsky-delivery",
        ),
        "; the unsigned Russian article has the Soviet representative put the offer to Foreign Minister Shigemitsu.",
        saito(2),
        noPeaceTreaty("dulles"),
      ),
      list(
        [
          bold("7 January 1955"),
          ": Domnitsky calls on Hatoyama privately at his Otowa home and proposes ending the state of war by declaration and exchanging ambassadors, with territory left for later; Hatoyama agrees.",
          saito(2),
        ],
        [
          bold("25 January 1955"),
          ": a day after the Diet is dissolved, Domnitsky returns in secret and hands over the note itself.",
          saito(2),
          record("domnitskyNote"),
        ],
      ),
      p(
        "Saito sees this going round the ministry as a Soviet habit of dealing with Hatoyama's camp rather than with the cautious diplomats. After the press broke the story, the Soviet UN envoy Sobolev confirmed that the note spoke for his government.",
        saito(2),
        saito(4),
      ),
    ],
    claims: [
      {
        id: "domnitsky-delivery",
        label: "How the 1955 Soviet note reached the Japanese government",
        variants: [
          {
            value:
              "Refused by the Foreign Ministry, then handed privately to Prime Minister Hatoyama on 25 January 1955",
            note: "Saito: the ministry no longer recognised the Soviet mission and would not accept a paper with no date, addressee or sender, so Domnitsky, advised by a Kyodo journalist and helped by Hatoyama's private adviser, went to the prime minister's house.",
            citations: [saito(2), record("hokkaido"), record("domnitskyNote")],
          },
          {
            value: "Put to Foreign Minister Shigemitsu early in 1955",
            note: "The unsigned Russian article says only that the Soviet representative approached the foreign minister with a proposal to open talks; it mentions no refusal and no private channel.",
            citations: [noPeaceTreaty("dulles")],
          },
        ],
        status: "disputed",
        reason:
          "Saito's detailed account rests on Japanese newspapers and diplomatic histories; the Russian article compresses the episode into one sentence that names the foreign minister. The note itself bore no addressee, so it cannot show whom it was meant for.",
      },
    ],
  },
  {
    title: "Malenkov falls; Bulganin becomes Soviet premier",
    when: "1955-02-08",
    lane: "negotiations",
    tags: ["Khrushchev", "Kremlin"],
    body: [
      p(
        "Saito calls it a quiet coup: Premier Malenkov lost out to First Secretary Khrushchev and Nikolai Bulganin, until then defence minister, took his place. Khrushchev's hand grew stronger but not yet secure, and although many officials took part in policy on Japan, Saito holds that the final word was his.",
        saito(3),
      ),
    ],
  },
  {
    title: "The London talks",
    when: "1955-06/1956-03-20",
    lane: "negotiations",
    tags: ["London talks"],
    body: [
      p(
        "Ambassadors Yakov Malik and Shunichi Matsumoto, acquainted since the war years, led the talks at the Soviet embassy in London. The opening day itself is in doubt (it has its own entry), so this interval starts with the month.",
        saito(4),
      ),
      list(
        [
          "June–September 1955: first round, ending with a meeting on 13 September; Malik then left for the UN General Assembly and the talks paused for over four months.",
          saito(5),
        ],
        [
          "7 January 1956: talks resume; Malik repeats that detainees will be freed only after a treaty and an amnesty.",
          saito(5),
        ],
        [
          "20 March 1956: after the 23rd session the delegates adjourn without a date; the unsigned Russian article says the Japanese chief delegate was recalled to Tokyo that day.",
          saito(5),
          noPeaceTreaty("dulles"),
        ],
      ),
      heading("Why they stalled"),
      p(
        "The accounts put the blame on opposite sides: ",
        claimed("Soviet overconfidence, or Japanese demands backed by Washington", "london-stall"),
        ".",
      ),
    ],
    claims: [
      {
        id: "london-stall",
        label: "Why the London talks failed",
        variants: [
          {
            value: "A wide gap on detainees and islands, and Khrushchev's misjudgement",
            note: "Saito: Moscow expected its offers (freeing detainees, dropping its UN veto, two small islands) to bring a quick treaty; Tokyo instead told Matsumoto to keep bargaining over territory, Malik hardened his terms, and his trips to the UN and to the party congress left the talks idle.",
            citations: [saito(4), saito(5)],
          },
          {
            value: "Japanese demands for more, encouraged by the United States",
            note: "Unsigned article: Tokyo took the two-island offer as a sign that more could be had, and American obstruction wrecked the second round; the Japanese chief delegate was recalled on 20 March 1956, to Washington's satisfaction.",
            citations: [noPeaceTreaty("dulles"), record("dullesNote")],
          },
        ],
        status: "disputed",
        reason:
          "Both accounts record the same sequence of offer, Japanese refusal and adjournment, but they blame opposite sides, and the Russian article gives American pressure a weight that Saito's chapter does not describe.",
      },
    ],
  },
  {
    title: "London talks open: 1 or 3 June 1955?",
    when: "[1955-06-01,1955-06-03]",
    lane: "negotiations",
    tags: ["London talks", "date"],
    body: [
      p(
        "The first session is dated ",
        claimed("1 June or 3 June 1955", "london-opening"),
        ", depending on where one reads:",
      ),
      list(
        [bold("1 June 1955"), ": Saito, for the first meeting at the Soviet embassy.", saito(4)],
        [
          bold("3 June 1955"),
          ": Saito, a few paragraphs later, for the opening exchange between Matsumoto and Malik.",
          saito(4),
          record("matsumoto", "page", "29"),
        ],
        [
          bold("3 June 1955"),
          ": the unsigned Russian article, for the start of negotiations at the embassy.",
          noPeaceTreaty("dulles"),
        ],
      ),
      p(
        "The ",
        italic("when"),
        " is an EDTF set: one of these two days. In Saito's telling Matsumoto said there was no hurry, while Malik expected a result within a couple of months.",
        saito(4),
      ),
    ],
    claims: [
      {
        id: "london-opening",
        label: "Opening date of the London talks",
        variants: [
          {
            value: "1 June 1955",
            note: "Saito, section 4, for the first meeting of the talks at the Soviet embassy.",
            citations: [saito(4)],
          },
          {
            value: "3 June 1955",
            note: "The unsigned article dates the start of negotiations at the Soviet embassy to this day; Saito too puts the first exchange between the chief delegates on 3 June.",
            citations: [noPeaceTreaty("dulles"), saito(4), record("matsumoto", "page", "29")],
          },
        ],
        status: "disputed",
        reason:
          "Saito gives both dates, perhaps for a preliminary meeting and the first formal session, without explaining the difference; the Russian article has only 3 June. None of the three documents says which counts as the opening.",
      },
    ],
  },
  {
    title: "Soviet draft peace treaty tabled",
    when: "1955-06-14",
    lane: "negotiations",
    tags: ["London talks", "draft treaty"],
    body: [
      p(
        "Both Saito and the unsigned Russian article date the Soviet draft to 14 June 1955; Saito places it at the third session and lists eight points:",
        record("sovietDraft"),
        saito(4),
        record("matsumoto", "page", "183-186"),
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
        saito(4),
        noPeaceTreaty("dulles"),
      ),
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
        saito(5),
      ),
    ],
  },
  {
    title: "Soviet veto keeps Japan out of the UN",
    when: "1955-12-15",
    lane: "negotiations",
    tags: ["United Nations"],
    body: [
      p(
        "Moscow vetoed Japan's application for UN membership. Saito writes that this made plain in Tokyo the cost of having no relations with the USSR, while Soviet seizures of Japanese fishing boats in northern waters rose sharply.",
        saito(5),
      ),
    ],
  },
  {
    title: "Domnitsky tries the back channel again",
    when: "1956-01~",
    lane: "negotiations",
    tags: ["Domnitsky note", "Adenauer formula", "Kono"],
    body: [
      p(
        "Late in January 1956, Saito writes, Domnitsky again bypassed the foreign minister, reaching Hatoyama through the fisheries executive Rensaku Onishi and the minister Ichiro Kono. He offered a quick settlement on the Adenauer model: end the state of war, send the detainees home, exchange ambassadors, and leave territory, trade and fishing for later. Nothing came of it, and Domnitsky went on cultivating Kono, Hatoyama's closest ally.",
        saito(5),
      ),
    ],
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
        saito(6),
        record("salmonResolution"),
      ),
      list(
        [
          bold("Saito"),
          ": a disciplinary lever aimed at the fishing lobby close to Hatoyama's cabinet; from then on Moscow set the pace.",
          saito(6),
        ],
        [
          bold("Unsigned Russian article"),
          ": a conservation rule limiting the catch for Soviet and foreign fishermen alike during spawning, which also, it grants, pushed Tokyo to settle.",
          noPeaceTreaty("dulles"),
        ],
      ),
      p(
        "The two readings differ in tone more than in substance, so the demo records them as prose rather than as a claim. The season code 1956-21 (spring 1956) stands for the whole period at stake.",
      ),
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
        saito(6),
        noPeaceTreaty("dulles"),
      ),
      p(
        "Fisheries minister Ishkov refused a stop-gap agreement before diplomatic relations, and proposed a zone stretching from the Bering Sea to southern Kyushu. Kono then met Bulganin on 9 May, without a Foreign Ministry interpreter, and obtained a one-year arrangement on condition that peace talks resume by 31 July.",
        saito(6),
      ),
      summary(
        "Rumour in Tokyo had it that ",
        claimed("Kono had secretly given up the four islands", "kono-secret-deal"),
        "; Saito shows why that was not so.",
        saito(6),
      ),
    ],
    claims: [
      {
        id: "kono-secret-deal",
        label: "Did Kono secretly give up the four islands in Moscow?",
        variants: [
          {
            value: "Yes, according to rumours in Tokyo",
            note: "Saito reports the rumour, fed by Kono's meeting Bulganin alone, without a Foreign Ministry interpreter.",
            citations: [saito(6)],
          },
          {
            value: "No: his only private undertaking was to reopen the peace talks by 31 July",
            note: "Saito, citing the Soviet interpreter Adyrkhaev, who was in the room; in an endnote he adds that Vice-Minister Hogen also denied any secret deal. The unsigned article likewise has Kono inviting Moscow back to the table on his own initiative.",
            citations: [saito(6), saitoNote(28), noPeaceTreaty("dulles")],
          },
        ],
        status: "settled",
        acceptedVariant: 1,
        reason:
          "Saito settles it on the word of the only other person present, the Soviet interpreter, backed by a Japanese vice-minister; neither of the other documents suggests a deal.",
      },
    ],
  },
  {
    title: "Fisheries convention signed: 14 or 15 May 1956?",
    when: "[1956-05-14,1956-05-15]",
    lane: "negotiations",
    tags: ["fisheries", "date"],
    body: [
      p(
        "The fisheries convention and the agreement on rescue at sea were signed in Moscow on ",
        claimed("14 or 15 May 1956", "fisheries-signing-date"),
        ".",
        saito(6),
        noPeaceTreaty("dulles"),
      ),
      p(
        "Both accounts agree that the conventions would take effect only once diplomatic relations were restored; Saito adds that the one-year provisional deal applied at once, just in time for the season.",
        saito(6),
      ),
    ],
    claims: [
      {
        id: "fisheries-signing-date",
        label: "Signing date of the 1956 fisheries convention",
        variants: [
          {
            value: "15 May 1956",
            note: "Saito: Ishkov and Kono signed the fisheries convention, the sea-rescue agreement and the provisional agreement for 1956, which took effect on signature.",
            citations: [saito(6)],
          },
          {
            value: "14 May 1956",
            note: "Unsigned article: the fisheries convention and the agreement on helping seafarers in distress were both signed on this day.",
            citations: [noPeaceTreaty("dulles")],
          },
        ],
        status: "disputed",
        reason:
          "One day apart, with no explanation in either text, and neither cites the signed instruments that would settle it.",
      },
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
        saito(7),
      ),
      p(
        "Saito gives no closing date. Shepilov announced he would leave for a Suez conference in London on the 14th and wanted an answer by the morning of the 13th, so the end is marked uncertain.",
        saito(7),
      ),
    ],
  },
  {
    title: "Shigemitsu proposes accepting Soviet terms",
    when: "1956-08-11/1956-08-12",
    lane: "negotiations",
    tags: ["Moscow talks", "Shigemitsu"],
    body: [
      p(
        "Faced with Soviet refusal on Kunashiri and Etorofu, Shigemitsu concluded that further delay might even cost Japan the two small islands, and that a treaty should be signed on Moscow's terms. The accounts place his statement ",
        claimed(
          "on 11 August before his delegation in Moscow, or on 12 August in Tokyo",
          "shigemitsu-statement",
        ),
        ".",
        saito(7),
        noPeaceTreaty("dulles"),
      ),
      p(
        "Matsumoto objected, and Hatoyama rejected the idea of a treaty on those terms.",
        saito(7),
        saito(8),
      ),
    ],
    claims: [
      {
        id: "shigemitsu-statement",
        label: "When and where Shigemitsu proposed accepting the Soviet terms",
        variants: [
          {
            value: "Night of 11 August 1956, to his own delegation in Moscow",
            note: "Saito: Matsumoto objected and insisted that Tokyo be consulted before anything was signed.",
            citations: [saito(7)],
          },
          {
            value: "12 August 1956, in Tokyo",
            note: "The unsigned article quotes his statement that the discussion was exhausted, dates it to 12 August and places it in Tokyo.",
            citations: [noPeaceTreaty("dulles")],
          },
        ],
        status: "disputed",
        reason:
          "The Russian article itself has Shigemitsu heading the delegation in Moscow, yet puts the statement in Tokyo a day later; it may be reporting how his words reached Tokyo, but it does not say so, and neither account names its source for them.",
      },
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
        saito(8),
        record("matsumoto", "page", "121"),
      ),
      list(
        [
          bold("11 September"),
          ": Hatoyama writes to Bulganin (date from the unsigned Russian article).",
          record("hatoyamaLetter"),
          noPeaceTreaty("dulles"),
        ],
        [
          bold("13 September"),
          ": Bulganin's reply accepts the five points but omits the promise of later territorial talks, which Hatoyama's opponents in the LDP seized on.",
          record("bulganinLetter"),
          saito(8),
        ],
      ),
      p(
        "Saito calls it the first direct letter exchange between the two heads of government since the war.",
        saito(8),
      ),
    ],
  },
  {
    title: "Hatoyama's mission to Moscow",
    when: "1956-10-07/1956-10-19",
    lane: "negotiations",
    tags: ["Moscow talks", "Hatoyama"],
    body: [
      list(
        [
          "2 October: Hatoyama explains his reasons (peace, a stronger and more independent Japan, the detainees and their families) while vowing not to give up the islands; the cabinet approves the trip the same day.",
          saito(8),
          noPeaceTreaty("dulles"),
        ],
        [
          "7 October: the delegation leaves by the European route; it reaches Moscow on 12 October.",
          saito(8),
        ],
        [
          "15 October: first formal session in the Kremlin; Bulganin proposes a joint declaration and tables a draft.",
          saito(8),
          record("matsumoto", "page", "208-211"),
        ],
        "16–18 October: Kono and Khrushchev negotiate the territorial wording (see the Territory lane).",
      ),
      p(
        "Why the journey ended in ",
        claimed("a joint declaration rather than a peace treaty", "why-declaration"),
        " is told differently by the two accounts. Saito notes that Hatoyama, partly paralysed after a stroke, had promised to step down once relations were restored.",
        saito(8),
      ),
    ],
    claims: [
      {
        id: "why-declaration",
        label: "Why a joint declaration was signed instead of a peace treaty",
        variants: [
          {
            value: "Hatoyama's own plan: restore relations now, keep negotiating on territory",
            note: "Saito: having turned down Shigemitsu's idea of a treaty on Soviet terms, Hatoyama set out to restore relations without a treaty and leave the territorial talks open; at the first Kremlin session Bulganin proposed the declaration formula and Japan agreed.",
            citations: [saito(8), record("matsumoto", "page", "208-211")],
          },
          {
            value: "A compromise forced on both sides, with American pressure behind Japan",
            note: "Unsigned article: US threats and anti-Soviet circles in Japan kept a full treaty out of reach, Tokyo held out for Kunashiri and Etorofu as well, and a declaration was what remained, to the State Department's satisfaction.",
            citations: [noPeaceTreaty("dulles"), record("usMemo1956")],
          },
        ],
        status: "disputed",
        reason:
          "Both agree the island question blocked a treaty. Saito presents the declaration as the route Japan chose; the Russian article as a retreat forced by demands it blames on Washington, though it also credits Hatoyama with wanting relations first and territory later.",
      },
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
        saito(9),
        record("jointDeclaration"),
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
        "Each document stresses a different point: the Russian article the first, ending the war; Katasonova the fifth, on prisoners, noting that wages for camp labour and other prisoners' rights were left out.",
        record("jointDeclaration", "paragraph", "1"),
        noPeaceTreaty("introduction"),
        record("jointDeclaration", "paragraph", "5"),
        katasonova("repatriation"),
      ),
    ],
  },
  {
    title: "Ratification of the Joint Declaration",
    when: "1956-11-27/1956-12-12",
    lane: "negotiations",
    tags: ["Joint Declaration", "date"],
    body: [
      list(
        [
          bold("27 November"),
          ": the House of Representatives approves (both Saito and the Russian article; the latter says unanimously).",
          saito(9),
          noPeaceTreaty("dulles"),
        ],
        [
          bold("House of Councillors"),
          ": approval comes on ",
          claimed("5 or 2 December", "councillors-date"),
          ", depending on the account.",
          saito(9),
          noPeaceTreaty("dulles"),
        ],
        [
          bold("8 December"),
          ": the Emperor approves and the Supreme Soviet Presidium ratifies (Russian article only).",
          noPeaceTreaty("dulles"),
        ],
        [
          bold("12 December"),
          ": instruments exchanged in Tokyo and the declaration takes effect (both).",
          saito(9),
          noPeaceTreaty("dulles"),
        ],
      ),
    ],
    claims: [
      {
        id: "councillors-date",
        label: "When Japan's House of Councillors approved the declaration",
        variants: [
          {
            value: "5 December 1956",
            note: "Saito, after the lower house vote of 27 November.",
            citations: [saito(9)],
          },
          {
            value: "2 December 1956, with three votes against",
            note: "Unsigned article, which also calls the lower house vote unanimous and puts the Emperor's approval and Soviet ratification on 8 December.",
            citations: [noPeaceTreaty("dulles")],
          },
        ],
        status: "disputed",
        reason:
          "Three days apart, with no explanation in either text; both agree on the lower house vote of 27 November and on the exchange of instruments on 12 December.",
      },
    ],
  },
  {
    title: "Security Council backs Japan's UN membership",
    when: "1956-12-18",
    lane: "negotiations",
    tags: ["United Nations"],
    body: [
      p(
        "With the Soviet veto gone, the Security Council backed Japan's membership without dissent. Saito recalls Shigemitsu telling the General Assembly that Japan wished to act as a bridge between East and West.",
        saito(9),
      ),
    ],
  },
];
