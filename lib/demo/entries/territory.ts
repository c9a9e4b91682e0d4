import { bold, heading, italic, list, p, summary } from "../text";
import type { DemoEntry } from "../types";

/** Lane "Territory": southern Sakhalin, the Kurils, and Habomai and Shikotan. */
export const TERRITORY: DemoEntry[] = [
  {
    title: "MacArthur's memorandum removes the islands from Japanese administration",
    when: "1946-01-29",
    lane: "territory",
    tags: ["Kurils", "Shikotan/Habomai", "SCAPIN 677"],
    body: [
      p(
        "The unsigned Russian article cites memorandum No. 677/1 of the Allied supreme commander to the Japanese government, which took the islands north of Hokkaido, naming the Habomai group and Shikotan, out of Japanese state and administrative authority.",
      ),
      p(
        "The article uses it to argue that the later American view, that the limits of the Kurils were for Japan and the USSR or the International Court to settle, contradicted Washington's own occupation orders.",
      ),
    ],
    sources: [{ source: "noPeaceTreaty", section: "sanFrancisco" }],
  },
  {
    title: "Japan renounces the Kurils, without saying to whom",
    when: "1951-09-08",
    lane: "territory",
    tags: ["San Francisco", "Kurils", "interpretation disputed"],
    body: [
      p(
        "Under the San Francisco treaty Japan gave up its claims to the Kurils and to southern Sakhalin, but the treaty named no beneficiary and did not list the islands. How to read that clause is disputed:",
      ),
      list(
        [
          bold("Unsigned Russian article"),
          ": the vagueness was an American design to keep Tokyo and Moscow at odds, against the Yalta agreement; the British, it says, tried in vain to prevent it.",
        ],
        [
          bold("Japanese views reported by the same article"),
          ": some in Japan argue that the four southern islands were never part of the renounced Kurils, and that a non-signatory cannot benefit from the treaty.",
        ],
      ),
      p(
        "The article also defends the Soviet refusal to sign, arguing that ties with China mattered more to Moscow at the time.",
      ),
    ],
    sources: [{ source: "noPeaceTreaty", section: "sanFrancisco" }],
  },
  {
    title: "Hatoyama said to limit Japan's aim to Habomai and Shikotan",
    when: "1955-01",
    lane: "territory",
    tags: ["Shikotan/Habomai", "Hatoyama", "interpretation disputed"],
    body: [
      p(
        "According to the unsigned Russian article, Hatoyama told the Soviet representative in January 1955 that Japan would press for Habomai and Shikotan, and said repeatedly that Japan had no right to claim all the Kurils and southern Sakhalin after renouncing them at San Francisco.",
      ),
      summary(
        "Saito describes the same months differently: Hatoyama accepted the Soviet idea of restoring relations first and leaving territory for later, but domestic opposition soon forced him to make a settlement of outstanding questions a precondition.",
      ),
    ],
    sources: [
      { source: "noPeaceTreaty", section: "dulles" },
      { source: "saito", section: 2 },
      { source: "saito", section: 4 },
    ],
  },
  {
    title: "Opening claims in London",
    when: "1955-06?",
    lane: "territory",
    tags: ["London talks", "Kurils", "Sakhalin"],
    body: [
      p(
        "The sources agree that the two sides began far apart, but disagree on Japan's intentions:",
      ),
      list(
        [
          bold("Saito"),
          ": Matsumoto asked for every territory Soviet forces had taken and for all detainees before normalisation; Malik answered that Yalta, Cairo, Potsdam and General Order No. 1 had settled sovereignty, and that a defeated state could not demand land back.",
        ],
        [
          bold("Unsigned Russian article"),
          ": Japan claimed Habomai, Shikotan, all the Kurils and southern Sakhalin, but a secret Foreign Ministry instruction foresaw retreating in three steps, ending with the two small islands as the real minimum.",
        ],
      ),
      p(
        "The Russian article places the Japanese memorandum at the session after the opening, without a date; the month is marked uncertain.",
      ),
    ],
    sources: [
      { source: "saito", section: 4 },
      { source: "noPeaceTreaty", section: "dulles" },
    ],
  },
  {
    title: "Malik offers Habomai and Shikotan",
    when: "[1955-08-04,1955-08-09]",
    lane: "territory",
    tags: ["Shikotan/Habomai", "London talks", "date disputed", "interpretation disputed"],
    body: [
      heading("When and where"),
      list(
        [
          bold("4 August 1955"),
          ", informally, on the lawn of the Soviet embassy; confirmed at the 10th official session on 9 August: Saito.",
        ],
        [
          bold("9 August 1955"),
          ", informally, in the garden of the Japanese embassy: the unsigned Russian article.",
        ],
      ),
      heading("Why"),
      list(
        [
          bold("Saito"),
          ": a concession approved by the party Central Committee, as declassified papers show. Khrushchev, still insecure at home, judged the two islands worth little and expected Japan to sign quickly; handing over Kunashiri and Etorofu was out of the question. Molotov opposed it.",
        ],
        [
          bold("Unsigned Russian article"),
          ": quoting S. L. Tikhvinsky of the Soviet delegation, Malik played the fallback position too early and alone, under pressure from an impatient Khrushchev; the article calls the concession rash and says Tokyo took it as a cue to ask for more.",
        ],
      ),
      p(
        "Malik also dropped the demand that Japan abandon its security treaty if it was purely defensive (Saito).",
      ),
    ],
    sources: [
      { source: "saito", section: 5 },
      { source: "noPeaceTreaty", section: "dulles" },
    ],
  },
  {
    title: "Tokyo holds out for more; Malik adds a condition",
    when: "1955-09-06",
    lane: "territory",
    tags: ["Shikotan/Habomai", "London talks"],
    body: [
      p(
        "At the 14th session Matsumoto conveyed Tokyo's instruction to keep negotiating on territory. Saito writes that Malik was furious, rejected the position outright, and now required that Japan build no military bases on Habomai and Shikotan. The talks deadlocked.",
      ),
    ],
    sources: [{ source: "saito", section: 5 }],
  },
  {
    title: "New Liberal Democratic Party claims four islands",
    when: "1955-11-15",
    lane: "territory",
    tags: ["LDP", "four islands"],
    body: [
      p(
        "The conservative parties merged into the LDP, which adopted the return of the ",
        italic("four"),
        " disputed northern islands and the immediate release of detainees as party goals. Saito notes that Yoshida's pro-American group now sat inside the ruling party, making Hatoyama's aim harder to reach.",
      ),
    ],
    sources: [{ source: "saito", section: 5 }],
  },
  {
    title: "Khrushchev to Shigemitsu: two islands is the limit",
    when: "1956-08-10",
    lane: "territory",
    tags: ["Shikotan/Habomai", "Moscow talks"],
    body: [
      p(
        "In an informal meeting in the Kremlin, Khrushchev told Shigemitsu that Moscow would go no further than Habomai and Shikotan and that this was final. If Japan accepted that Kunashiri and Etorofu were Soviet, he suggested, details could be worked out with Shepilov; the next day Shepilov conceded nothing and revived the question of passage through the straits (Saito).",
      ),
      p("The Russian article agrees that Moscow refused to discuss Kunashir and Iturup."),
    ],
    sources: [
      { source: "saito", section: 7 },
      { source: "noPeaceTreaty", section: "dulles" },
    ],
  },
  {
    title: "Dulles warns Tokyo over Okinawa",
    when: "1956-08-21~/1956-08-31",
    lane: "territory",
    tags: ["United States", "Okinawa", "interpretation disputed"],
    body: [
      p(
        "Only the unsigned Russian article reports this, dated to the end of August 1956: Dulles is said to have warned that if Tokyo accepted Soviet ownership of Kunashir and Iturup, Washington would keep Okinawa and the Ryukyus for good.",
      ),
      p(
        "On 7 September, the article continues, a State Department memorandum told Tokyo that Washington would not recognise any decision confirming Soviet sovereignty over the renounced territories and treated Yalta as a statement of aims rather than a binding settlement. The article calls this US interference and a breach of Yalta; it also cites a Dulles note of October 1955 tying US aid to Japan's dealings with Moscow.",
      ),
      summary("Saito's chapter does not mention these American moves."),
    ],
    sources: [{ source: "noPeaceTreaty", section: "dulles" }],
  },
  {
    title: "Matsumoto–Gromyko letters keep the territorial question open",
    when: "1956-09-29",
    lane: "territory",
    tags: ["Matsumoto-Gromyko letters", "four islands"],
    body: [
      p(
        "Sent to Moscow after Bulganin's letter left out any promise on territory, Matsumoto obtained from Gromyko an exchange of letters stating that talks, territory included, would go on after relations were normalised. Saito treats the letters, made public after the signing, as the basis on which Japan has pursued the northern islands ever since.",
      ),
    ],
    sources: [
      { source: "saito", section: 8 },
      { source: "saito", section: 9 },
    ],
  },
  {
    title: "Kono–Khrushchev talks: “including the territorial issue” is struck out",
    when: "1956-10-16/1956-10-18",
    lane: "territory",
    tags: ["Shikotan/Habomai", "Joint Declaration", "interpretation disputed"],
    body: [
      p(
        "Three days of talks between Kono and Khrushchev settled the territorial wording of the declaration.",
      ),
      list(
        [
          bold("Unsigned Russian article"),
          ": on 18 October Khrushchev asked to drop the words about the territorial issue from Kono's draft, so no dispute beyond the two islands could be read into it; Kono agreed the next day after consulting Hatoyama. The article concludes that Japan thereby accepted that only Habomai and Shikotan were in question.",
        ],
        [
          bold("Saito"),
          ": calls these talks the climax of the negotiations, held under pressure from a new LDP line demanding the two islands at once and further talks on Kunashiri and Etorofu, and stresses that the Matsumoto–Gromyko letters still promised territorial talks.",
        ],
      ),
    ],
    sources: [
      { source: "noPeaceTreaty", section: "dulles" },
      { source: "saito", section: 8 },
    ],
  },
  {
    title: "Kishi steps back from a peace treaty",
    when: "1957?",
    lane: "territory",
    tags: ["four islands", "interpretation disputed"],
    body: [
      p(
        "The unsigned Russian article says the next prime minister, Nobusuke Kishi, gave way to American pressure, backed away from treaty talks and again demanded all four southern islands, which it calls a departure from the declaration. It gives no date; the year is entered as uncertain.",
      ),
    ],
    sources: [{ source: "noPeaceTreaty", section: "dulles" }],
  },
  {
    title: "Moscow adds a condition to the two-island transfer",
    when: "1960-01-27",
    lane: "territory",
    tags: ["Shikotan/Habomai", "security treaty"],
    body: [
      p(
        "After Japan and the United States concluded a new security treaty in 1960, the Soviet Foreign Ministry sent Tokyo a memorandum: Habomai and Shikotan would be handed over only once all foreign troops had left Japan and a peace treaty was signed.",
      ),
      list(
        [
          bold("Japan's reply"),
          ": Moscow was trying to change a ratified declaration by adding conditions, and Japan would keep seeking the other islands too.",
        ],
        [
          bold("Unsigned Russian article"),
          ": the transfer was always tied to a peace treaty, and Japan's four-island demand was designed to block one.",
        ],
      ),
    ],
    sources: [{ source: "noPeaceTreaty", section: "dulles" }],
  },
];
