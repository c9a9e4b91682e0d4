import { katasonova, record, saito } from "../sources";
import { bold, claimed, heading, list, p, summary } from "../text";
import type { DemoEntry } from "../types";

/** Lane "Prisoners & repatriation": from the decision to ship them east to the last ship home. */
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
        record("decree9898", "folio", "593-598"),
        katasonova("decision"),
      ),
      p(
        "Katasonova calls this a deliberate breach of the Potsdam promise to let disarmed soldiers go home. She notes that Stalin signed it in green pencil, a colour he reportedly kept for economic orders, but argues that military, political and personal motives all played a part.",
        katasonova("decision"),
      ),
      heading("Why the reversal?"),
      p(
        "Katasonova puts forward a hypothesis, not a proven fact: the decree came the day after the Hokkaido landing was cancelled, and may have been Stalin's answer to being denied an occupation zone in Japan. She adds that Russian archives have not yet yielded the discussions behind it.",
        katasonova("decision"),
      ),
    ],
  },
  {
    title: "Molotov asks Byrnes why America sends its prisoners home",
    when: "1945-09-0X",
    lane: "prisoners",
    tags: ["POW", "forced labour"],
    body: [
      p(
        "In a private talk at the start of September 1945, Katasonova writes, Molotov put a question to James Byrnes, the American Secretary of State: why was America shipping captured Japanese home instead of putting them to work, as the USSR was doing? She reads the question as a disclosure of the decision Moscow had just taken.",
        katasonova("status"),
      ),
      p(
        "Her explanation is economic above all: a country ruined by the war, with millions dead, badly needed labour. The prisoners were spread from Vladivostok to Tbilisi, most of them in Siberia and the Far East, though they never filled the labour gap.",
        katasonova("status"),
      ),
    ],
  },
  {
    title: "How many were captured, and how many died: the figures compared",
    when: "1945/1956",
    lane: "prisoners",
    tags: ["POW", "figures", "archives"],
    body: [
      p(
        "The documents give different totals, and the totals count different things: men taken at the front, men registered, men moved into the USSR. Parallax keeps each account with its source rather than picking one.",
      ),
      heading("Captured"),
      p(
        "Soviet records put the Japanese taken in 1945 at anywhere from ",
        claimed("573,984 to 639,776", "pow-count"),
        ", depending on the record and its date.",
        katasonova("numbers"),
      ),
      list(
        [
          bold("573,984"),
          ", 110 generals among them: Vasilevsky's report as of 1 September 1945.",
          record("vasilevsky", "page", "371"),
        ],
        [
          bold("594,000"),
          " and 148 generals: Pravda, 12 September 1945, and later Soviet and Japanese authors.",
          record("pravda"),
        ],
        [
          bold("639,776"),
          ", of whom 609,448 Japanese and 30,328 Chinese, Koreans, Mongols and others: the Interior Ministry statement of 18 October 1956.",
          record("interiorMinistry", "folio", "9-12"),
        ],
        [
          bold("639,635"),
          " soldiers, officers, generals and civilians registered: Galitsky, from the prisoner directorate's files.",
          record("galitsky", "page", "69"),
        ],
      ),
      heading("Died"),
      p(
        "Deaths in captivity are given as ",
        claimed("46,082, 61,855 or 62,068", "pow-deaths"),
        ", depending on where and how they are counted.",
        katasonova("numbers"),
      ),
      list(
        [
          bold("61,855"),
          ", 31 generals and 607 officers among them: the 1956 Interior Ministry statement.",
          record("interiorMinistry", "folio", "9-12"),
        ],
        [
          bold("62,068"),
          " who never came home, a figure that takes in 15,986 deaths in front-line camps and collection points: Galitsky.",
          record("galitsky", "page", "69"),
        ],
        [
          bold("46,082"),
          " deaths on Soviet territory itself: Galitsky.",
          record("galitsky", "page", "69"),
        ],
      ),
      heading("Came home"),
      list(
        [
          bold("546,752"),
          " repatriated 1945–1956, 112 generals and 25,728 officers among them: the 1956 statement.",
          record("interiorMinistry", "folio", "9-12"),
        ],
        [
          bold("418,152"),
          " back in Japan by March 1949: Galitsky, out of 546,086 he counts as held inside the USSR.",
          record("galitsky", "page", "69"),
        ],
      ),
      summary(
        "Katasonova regards the 1956 statement as the best count and notes that Galitsky's archive figures nearly match it; the lower numbers are early reports from 1945.",
        katasonova("numbers"),
      ),
    ],
    claims: [
      {
        id: "pow-count",
        label: "Japanese taken prisoner by Soviet forces in 1945",
        variants: [
          {
            value: "573,984 soldiers and officers, 110 of them generals",
            note: "Marshal Vasilevsky's final report, figures as of 1 September 1945; Katasonova lists it among the first numbers printed in the Soviet press.",
            citations: [katasonova("numbers"), record("vasilevsky", "page", "371")],
          },
          {
            value: "594,000 soldiers and officers, plus 148 generals",
            note: "Pravda, 12 September 1945, adding that up to 20,000 were wounded and that 70,880 were freed in the combat zone. The same total is in the Soviet ten-volume World History and in General M. A. Gareev's articles, and Katasonova says it is the figure commonly held in Japan as well, for instance by Saitō Rokurō of the former detainees' association.",
            citations: [katasonova("numbers"), record("pravda")],
          },
          {
            value: "639,776: 609,448 Japanese and 30,328 Chinese, Koreans, Mongols and others",
            note: "Interior Ministry statement of 18 October 1956, which Katasonova found in the Russian State Archives (GA RF); she calls it the most reliable figure.",
            citations: [katasonova("numbers"), record("interiorMinistry", "folio", "9-12")],
          },
          {
            value: "639,635 soldiers, officers, generals and civilians registered",
            note: "V. P. Galitsky, from the prisoner directorate's files, for 9 August to 2 September 1945. By his account 65,245 of them were freed at the front, 12,318 handed to Mongolia and 15,986 died in front-line camps, leaving 546,086 held inside the USSR.",
            citations: [katasonova("numbers"), record("galitsky", "page", "69")],
          },
        ],
        status: "disputed",
        reason:
          "The counts come from different moments and cover different people: early reports from September 1945, a 1956 ministry tally that includes non-Japanese, and a registry count that includes civilians. Katasonova prefers the 1956 statement and finds Galitsky close to it, but the 594,000 figure is still the one usually cited in Japan, so the documents do not agree on one number.",
      },
      {
        id: "pow-deaths",
        label: "Japanese who died in Soviet captivity",
        variants: [
          {
            value: "61,855, with 31 generals and 607 officers among them",
            note: "Interior Ministry statement of 18 October 1956, for deaths in captivity (Katasonova).",
            citations: [katasonova("numbers"), record("interiorMinistry", "folio", "9-12")],
          },
          {
            value: "46,082 on Soviet territory",
            note: "Galitsky's count of deaths inside the USSR; it leaves out the 15,986 who died in front-line camps and collection points before transfer.",
            citations: [katasonova("numbers"), record("galitsky", "page", "69")],
          },
          {
            value: "62,068 who never returned",
            note: "Also Galitsky: everyone who did not come back, the 15,986 front-line deaths included.",
            citations: [katasonova("numbers"), record("galitsky", "page", "69")],
          },
          {
            value: "27,800 named dead",
            note: "The lists of Japanese who died and were buried in the USSR that Japan received during Gorbachev's visit in April 1991 (Katasonova). A list of names known at the time, not a complete total.",
            citations: [katasonova("aspects")],
          },
        ],
        status: "disputed",
        reason:
          "The figures differ mainly in what they take in: deaths at the front before transfer, deaths inside the USSR, or everyone who never returned, while the 1991 lists name only the dead identified by then. None of the documents explains why the ministry's 61,855 and Galitsky's 62,068 are close but not equal.",
      },
    ],
  },
  {
    title: "Malik advises keeping the prisoners at work as long as possible",
    when: "1946-09-15",
    lane: "prisoners",
    tags: ["POW", "forced labour", "repatriation"],
    body: [
      p(
        "Katasonova cites a note from Deputy Foreign Minister Ya. A. Malik to Molotov. In her account, Malik weighed the economic value of the prisoners' labour, which argued for holding them as long as possible, against the diplomatic gain of sending some home ahead of peace-treaty talks with the Allies, and proposed a partial repatriation small enough not to upset economic plans.",
        record("malikMemo", "folio", "46-47"),
        katasonova("status"),
      ),
      p(
        "She adds that prisoner labour turned out to be inefficient and costly, yet Moscow still did not hurry to release the men.",
        katasonova("status"),
      ),
    ],
  },
  {
    title: "Most of the prisoners are home",
    when: "../1949-03",
    lane: "prisoners",
    tags: ["POW", "repatriation", "figures"],
    body: [
      p(
        "Katasonova quotes Galitsky's count that ",
        bold("418,152"),
        " prisoners had reached Japan by March 1949. The sources used here do not say when the first transports left, so this interval has an open start.",
        katasonova("numbers"),
        record("galitsky", "page", "69"),
      ),
    ],
  },
  {
    title: "Moscow's claim: repatriation was finished",
    when: "1950-01?/1950-03",
    lane: "prisoners",
    tags: ["POW", "repatriation"],
    body: [
      p(
        "At the London talks in 1955, Saito writes, the Soviet envoy Malik maintained that ",
        claimed(
          "the return of Japanese internees had been completed early in 1950",
          "repatriation-finished",
        ),
        ", and that the men still held were convicted war criminals. The vague date is his; this entry marks it as uncertain.",
        saito(4),
        record("matsumoto", "page", "32"),
      ),
      p(
        "Katasonova, by contrast, describes a repatriation that dragged on for close to ten years, until the last sentenced prisoners left in December 1956.",
        katasonova("abstract"),
        katasonova("repatriation"),
      ),
    ],
    claims: [
      {
        id: "repatriation-finished",
        label: "When the repatriation of Japanese from the USSR ended",
        variants: [
          {
            value: "Early 1950, apart from convicted war criminals",
            note: "Malik's position at the London talks, as Saito gives it from Matsumoto's memoir: 1,016 soldiers and 357 civilians remained, all sentenced, and they could leave only through an amnesty once relations were restored.",
            citations: [saito(4), record("matsumoto", "page", "32")],
          },
          {
            value: "December 1956",
            note: "Katasonova: the return of the captured took almost ten years and ended with the last sentenced group on 23 December 1956; the 1956 Interior Ministry statement counts returns from 1945 through 1956. Saito's last repatriation ship docked on 26 December 1956.",
            citations: [
              katasonova("repatriation"),
              record("interiorMinistry", "folio", "9-12"),
              saito(9),
            ],
          },
        ],
        status: "disputed",
        reason:
          "The accounts agree that most men were home by about 1950; they differ on whether those kept back as convicts count. For Malik they were criminals serving sentences, not prisoners awaiting return; for Katasonova and Saito the repatriation was not over until they too had gone home.",
      },
    ],
  },
  {
    title: "Japanese survey: 12,731 people still unaccounted for",
    when: "1955-05-01",
    lane: "prisoners",
    tags: ["POW", "figures", "repatriation"],
    body: [
      p(
        "A Japanese government survey of families with relatives held in Soviet territory, as of 1 May 1955, gave the following (per Saito):",
        saito(4),
      ),
      list(
        "1,363 named people with a known location on the Soviet mainland, plus 89 on Sakhalin and the Kurils: 1,452;",
        "9,500 named people on the mainland whose fate was unknown, plus 1,779 on Sakhalin and the Kurils: 11,279;",
        [{ ...claimed("12,731", "held-1955"), bold: true }, " in all."],
      ),
      summary(
        "Against this, the Soviet side admitted to holding only 1,016 servicemen and 357 civilians at the London talks, and in October 1956 its own Interior Ministry counted 1,030 convicts still in the USSR plus 713 who had chosen to stay.",
        saito(4),
        katasonova("numbers"),
      ),
    ],
    claims: [
      {
        id: "held-1955",
        label: "Japanese still held in the USSR in 1955–56",
        variants: [
          {
            value: "1,373: 1,016 former soldiers and 357 civilians, all convicted",
            note: "Malik's figures at the London talks in June 1955 (Saito, from Matsumoto's memoir).",
            citations: [saito(4), record("matsumoto", "page", "32")],
          },
          {
            value: "12,731 not yet home: 1,452 located and 11,279 of unknown fate",
            note: "Japanese government survey of families, as of 1 May 1955 (Saito). It counts the missing as well as those known to be alive in Soviet hands.",
            citations: [saito(4)],
          },
          {
            value: "114 to be freed soon, said to be about a tenth of those held",
            note: "Shepilov to Shigemitsu at the Moscow talks of summer 1956 (Saito); Shigemitsu for his part asked for news of 11,177 missing people.",
            citations: [saito(7)],
          },
          {
            value: "1,030 convicts, plus 713 living in the USSR on residence permits",
            note: "Interior Ministry statement of 18 October 1956 (Katasonova); the 713 had refused to go home and held no national passports.",
            citations: [katasonova("numbers"), record("interiorMinistry", "folio", "9-12")],
          },
        ],
        status: "disputed",
        reason:
          "The Soviet figures count only people convicted and serving sentences, or living in the USSR by choice; the Japanese survey counts everyone whose family had not seen them return, the dead and missing included. No document matches the two lists name by name.",
      },
    ],
  },
  {
    title: "London: Japan demands the list of 1,016 soldiers and 357 civilians",
    when: "1955-06-21",
    lane: "prisoners",
    tags: ["POW", "London talks"],
    body: [
      p(
        "Japan put the return of its people ahead of every other question and asked that it be settled separately from a treaty. Malik refused: in Saito's account he held that the remaining 1,016 soldiers and 357 civilians were war criminals who could come home only through an amnesty after relations were restored.",
        saito(4),
        record("matsumoto", "page", "32"),
      ),
      p(
        "At the fourth meeting, on 21 June, Matsumoto pressed for the names of those 1,373 people and got no satisfactory answer. Families' groups in Japan, Saito notes, grew increasingly frustrated by the delay.",
        saito(4),
      ),
    ],
  },
  {
    title: "Malik promises a list, and 16 convicts go home",
    when: "1955-07-26",
    lane: "prisoners",
    tags: ["POW", "London talks", "Red Cross"],
    body: [
      p(
        "At the eighth London session Malik told Matsumoto that 16 Japanese who had served their sentences would be sent home at once through the International Red Cross, handed over their names, and undertook to deliver the full list of 1,016 former soldiers and 357 civilians before long. Saito sees in it a bright spot in otherwise stalled talks.",
        saito(5),
      ),
    ],
  },
  {
    title: "The West German precedent: 8,877 prisoners freed",
    when: "1955-09-12/1955-09-13",
    lane: "prisoners",
    tags: ["POW", "West Germany", "Adenauer formula"],
    body: [
      p(
        "During Chancellor Adenauer's visit to Moscow, Saito writes, Khrushchev at first called German prisoners criminals who could not simply be let go; after Adenauer ordered his delegation home, Bulganin gave a spoken promise that they would start home shortly after relations were established, and a communiqué was signed the next day.",
        saito(5),
      ),
      p(
        "The release was not written into the communiqué. As a result of the new ties, ",
        bold("8,877 of 9,626"),
        " German prisoners were allowed home. Saito contrasts this with the 1956 Japanese declaration, which did put the release of Japanese detainees in writing.",
        saito(5),
        saito(9),
      ),
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
        saito(5),
      ),
      p("The start is entered as an approximate month, the end as a month."),
    ],
  },
  {
    title: "85 convicted Japanese released early",
    when: "1956-07-12",
    lane: "prisoners",
    tags: ["POW", "amnesty"],
    body: [
      p(
        "Saito reports that the Presidium of the Supreme Soviet approved freeing 85 Japanese sentenced as war criminals before their terms ran out. In Moscow weeks later, Shepilov told Shigemitsu that 114 people, about a tenth of the detainees, would soon be sent back, while Shigemitsu asked for news of 11,177 missing persons.",
        saito(7),
      ),
    ],
  },
  {
    title: "Interior Ministry statement on the number of prisoners",
    when: "1956-10-18",
    lane: "prisoners",
    tags: ["POW", "figures", "archives"],
    body: [
      p(
        "On the eve of the Joint Declaration, the Soviet Interior Ministry sent Khrushchev, Bulganin and Mikoyan a statement on Japanese prisoners taken in 1945. Katasonova found it in Russia's State Archives (GA RF) and treats it as the best available count:",
        record("interiorMinistry", "folio", "9-12"),
        katasonova("numbers"),
      ),
      list(
        [bold("639,776"), " captured (609,448 Japanese; 30,328 others)"],
        [bold("546,752"), " repatriated between 1945 and 1956"],
        [bold("61,855"), " died in captivity"],
        "1,030 convicts still held, and 713 living in the USSR on residence permits after declining to go home",
      ),
      p("The comparison entry shows how these differ from other counts."),
    ],
  },
  {
    title: "Amnesty and the last repatriation ship",
    when: "1956-12-23/1956-12-26",
    lane: "prisoners",
    tags: ["POW", "repatriation", "amnesty"],
    body: [
      p(
        "The documents place the end of the repatriation a few days apart, on ",
        claimed("23 or 26 December 1956", "last-repatriation-date"),
        ":",
      ),
      list(
        [
          bold("23 December 1956"),
          ": Saito gives this as the date of the Supreme Soviet amnesty decree; Katasonova as the date the last group of convicted prisoners was sent home.",
          saito(9),
          katasonova("repatriation"),
        ],
        [
          bold("26 December 1956"),
          ": Saito says the last ship, the Koan Maru, reached Maizuru from Nakhodka with 1,025 people aboard. Those amnestied included 20 former army generals and 306 officers.",
          saito(9),
        ],
      ),
      p(
        "Katasonova adds that Moscow then considered its duties discharged, sealed the files as top secret and in time stopped answering Japanese families' letters; wages for camp labour and rehabilitation of the wrongly convicted were left out of the declaration.",
        katasonova("repatriation"),
      ),
    ],
    claims: [
      {
        id: "last-repatriation-date",
        label: "Date of the last repatriation of convicted Japanese",
        variants: [
          {
            value: "23 December 1956",
            note: "Katasonova dates the repatriation of the last group of sentenced prisoners to this day.",
            citations: [katasonova("repatriation")],
          },
          {
            value: "26 December 1956, arrival at Maizuru",
            note: "Saito: 23 December is the day of the amnesty decree; the last ship, the Koan Maru, brought 1,025 people from Nakhodka and docked at Maizuru on the 26th.",
            citations: [saito(9)],
          },
        ],
        status: "disputed",
        reason:
          "Probably two steps of one event, the amnesty and the arrival, but Katasonova calls the 23rd the day of the repatriation itself, and neither document says when the ship sailed.",
      },
    ],
  },
];
