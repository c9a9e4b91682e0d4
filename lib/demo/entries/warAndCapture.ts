import { bold, italic, list, p, summary } from "../text";
import type { DemoEntry } from "../types";

/** Lane "War & capture": August–September 1945. */
export const WAR_AND_CAPTURE: DemoEntry[] = [
  {
    title: "Soviet–Japanese war in Manchuria",
    when: "1945-08-09/1945-09-02",
    lane: "war",
    tags: ["Manchuria", "Kwantung Army"],
    body: [
      p(
        "The USSR entered the war against Japan in August 1945 and overran the Kwantung Army in Manchuria within weeks. ",
        "Katasonova calls it the final armed clash between the two countries, and notes that its two lasting legacies are the island dispute and the treatment of the captured soldiers.",
      ),
      p(
        "The span shown here, 9 August to 2 September 1945, is the period in which, according to the legal scholar V. P. Galitsky as cited by Katasonova, the Soviet side registered its Japanese prisoners.",
      ),
    ],
    sources: [{ source: "katasonova", section: "numbers" }],
  },
  {
    title: "Stalin asks for northern Hokkaido, and is refused",
    when: "1945-08-15/1945-08-22",
    lane: "war",
    tags: ["Hokkaido", "General Order No. 1", "Kurils"],
    body: [
      p(
        "On 15 August the Americans sent Moscow their draft of ",
        italic("General Order No. 1"),
        ", which had Japanese forces in Manchuria, northern Korea and southern Sakhalin surrender to the Soviet commander. ",
        "Katasonova reports that Stalin accepted it but wanted two changes: all of the Kurils in the Soviet surrender zone, and the northern half of Hokkaido as well, north of a line from Kushiro to Rumoi, justified by Japan's own occupation of the Russian Far East after 1918.",
      ),
      p(
        "Washington declined. Katasonova says a Soviet landing on Hokkaido planned for 23 August was called off on 22 August, with ships already under way turned back.",
      ),
    ],
    sources: [{ source: "katasonova", section: "decision" }],
  },
  {
    title: "First order: prisoners are to stay in Manchuria",
    when: "1945-08-16",
    lane: "war",
    tags: ["POW", "Potsdam Declaration"],
    body: [
      p(
        "A coded directive from Beria, Bulganin and Antonov to Marshal Vasilevsky said that Japanese and Manchukuo prisoners would ",
        bold("not"),
        " be moved onto Soviet soil. Camps were to be set up near where units laid down their arms, guarded by front troops and fed on Japanese army rations; General Krivenko of the NKVD prisoner directorate was sent to run them.",
      ),
      p(
        "Katasonova reads this as the USSR keeping its allied promise under Article 9 of the Potsdam Declaration, which let disarmed Japanese soldiers go home. ",
        "On the same day, she notes, Truman signed SWNCC 70/5, which dropped the earlier idea of Allied occupation zones in Japan and left the whole country to the United States.",
      ),
    ],
    sources: [{ source: "katasonova", section: "decision" }],
  },
  {
    title: "Local ceasefire: “internees” or “prisoners of war”?",
    when: "1945-08-19",
    lane: "war",
    tags: ["POW", "terminology", "interpretation disputed"],
    body: [
      p(
        "Katasonova dates the bilateral agreement ending the fighting in Manchuria to 19 August 1945. What the men taken afterwards should be called is still argued over:",
      ),
      list(
        [
          bold("Japanese usage"),
          ": they are ",
          italic("yokuryūsha"),
          ", internees, not prisoners. Most surrendered on the Emperor's order, after the ceasefire, in a third country, trusting the Potsdam promise that they would be sent home.",
        ],
        [
          bold("Soviet reasoning"),
          ": internment is a category for civilians under the Hague and Geneva rules, so the soldiers were prisoners of war; in practice Moscow followed bilateral arrangements with Japan rather than the conventions.",
        ],
      ),
      summary(
        "Parallax shows both terms. The demo uses “prisoners” in lane names and “internees” where a source does.",
      ),
    ],
    sources: [{ source: "katasonova", section: "status" }],
  },
  {
    title: "Vasilevsky's report: 573,984 taken prisoner",
    when: "1945-09-01",
    lane: "war",
    tags: ["POW", "figures disputed"],
    body: [
      p(
        "The closing report of the Soviet Far East commander, Marshal A. M. Vasilevsky, dated as of 1 September 1945, gave ",
        bold("573,984"),
        " Japanese soldiers and officers captured, 110 of them generals. Katasonova lists it among the first numbers to appear in the open Soviet press.",
      ),
      p("It is one of several counts; see the entry comparing the figures."),
    ],
    sources: [{ source: "katasonova", section: "numbers" }],
  },
  {
    title: "Pravda's count: 594,000 captured",
    when: "1945-09-12",
    lane: "war",
    tags: ["POW", "figures disputed"],
    body: [
      p(
        "According to Katasonova, Pravda reported on 12 September 1945 that ",
        bold("594,000"),
        " Japanese troops and officers, plus 148 generals, had been captured, up to 20,000 of them wounded, and that 70,880 had been let go in the battle zone itself.",
      ),
      p(
        "The same 594,000 appears in the Soviet ten-volume ",
        italic("World History"),
        ", in articles by General M. A. Gareev, and in Japan in the books of Saitō Rokurō, who led an association of former detainees.",
      ),
    ],
    sources: [{ source: "katasonova", section: "numbers" }],
  },
];
