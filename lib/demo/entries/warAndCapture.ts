import { katasonova, noPeaceTreaty, record, saito } from "../sources";
import { bold, claimed, italic, list, p, summary } from "../text";
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
        "Katasonova calls it the final armed clash between the two countries, and names its two lasting legacies: the island dispute and the treatment of the captured soldiers.",
        katasonova("introduction"),
      ),
      p(
        "The span shown here, 9 August to 2 September 1945, is the period in which, according to the legal scholar V. P. Galitsky as cited by Katasonova, the Soviet side registered its Japanese prisoners.",
        katasonova("numbers"),
        record("galitsky", "page", "69"),
      ),
      p(
        "Saito draws a contrast with Germany: it was Germany that broke its 1939 pact with the USSR, whereas in 1945 it was the USSR that broke its 1941 neutrality pact with Japan.",
        saito(5),
      ),
    ],
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
        ", which had Japanese forces in Manchuria, northern Korea and southern Sakhalin surrender to the Soviet commander.",
        katasonova("decision"),
        record("generalOrder1"),
        " Katasonova reports that Stalin accepted it but wanted two changes: all of the Kurils in the Soviet surrender zone, and the northern half of Hokkaido as well, north of a line from Kushiro to Rumoi, justified by Japan's own occupation of the Russian Far East after 1918.",
        record("stalinCorrespondence", "page", "263-264"),
      ),
      p(
        "Washington declined; MacArthur's memoirs recall refusing outright.",
        record("macArthur", "page", "306"),
        " Katasonova says a Soviet landing on Hokkaido planned for 23 August was called off on 22 August, with ships already under way turned back.",
        katasonova("decision"),
      ),
    ],
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
        record("directive16Aug", "folio", "220-221"),
        katasonova("decision"),
      ),
      p(
        "Katasonova reads this as the USSR keeping its allied promise under the ninth point of the Potsdam Declaration, which let disarmed Japanese soldiers go home.",
        record("potsdam", "paragraph", "9"),
        " On the same day, she notes, Truman signed SWNCC 70/5, which dropped the earlier idea of Allied occupation zones in Japan and left the whole country to the United States.",
        katasonova("decision"),
      ),
    ],
  },
  {
    title: "Local ceasefire: “internees” or “prisoners of war”?",
    when: "1945-08-19",
    lane: "war",
    tags: ["POW", "terminology"],
    body: [
      p(
        "Katasonova dates the bilateral agreement ending the fighting in Manchuria to 19 August 1945. What to call the men taken after it is still argued over, because each word carries a legal position: ",
        claimed("prisoners of war, or internees", "pow-status"),
        ".",
        katasonova("status"),
      ),
      list(
        [
          bold("Japanese usage"),
          ": they are ",
          italic("yokuryūsha"),
          ", internees, not prisoners. Most surrendered on the Emperor's order, after the ceasefire, in a third country, trusting the Potsdam promise that they would be sent home. Japanese courts avoid the word prisoner too.",
          katasonova("status"),
        ],
        [
          bold("Soviet reasoning"),
          ": internment is a category for civilians under the Hague and Geneva rules, so the soldiers were prisoners of war; in practice Moscow followed bilateral arrangements with Japan rather than the conventions.",
          katasonova("status"),
        ],
      ),
      summary(
        "Saito writes of internees throughout; the unsigned Russian article speaks of convicted Japanese war criminals. The demo's lane names use both words.",
        saito(4),
        noPeaceTreaty("dulles"),
      ),
    ],
    claims: [
      {
        id: "pow-status",
        label: "Legal status of the Japanese held in the USSR",
        variants: [
          {
            value: "Internees (yokuryūsha), not prisoners of war",
            note: "The usual Japanese term, as Katasonova reports it: most laid down their arms after the surrender and the 19 August ceasefire, on the Emperor's order, in Manchuria rather than on Soviet soil, and expected to go home under the Potsdam terms. Japanese courts prefer still other descriptions. Saito calls them internees throughout.",
            citations: [katasonova("status"), saito(4), record("potsdam", "paragraph", "9")],
          },
          {
            value: "Prisoners of war",
            note: "The Soviet reading: internment is for civilians, so captured soldiers were prisoners of war, the term used by the decree of 23 August 1945 and by the 1956 Interior Ministry count. Katasonova adds that in practice Moscow applied neither the Hague rules nor the 1929 convention on prisoners, but its own arrangements with Japan.",
            citations: [
              katasonova("status"),
              record("decree9898"),
              record("interiorMinistry", "folio", "9-12"),
            ],
          },
          {
            value: "Convicted war criminals (those still held in 1955–56)",
            note: "How the Soviet side described the men it kept after the mass returns: Malik at the London talks (Saito) and the unsigned Russian article.",
            citations: [saito(4), noPeaceTreaty("dulles")],
          },
        ],
        status: "unresolvable",
        reason:
          "The choice of word is a legal position, not a fact the documents could settle: the Japanese term stresses surrender after the ceasefire and the Potsdam promise, the Soviet one the laws of war. Katasonova sets out both arguments and notes the status was never clarified.",
      },
    ],
  },
  {
    title: "Vasilevsky's report: 573,984 taken prisoner",
    when: "1945-09-01",
    lane: "war",
    tags: ["POW", "figures"],
    body: [
      p(
        "The closing report of the Soviet Far East commander, Marshal A. M. Vasilevsky, with figures as of 1 September 1945, gave ",
        bold("573,984"),
        " Japanese soldiers and officers captured, 110 of them generals. Katasonova lists it among the first numbers to appear in the open Soviet press.",
        katasonova("numbers"),
        record("vasilevsky", "page", "371"),
      ),
      p("It is one of several counts; the entry comparing the figures sets them side by side."),
    ],
  },
  {
    title: "Pravda's count: 594,000 captured",
    when: "1945-09-12",
    lane: "war",
    tags: ["POW", "figures"],
    body: [
      p(
        "According to Katasonova, Pravda reported on 12 September 1945 that ",
        bold("594,000"),
        " Japanese troops and officers, plus 148 generals, had been captured, up to 20,000 of them wounded, and that 70,880 had been let go in the battle zone itself.",
        record("pravda"),
        katasonova("numbers"),
      ),
      p(
        "The same 594,000 appears in the Soviet ten-volume ",
        italic("World History"),
        ", in articles by General M. A. Gareev, and in Japan in the books of Saitō Rokurō, who led an association of former detainees.",
        katasonova("numbers"),
      ),
    ],
  },
];
