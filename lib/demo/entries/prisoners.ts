import { bold, heading, italic, list, p, summary } from "../text";
import type { DemoEntry } from "../types";

/** Lane "Prisoners of war": from the decision to ship them east to the last repatriation. */
export const PRISONERS: DemoEntry[] = [
  {
    title: "Decree 9898-ss: 500,000 Japanese for labour in the USSR",
    when: "1945-08-23",
    lane: "prisoners",
    tags: ["POW", "forced labour", "Potsdam Declaration"],
    body: [
      p(
        "One week after the order to keep prisoners in Manchuria, the State Defense Committee chaired by Stalin adopted a top-secret decree on receiving, housing and employing Japanese army prisoners. It set out the transfer of ",
        bold("500,000"),
        " men to work in the Soviet economy and assigned them to sites across the country.",
      ),
      p(
        "Katasonova calls this a deliberate breach of Article 9 of the Potsdam Declaration. She notes that Stalin signed it in green pencil, a colour he reportedly kept for economic orders, but argues that military, political and personal motives all played a part.",
      ),
      heading("Why the reversal?"),
      p(
        "Katasonova puts forward a hypothesis, not a proven fact: the decree came the day after the Hokkaido landing was cancelled, and may have been Stalin's answer to being denied an occupation zone in Japan. She adds that Russian archives have not yet yielded the discussions behind it.",
      ),
    ],
    sources: [{ source: "katasonova", section: "decision" }],
  },
  {
    title: "How many were captured, and how many died: the figures compared",
    when: "1945/1956",
    lane: "prisoners",
    tags: ["POW", "figures disputed"],
    body: [
      p(
        "The sources give different totals, and they count different things. Parallax keeps all of them side by side.",
      ),
      heading("Captured"),
      list(
        [
          bold("573,984"),
          " soldiers and officers, incl. 110 generals: Vasilevsky's report of 1 September 1945 (via Katasonova).",
        ],
        [
          bold("594,000"),
          " and 148 generals: Pravda, 12 September 1945; also Soviet World History, Gareev, Saitō Rokurō (via Katasonova).",
        ],
        [
          bold("639,776"),
          ", of whom 609,448 Japanese and 30,328 Chinese, Koreans, Mongols and others: Interior Ministry statement of 18 October 1956, which Katasonova judges the most reliable.",
        ],
        [
          bold("639,635"),
          " soldiers, officers, generals and civilians registered: Galitsky, from the prisoner directorate's files (via Katasonova).",
        ],
      ),
      heading("Died"),
      list(
        [
          bold("61,855"),
          " deaths in captivity, incl. 31 generals and 607 officers: the 1956 Interior Ministry statement (via Katasonova).",
        ],
        [
          bold("62,068"),
          " who never came home: Galitsky, a figure that includes 15,986 deaths in front-line camps and collection points.",
        ],
        [bold("46,082"), " deaths on Soviet territory itself: Galitsky (via Katasonova)."],
      ),
      heading("Came home"),
      list(
        [
          bold("546,752"),
          " repatriated 1945–1956, incl. 112 generals and 25,728 officers: the 1956 statement.",
        ],
        [
          bold("418,152"),
          " back in Japan by March 1949: Galitsky, out of 546,086 he counts as held inside the USSR.",
        ],
      ),
      summary(
        "Katasonova notes that the 1956 statement and Galitsky's archive-based count nearly agree; the lower early figures come from 1945 reports.",
      ),
    ],
    sources: [{ source: "katasonova", section: "numbers" }],
  },
  {
    title: "Malik advises keeping the prisoners at work as long as possible",
    when: "1946-09-15",
    lane: "prisoners",
    tags: ["POW", "forced labour", "repatriation"],
    body: [
      p(
        "Katasonova cites a note from Deputy Foreign Minister Ya. A. Malik to Molotov. In her account, Malik weighed the economic value of the prisoners' labour, which argued for holding them as long as possible, against the diplomatic gain of sending some home ahead of peace-treaty talks with the Allies, and proposed a partial repatriation small enough not to upset economic plans.",
      ),
      p(
        "She adds that prisoner labour turned out to be inefficient and costly, yet Moscow still did not hurry to release the men.",
      ),
    ],
    sources: [{ source: "katasonova", section: "status" }],
  },
  {
    title: "Most of the prisoners are home",
    when: "../1949-03",
    lane: "prisoners",
    tags: ["POW", "repatriation", "figures disputed"],
    body: [
      p(
        "Katasonova quotes Galitsky's count that ",
        bold("418,152"),
        " prisoners had reached Japan by March 1949. The sources used here do not say when the first transports left, so this interval has an open start.",
      ),
    ],
    sources: [{ source: "katasonova", section: "numbers" }],
  },
  {
    title: "Moscow's claim: repatriation was finished",
    when: "1950-01?/1950-03",
    lane: "prisoners",
    tags: ["POW", "repatriation", "claim", "figures disputed"],
    body: [
      p(
        "At the London talks in 1955, Saito writes, the Soviet envoy Malik maintained that the return of Japanese internees had been completed ",
        italic("by early 1950"),
        ", and that the men still held were convicted war criminals. The vague date is his; this entry marks it as uncertain.",
      ),
      p(
        "Japanese figures from 1955 tell a very different story (see the family survey of May 1955).",
      ),
    ],
    sources: [{ source: "saito", section: 4 }],
  },
  {
    title: "Japanese survey: 12,731 people still unaccounted for",
    when: "1955-05-01",
    lane: "prisoners",
    tags: ["POW", "figures disputed", "repatriation"],
    body: [
      p(
        "A Japanese government survey of families with relatives held in Soviet territory, as of 1 May 1955, gave (per Saito):",
      ),
      list(
        "1,363 named people with a known location on the Soviet mainland, plus 89 on Sakhalin and the Kurils: 1,452;",
        "9,500 named people on the mainland whose fate was unknown, plus 1,779 on Sakhalin and the Kurils: 11,279;",
        [bold("12,731"), " in all."],
      ),
      summary(
        "Against this, the Soviet side admitted to holding only 1,016 servicemen and 357 civilians at the London talks (Saito), and in October 1956 its own Interior Ministry counted 1,030 convicts still in the USSR plus 713 who had chosen to stay (Katasonova).",
      ),
    ],
    sources: [
      { source: "saito", section: 4 },
      { source: "katasonova", section: "numbers" },
    ],
  },
  {
    title: "London: Japan demands the list of 1,016 soldiers and 357 civilians",
    when: "1955-06-21",
    lane: "prisoners",
    tags: ["POW", "London talks", "figures disputed"],
    body: [
      p(
        "Japan put the return of its people ahead of every other question and asked that it be settled separately from a treaty. Malik refused: in Saito's account he held that the remaining 1,016 soldiers and 357 civilians were war criminals who could come home only through an amnesty after relations were restored.",
      ),
      p(
        "At the fourth meeting, on 21 June, Matsumoto pressed for the names of those 1,373 people and got no satisfactory answer. On 26 July, at the eighth session, Malik said 16 prisoners who had served their terms would go home via the Red Cross and promised the full list soon.",
      ),
      p("Families' groups in Japan, Saito notes, grew increasingly frustrated by the delay."),
    ],
    sources: [
      { source: "saito", section: 4 },
      { source: "saito", section: 5 },
    ],
  },
  {
    title: "The West German precedent: 8,877 prisoners freed",
    when: "1955-09-12/1955-09-13",
    lane: "prisoners",
    tags: ["POW", "West Germany", "Adenauer formula"],
    body: [
      p(
        "During Chancellor Adenauer's visit to Moscow, Saito writes, Khrushchev at first called German prisoners criminals who could not simply be let go; after Adenauer threatened to leave, Bulganin gave a spoken promise that they would start home shortly after relations were established, and a communiqué was signed the next day.",
      ),
      p(
        "The release was not written into the communiqué. As a result of the new ties, ",
        bold("8,877 of 9,626"),
        " German prisoners were allowed home. Saito contrasts this with the 1956 Japanese declaration, which did put the release of Japanese detainees in writing.",
      ),
    ],
    sources: [
      { source: "saito", section: 5 },
      { source: "saito", section: 9 },
    ],
  },
  {
    title: "Khabarovsk camp protest",
    when: "1955-12~/1956-03",
    lane: "prisoners",
    tags: ["POW", "Khabarovsk"],
    body: [
      p(
        "Saito dates the start only to late December 1955. Japanese detainees in Khabarovsk stopped working because the sick and the old were being sent out to labour. In February the camp cut their food; they answered with a hunger strike. ",
        "By March 1956 the dispute was over, with better rations and the sick excused from work.",
      ),
      p("The start is entered as an approximate month, the end as a month."),
    ],
    sources: [{ source: "saito", section: 5 }],
  },
  {
    title: "85 convicted Japanese released early",
    when: "1956-07-12",
    lane: "prisoners",
    tags: ["POW", "amnesty"],
    body: [
      p(
        "Saito reports that the Presidium of the Supreme Soviet approved freeing 85 Japanese sentenced as war criminals before their terms ran out. In Moscow weeks later, Shepilov told Shigemitsu that 114 people, about a tenth of the detainees, would soon be sent back, while Shigemitsu asked for news of 11,177 missing persons.",
      ),
    ],
    sources: [{ source: "saito", section: 7 }],
  },
  {
    title: "Interior Ministry statement on the number of prisoners",
    when: "1956-10-18",
    lane: "prisoners",
    tags: ["POW", "figures disputed", "archives"],
    body: [
      p(
        "On the eve of the Joint Declaration, the Soviet Interior Ministry sent Khrushchev, Bulganin and Mikoyan a statement on Japanese prisoners taken in 1945. Katasonova found it in Russia's State Archives (GA RF) and treats it as the best available count:",
      ),
      list(
        [bold("639,776"), " captured (609,448 Japanese; 30,328 others)"],
        [bold("546,752"), " repatriated between 1945 and 1956"],
        [bold("61,855"), " died in captivity"],
        "1,030 convicts still held, and 713 living in the USSR on residence permits after declining to go home",
      ),
      p("See the comparison entry for how these differ from other counts."),
    ],
    sources: [{ source: "katasonova", section: "numbers" }],
  },
  {
    title: "Amnesty and the last repatriation ship",
    when: "1956-12-23/1956-12-26",
    lane: "prisoners",
    tags: ["POW", "repatriation", "amnesty", "date disputed"],
    body: [
      p("The sources place the end of the repatriation a few days apart:"),
      list(
        [
          bold("23 December 1956"),
          ": Saito gives this as the date of the Supreme Soviet amnesty decree; Katasonova gives it as the date the last group of convicted prisoners was repatriated.",
        ],
        [
          bold("26 December 1956"),
          ": Saito says the last ship, the Koan Maru, reached Maizuru from Nakhodka with 1,025 people aboard. Those amnestied included 20 former army generals and 306 officers.",
        ],
      ),
      p(
        "Katasonova adds that Moscow then considered its duties discharged, sealed the files as top secret and in time stopped answering Japanese families' letters; wages for camp labour and rehabilitation of the wrongly convicted were left out of the declaration.",
      ),
    ],
    sources: [
      { source: "saito", section: 9 },
      { source: "katasonova", section: "repatriation" },
    ],
  },
];
