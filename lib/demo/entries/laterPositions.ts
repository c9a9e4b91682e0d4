import { katasonova, noPeaceTreaty, record, saito } from "../sources";
import { bold, claimed, list, p, summary } from "../text";
import type { DemoEntry } from "../types";

/**
 * Lane "Later positions": how each side stated its position after 1956, and
 * the reading each of the three documents gives. Most entries fall in
 * 1957–1960; the rest are statements of position, so they may be later.
 */
export const LATER_POSITIONS: DemoEntry[] = [
  {
    title: "Kishi steps back from a peace treaty",
    when: "1957?",
    lane: "later",
    tags: ["four islands", "Kishi"],
    body: [
      p(
        "The unsigned Russian article says the next prime minister, Nobusuke Kishi, gave way to American pressure, backed away from treaty talks and again demanded all four southern islands, which it calls a departure from the declaration. It gives no date; the year is entered as uncertain.",
        noPeaceTreaty("dulles"),
      ),
      p(
        "By contrast, it says, Moscow kept to the letter of the declaration: it waived reparations, freed the convicted Japanese early and supported Japan's entry into the UN.",
        noPeaceTreaty("dulles"),
      ),
    ],
  },
  {
    title: "The new US–Japan security treaty hardens Moscow's line",
    when: "1960",
    lane: "later",
    tags: ["security treaty", "United States"],
    body: [
      p(
        "The unsigned article argues that the 1960 security treaty, aimed in its view at the USSR and China, made any frontier settlement harder: in Cold War conditions, land handed to Japan would widen the area open to foreign forces. It adds that Khrushchev took the treaty as a personal affront to his efforts at compromise.",
        noPeaceTreaty("dulles"),
      ),
    ],
  },
  {
    title: "Soviet memorandum ties the two islands to a withdrawal of foreign troops",
    when: "1960-01-27",
    lane: "later",
    tags: ["Shikotan/Habomai", "security treaty"],
    body: [
      p(
        "On Khrushchev's instructions the Soviet Foreign Ministry told Tokyo that Habomai and Shikotan would be handed over only ",
        claimed(
          "once every foreign soldier had left Japan and a peace treaty was signed",
          "memo-1960",
        ),
        ", presenting this as what the 1956 declaration had laid down.",
        record("sovietMemo1960"),
        noPeaceTreaty("dulles"),
      ),
      list(
        [
          bold("Japan's reply"),
          ": the USSR was adding new conditions and trying to rewrite a ratified declaration; Japan would go on seeking not only the two islands but its other former territories as well.",
          record("japanReply1960"),
        ],
        [
          bold("Unsigned Russian article"),
          ": the transfer had always hinged on a treaty, and Japan's four-island demand was devised to prevent one.",
          noPeaceTreaty("dulles"),
        ],
      ),
    ],
    claims: [
      {
        id: "memo-1960",
        label: "Did the 1960 memorandum add a new condition to the declaration?",
        variants: [
          {
            value: "No: it restated what the declaration provided",
            note: "The memorandum's own wording, as the unsigned article quotes it, says the transfer would take place as the 1956 declaration stipulated.",
            citations: [record("sovietMemo1960"), noPeaceTreaty("dulles")],
          },
          {
            value: "Yes: the withdrawal of foreign troops was a new condition",
            note: "The Japanese reply: one side cannot change a ratified declaration, and troop withdrawal appears nowhere in it. Saito's list of the declaration's ten points likewise ties the transfer to a peace treaty alone.",
            citations: [record("japanReply1960"), noPeaceTreaty("dulles"), saito(9)],
          },
        ],
        status: "disputed",
        reason:
          "The declaration as both Saito and the Russian article summarise it links the transfer to a peace treaty only. The memorandum claims continuity while adding the troop condition, and the Russian article defends the treaty condition without arguing that the troop condition was in the 1956 text.",
      },
    ],
  },
  {
    title: "Tokyo's reading: the promise of two islands carried no conditions",
    when: "[1960..]",
    lane: "later",
    tags: ["Shikotan/Habomai", "Joint Declaration"],
    body: [
      p(
        "The unsigned article quotes, without a date, a Japanese government statement on the 1956 declaration: both parliaments ratified it, so it binds like a treaty and cannot be changed by a note; the USSR agreed to hand over Habomai and Shikotan but not Kunashiri and Etorofu, and attached no reservation to that promise.",
        record("japanOnDeclaration"),
        noPeaceTreaty("dulles"),
      ),
      p(
        "The article answers that the islands could change hands only after a peace treaty, and that Japan treats the two-island question as closed in order to argue over the other two. Because the statement is undated and the article places it after the 1960 exchange, the entry uses an open set: 1960 or later.",
        noPeaceTreaty("dulles"),
      ),
    ],
  },
  {
    title: "Gorbachev in Tokyo: lists of the dead and an agreement on the camps",
    when: "1991-04",
    lane: "later",
    tags: ["POW", "memory"],
    body: [
      p(
        "Katasonova writes that the prisoners returned to the agenda only with Mikhail Gorbachev's visit to Japan. Japan received lists naming 27,800 Japanese who died in Soviet captivity and lie buried there, families were allowed to visit graves, and the two governments signed an agreement on people held in the prisoner camps.",
        katasonova("aspects"),
        record("agreement1991"),
      ),
      p(
        "The same year the USSR began reviewing the sentences passed on Japanese in captivity, as part of its wider rehabilitation of victims of repression.",
        katasonova("aspects"),
      ),
    ],
  },
  {
    title: "Yeltsin acknowledges the treatment of the prisoners",
    when: "1993-10",
    lane: "later",
    tags: ["POW", "memory"],
    body: [
      p(
        "On an official visit to Japan, Katasonova notes, President Boris Yeltsin stated that Stalin's regime had treated the Japanese prisoners inhumanely. She lists it as the last of the humanitarian steps that Russia, as the USSR's successor, carried on.",
        katasonova("aspects"),
      ),
    ],
  },
  {
    title: "Moscow offers the 1956 terms again; Tokyo wants all four islands",
    when: "2004-11-14/2005-09-27",
    lane: "later",
    tags: ["Shikotan/Habomai", "four islands"],
    body: [
      list(
        [
          bold("14 November 2004"),
          ": Foreign Minister Sergei Lavrov says Russia would honour the 1956 declaration if Japan did the same, while noting that the two sides read it differently.",
          noPeaceTreaty("dulles"),
        ],
        [
          bold("16 November 2004"),
          ": Prime Minister Junichiro Koizumi answers that no peace treaty will come before Japan's ownership of all four islands is settled.",
          noPeaceTreaty("dulles"),
        ],
        [
          bold("27 September 2005"),
          ": President Vladimir Putin declares the Kurils Russian as a result of the war, and not open to discussion.",
          noPeaceTreaty("dulles"),
        ],
      ),
      p(
        "The unsigned article presents the sequence as a Russian gesture that Japan rebuffed.",
        noPeaceTreaty("dulles"),
      ),
    ],
  },
  {
    title: "Saito's reading: a weak hand and a letter that kept the claim alive",
    when: "[2001..]",
    lane: "later",
    tags: ["reading", "Saito"],
    body: [
      p(
        "Saito's chapter is undated; the newest work it cites is from 2001, so it is entered as 2001 or later.",
      ),
      list(
        [
          "Moscow bargained with three offers (the detainees, its UN veto and the two small islands) and split Tokyo by courting Hatoyama's circle over the heads of the diplomats, which weakened Japan at the table.",
          saito(4),
        ],
        [
          "Khrushchev wanted a quick success and misjudged how Tokyo would respond to the islands offer.",
          saito(5),
        ],
        [
          "The Matsumoto–Gromyko letters are what has kept the northern-islands question on the table ever since.",
          saito(9),
        ],
      ),
    ],
  },
  {
    title: "Katasonova's reading: a breach of Potsdam and an unfinished humanitarian debt",
    when: "2020-07/..",
    lane: "later",
    tags: ["reading", "Katasonova", "POW"],
    body: [
      p(
        "Katasonova's article gives no date; its web references were consulted in July 2020, so it is entered as from July 2020 on.",
      ),
      list(
        [
          "Sending the prisoners to Soviet labour broke the Potsdam terms on purpose, and she asks why, since the archives hold only the decree itself.",
          katasonova("decision"),
        ],
        [
          "Their legal status was never settled, and the 1956 declaration left out wages for their work and the review of wrongful convictions.",
          katasonova("status"),
          katasonova("repatriation"),
        ],
        [
          "In Japan the captivity in Siberia has become part of the nation's memory; settling what remains would build the trust a Russian–Japanese peace treaty needs.",
          katasonova("conclusion"),
        ],
      ),
    ],
  },
  {
    title: "The unsigned article's reading: no state of war, and no treaty through Japan's fault",
    when: "[2011..2013]",
    lane: "later",
    tags: ["reading", "unsigned article"],
    body: [
      p(
        "The article names no date but counts anniversaries that point to 2011–2013. It opens by rejecting the idea, common in Russian media, that the two countries are still at war: the first point of the 1956 declaration ended that state.",
        noPeaceTreaty("introduction"),
        record("jointDeclaration", "paragraph", "1"),
      ),
      summary(
        "Its verdict: the United States built the dispute into the San Francisco treaty and later pressed Tokyo, Khrushchev's offer was a mistake, and Japan's four-island demand keeps a treaty out of reach. It closes with polls in which about nine Russians in ten oppose giving up any land.",
        noPeaceTreaty("sanFrancisco"),
        noPeaceTreaty("dulles"),
      ),
    ],
  },
];
