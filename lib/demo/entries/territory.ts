import { katasonova, noPeaceTreaty, record, saito } from "../sources";
import { bold, claimed, heading, italic, list, p, summary } from "../text";
import type { DemoEntry } from "../types";

/** Lane "Territory": southern Sakhalin, the Kurils, and Habomai and Shikotan, 1945–1956. */
export const TERRITORY: DemoEntry[] = [
  {
    title: "Yalta: the Kurils promised to the USSR",
    when: "1945-02-11",
    lane: "territory",
    tags: ["Yalta", "Kurils", "Sakhalin"],
    body: [
      p(
        "At Yalta the three Allied leaders agreed that southern Sakhalin and the Kurils would pass to the USSR, which in turn would join the war on Japan. Katasonova notes that Roosevelt had been willing to meet Soviet territorial wishes at that price well before the conference.",
        record("yalta"),
        katasonova("decision"),
        noPeaceTreaty("sanFrancisco"),
      ),
      p(
        "What the agreement was worth afterwards is disputed: ",
        claimed("a binding transfer, or a statement of aims", "yalta-force"),
        ".",
      ),
    ],
    claims: [
      {
        id: "yalta-force",
        label: "Legal force of the Yalta agreement on the Kurils",
        variants: [
          {
            value: "A binding settlement: the islands passed to the USSR",
            note: "Malik at the London talks cited Yalta, with the Cairo and Potsdam declarations and General Order No. 1, as having settled sovereignty (Saito). The unsigned article treats it as binding, calls departures from it violations, and cites a British memorandum of March 1951 that read it the same way.",
            citations: [saito(4), noPeaceTreaty("sanFrancisco"), record("britishMemo")],
          },
          {
            value: "A statement of common purposes, not a final settlement",
            note: "The US State Department's memorandum to Tokyo of 7 September 1956, as the unsigned article quotes it; in 1951 Washington had already said the limits of the Kurils were for Japan and the USSR, or the International Court, to fix.",
            citations: [noPeaceTreaty("dulles"), record("usMemo1956"), record("britishMemo")],
          },
        ],
        status: "unresolvable",
        reason:
          "A question of legal interpretation between governments, not of fact. The unsigned article reports both readings and rejects the American one; Saito reports Malik's use of Yalta without judging it.",
      },
    ],
  },
  {
    title: "MacArthur's memorandum removes the islands from Japanese administration",
    when: "1946-01-29",
    lane: "territory",
    tags: ["Kurils", "Shikotan/Habomai", "SCAPIN 677"],
    body: [
      p(
        "The unsigned Russian article cites memorandum No. 677/1 of the Allied supreme commander to the Japanese government, which took the islands north of Hokkaido, naming the Habomai group and Shikotan, out of Japanese state and administrative authority.",
        record("scapin677"),
        noPeaceTreaty("sanFrancisco"),
      ),
      p(
        "The article uses it to argue that the later American view, that the limits of the Kurils were for Japan and the USSR or the International Court to settle, contradicted Washington's own occupation orders.",
        record("britishMemo"),
        noPeaceTreaty("sanFrancisco"),
      ),
    ],
  },
  {
    title: "Japan renounces the Kurils, without saying to whom",
    when: "1951-09-08",
    lane: "territory",
    tags: ["San Francisco", "Kurils"],
    body: [
      p(
        "Under the San Francisco treaty Japan gave up its claims to the Kurils and to southern Sakhalin, but the treaty named no beneficiary and did not list the islands.",
        record("sfTreaty"),
        noPeaceTreaty("sanFrancisco"),
      ),
      p(
        "Whether ",
        claimed("the four southern islands were among the Kurils Japan gave up", "kurils-scope"),
        " became the core of the later dispute. The unsigned article calls the vagueness an American design to keep Tokyo and Moscow at odds, and says the British tried in vain to prevent it.",
        noPeaceTreaty("sanFrancisco"),
      ),
      summary(
        "The article also defends the Soviet refusal to sign: ties with China mattered more to Moscow at the time, and a signature would not have secured Japan's recognition anyway.",
        noPeaceTreaty("sanFrancisco"),
      ),
    ],
    claims: [
      {
        id: "kurils-scope",
        label: "Whether Kunashiri, Etorofu, Shikotan and Habomai belong to the renounced Kurils",
        variants: [
          {
            value: "Yes: they are part of the Kurils Japan gave up",
            note: "The unsigned article: Japan's own pre-war and wartime maps counted the southern islands in the Kuril chain, so the later Japanese reading is an afterthought; it also cites the 1946 SCAP memorandum that removed Habomai and Shikotan from Japanese administration.",
            citations: [
              noPeaceTreaty("sanFrancisco"),
              noPeaceTreaty("dulles"),
              record("scapin677"),
            ],
          },
          {
            value: "No: the southern islands were never part of the renounced Kurils",
            note: "A view held in Japan, as the unsigned article reports it, together with the argument that a state that refused to sign cannot benefit from the treaty. Saito shows the new Liberal Democratic Party adopting the return of four islands as a goal in November 1955.",
            citations: [noPeaceTreaty("sanFrancisco"), saito(5)],
          },
        ],
        status: "unresolvable",
        reason:
          "The treaty lists no islands and names no recipient, so each side reads the gap its own way; the documents report the readings but have nothing that could close it.",
      },
    ],
  },
  {
    title: "Hatoyama said to limit Japan's aim to Habomai and Shikotan",
    when: "1955-01",
    lane: "territory",
    tags: ["Shikotan/Habomai", "Hatoyama"],
    body: [
      p(
        "According to the unsigned Russian article, Hatoyama told the Soviet representative in January 1955 that ",
        claimed("Japan would press for Habomai and Shikotan", "japan-aim"),
        ", and said more than once that after San Francisco Japan had no right to claim all the Kurils and southern Sakhalin.",
        noPeaceTreaty("dulles"),
      ),
      summary(
        "Saito describes the same months differently: Hatoyama accepted the Soviet idea of restoring relations first and leaving territory for later, but domestic opposition soon forced him to make a settlement of outstanding questions a precondition.",
        saito(2),
        saito(4),
      ),
    ],
    claims: [
      {
        id: "japan-aim",
        label: "What Japan's territorial aim really was in 1955–56",
        variants: [
          {
            value: "Habomai and Shikotan only",
            note: "Unsigned article: Hatoyama said so to the Soviet representative in January 1955, and a secret Foreign Ministry instruction planned a step-by-step retreat from all the Kurils to these two islands as the minimum; it calls the four-island demand a later invention meant to block a treaty.",
            citations: [noPeaceTreaty("dulles"), record("mofaInstruction")],
          },
          {
            value: "All the territory Soviet forces had taken, then four islands",
            note: "Saito: in London Matsumoto asked for every territory the USSR had seized; the LDP founded in November 1955 made the return of four islands a party goal, and its line of September 1956 asked for Habomai and Shikotan at once with further talks on Kunashiri and Etorofu.",
            citations: [saito(4), saito(5), saito(8), record("matsumoto", "page", "139-140")],
          },
        ],
        status: "disputed",
        reason:
          "The Russian article relies on private remarks and an undated secret instruction that Saito does not mention; Saito relies on the negotiating record and party decisions. They may describe different layers, a fallback and a public demand, but they disagree on which was Japan's real goal.",
      },
    ],
  },
  {
    title: "Opening claims in London",
    when: "1955-06?",
    lane: "territory",
    tags: ["London talks", "Kurils", "Sakhalin"],
    body: [
      p(
        "The sources agree that the two sides began far apart, and differ only in what they stress:",
      ),
      list(
        [
          bold("Saito"),
          ": Matsumoto asked for every territory Soviet forces had taken and for all detainees before normalisation; Malik answered that Yalta, Cairo, Potsdam and General Order No. 1 had settled sovereignty, and that a defeated state could not demand land back.",
          saito(4),
          record("generalOrder1"),
        ],
        [
          bold("Unsigned Russian article"),
          ": Japan claimed Habomai, Shikotan, all the Kurils and southern Sakhalin, but a secret Foreign Ministry instruction foresaw retreating in three steps, ending with the two small islands as the real minimum.",
          noPeaceTreaty("dulles"),
          record("mofaInstruction"),
        ],
      ),
      p(
        "The Russian article places the Japanese memorandum at the session after the opening, without a date; the month is marked uncertain.",
        noPeaceTreaty("dulles"),
      ),
    ],
  },
  {
    title: "Malik offers Habomai and Shikotan",
    when: "[1955-08-04,1955-08-09]",
    lane: "territory",
    tags: ["Shikotan/Habomai", "London talks", "date"],
    body: [
      heading("When and where"),
      p(
        "Malik first floated the offer in an informal talk with Matsumoto, ",
        claimed("on 4 or on 9 August 1955", "offer-date"),
        ", outdoors ",
        claimed("at the Soviet or at the Japanese embassy", "offer-place"),
        ".",
        saito(5),
        record("matsumoto", "page", "42-43"),
        noPeaceTreaty("dulles"),
      ),
      heading("Why"),
      p(
        "Whether the offer was ",
        claimed("a calculated concession or a premature blunder", "offer-assessment"),
        " divides the accounts. Malik also dropped the demand that Japan give up its security treaty, provided the treaty was purely defensive.",
        saito(5),
      ),
    ],
    claims: [
      {
        id: "offer-date",
        label: "Date of Malik's first offer of Habomai and Shikotan",
        variants: [
          {
            value: "4 August 1955, confirmed at the 10th session on 9 August",
            note: "Saito, from Matsumoto's memoir: an informal talk first, then the same position repeated at the official session five days later.",
            citations: [saito(5), record("matsumoto", "page", "42-43")],
          },
          {
            value: "9 August 1955",
            note: "Unsigned article: the Soviet readiness to hand over the islands was announced on this day, informally, in a conversation between Malik and Matsumoto.",
            citations: [noPeaceTreaty("dulles")],
          },
        ],
        status: "disputed",
        reason:
          "Saito's two steps would explain the Russian date as the later, official confirmation, but the Russian article dates the informal conversation itself to 9 August.",
      },
      {
        id: "offer-place",
        label: "Where Malik first made the offer",
        variants: [
          {
            value: "On the Soviet embassy's lawn in London",
            note: "Saito, drawing on Matsumoto's memoir.",
            citations: [saito(5), record("matsumoto", "page", "42-43")],
          },
          {
            value: "In the Japanese embassy's garden in London",
            note: "Unsigned article, which gives no source for the setting.",
            citations: [noPeaceTreaty("dulles")],
          },
        ],
        status: "disputed",
        reason:
          "Both describe an informal conversation in an embassy garden but name different embassies; only Saito's version rests on a named source, the Japanese delegate's memoir.",
      },
      {
        id: "offer-assessment",
        label: "Was the two-island offer a calculated move or a blunder?",
        variants: [
          {
            value: "A calculated concession by Khrushchev",
            note: "Saito: declassified papers show the party Central Committee told Malik to concede the two islands; Khrushchev, insecure at home, thought them of little value, hoped for a quick treaty and for anti-American feeling in Japan, and was firmly against giving up Kunashiri and Etorofu. Molotov opposed the idea.",
            citations: [saito(5)],
          },
          {
            value: "A premature concession made without proper authority",
            note: "Unsigned article, quoting S. L. Tikhvinsky of the Soviet delegation: Malik played the approved fallback too soon and without consulting his colleagues, and giving up Soviet land without the Supreme Soviet was rash; Tokyo simply raised its demands.",
            citations: [noPeaceTreaty("dulles")],
          },
        ],
        status: "unresolvable",
        reason:
          "Both agree the fallback had been approved in Moscow; they differ on whether using it then was sound, a judgement of policy that no document can settle.",
      },
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
        saito(5),
      ),
    ],
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
        saito(5),
      ),
    ],
  },
  {
    title: "Khrushchev to Shigemitsu: two islands is the limit",
    when: "1956-08-10",
    lane: "territory",
    tags: ["Shikotan/Habomai", "Moscow talks"],
    body: [
      p(
        "In an informal meeting in the Kremlin, Khrushchev told Shigemitsu that Moscow would go no further than Habomai and Shikotan and that this was final. If Japan accepted that Kunashiri and Etorofu were Soviet, he suggested, details could be worked out with Shepilov; the next day Shepilov conceded nothing and revived the question of passage through the straits.",
        saito(7),
      ),
      p(
        "The Russian article agrees that Moscow refused to discuss Kunashir and Iturup.",
        noPeaceTreaty("dulles"),
      ),
    ],
  },
  {
    title: "Dulles warns Tokyo over Okinawa",
    when: "1956-08-21~/1956-08-31",
    lane: "territory",
    tags: ["United States", "Okinawa"],
    body: [
      p(
        "Only the unsigned Russian article reports this, dated to the end of August 1956: Dulles is said to have warned that if Tokyo accepted Soviet ownership of Kunashir and Iturup, Washington would keep Okinawa and the Ryukyus for good.",
        noPeaceTreaty("dulles"),
      ),
      p(
        "The article sets it in a longer pattern, citing a Dulles note of October 1955 that tied American aid to Japan's dealings with Moscow.",
        record("dullesNote"),
      ),
      summary("Saito's chapter does not mention these American moves."),
    ],
  },
  {
    title: "State Department memorandum on the renounced territories",
    when: "1956-09-07",
    lane: "territory",
    tags: ["United States", "Yalta"],
    body: [
      p(
        "A US memorandum told Tokyo that Washington would recognise no decision confirming Soviet sovereignty over the lands Japan had renounced, and that it regarded Yalta as a statement of aims rather than a binding settlement. The unsigned article calls this interference and a breach of Yalta that put even southern Sakhalin in question.",
        record("usMemo1956"),
        noPeaceTreaty("dulles"),
      ),
    ],
  },
  {
    title: "LDP hardens its line before Hatoyama's trip",
    when: "1956-09-2X",
    lane: "territory",
    tags: ["LDP", "four islands"],
    body: [
      p(
        "Right after Matsumoto left for Moscow on 20 September, Saito writes, an emergency LDP assembly, called under pressure from Hatoyama's opponents, fixed a new line: detainees home at once and without conditions, Habomai and Shikotan returned at once, further talks on Kunashiri and Etorofu after normalisation, and San Francisco to govern the other territories. The exact day is not given, so the entry uses the twenties of September.",
        saito(8),
        record("matsumoto", "page", "139-140"),
      ),
    ],
  },
  {
    title: "Matsumoto–Gromyko letters keep the territorial question open",
    when: "1956-09-29",
    lane: "territory",
    tags: ["Matsumoto-Gromyko letters", "four islands"],
    body: [
      p(
        "Sent to Moscow after Bulganin's letter left out any promise on territory, Matsumoto obtained from Gromyko an exchange of letters stating that talks, territory included, would go on after relations were normalised. Saito treats the letters, made public after the signing, as the basis on which Japan has pursued the northern islands ever since.",
        record("matsumotoGromyko"),
        saito(8),
        saito(9),
      ),
    ],
  },
  {
    title: "Kono–Khrushchev talks: “including the territorial issue” is struck out",
    when: "1956-10-16/1956-10-18",
    lane: "territory",
    tags: ["Shikotan/Habomai", "Joint Declaration"],
    body: [
      p(
        "Three days of talks between Kono and Khrushchev settled the territorial wording of the declaration. Saito calls them the climax of the negotiations, held under pressure from the LDP's new line.",
        saito(8),
        record("konoKhrushchev"),
      ),
      p(
        "On 18 October, the unsigned article says, Kono offered a text promising further treaty talks that would take in the territorial question, with Habomai and Shikotan handed over once a treaty was concluded. Khrushchev accepted it but asked to delete the words about the territorial question, so that no dispute beyond the two islands could be read into it; after consulting Hatoyama, Kono agreed the next day.",
        noPeaceTreaty("dulles"),
        record("konoKhrushchev"),
      ),
      p(
        "What the deletion meant is disputed: ",
        claimed(
          "whether Japan thereby accepted that only the two islands remained in question",
          "territory-scope",
        ),
        ".",
      ),
    ],
    claims: [
      {
        id: "territory-scope",
        label: "Did the declaration limit the territorial question to Habomai and Shikotan?",
        variants: [
          {
            value:
              "Yes: by striking the words, Japan accepted that only the two islands were at issue",
            note: "The unsigned article's reading of the Kono–Khrushchev exchange; it says Khrushchev's request, though he called it editorial, was a matter of principle.",
            citations: [noPeaceTreaty("dulles"), record("konoKhrushchev")],
          },
          {
            value: "No: the territorial question stayed open",
            note: "Saito: the Matsumoto–Gromyko letters of 29 September, published right after the signing, promised that talks including territory would continue, and they remain the ground of Japan's claim to the northern islands.",
            citations: [saito(8), saito(9), record("matsumotoGromyko")],
          },
        ],
        status: "disputed",
        reason:
          "The declaration dropped the territorial phrase, while the earlier exchange of letters kept it; which text governs is exactly what the two governments went on disagreeing about.",
      },
    ],
  },
  {
    title: "Point 9: the promise of Habomai and Shikotan",
    when: "1956-10-19",
    lane: "territory",
    tags: ["Shikotan/Habomai", "Joint Declaration"],
    body: [
      p(
        "In the ninth point of the Joint Declaration the USSR agreed to hand Habomai and Shikotan to Japan, and the two states agreed to keep negotiating a peace treaty.",
        record("jointDeclaration", "paragraph", "9"),
        saito(9),
        noPeaceTreaty("dulles"),
      ),
      p(
        "Whether ",
        claimed("the handover depended on a peace treaty", "transfer-conditional"),
        " is where later Soviet and Japanese statements part ways (see the Later positions lane).",
      ),
    ],
    claims: [
      {
        id: "transfer-conditional",
        label: "Was the transfer of Habomai and Shikotan conditional on a peace treaty?",
        variants: [
          {
            value: "Yes: the islands were to be handed over only after a peace treaty",
            note: "Saito's summary of point 9 puts the transfer after a treaty is concluded, and Kono's own draft of 18 October said the same (unsigned article). The Russian article calls the treaty the essential precondition that Japan refuses to admit.",
            citations: [
              saito(9),
              noPeaceTreaty("dulles"),
              record("jointDeclaration", "paragraph", "9"),
            ],
          },
          {
            value: "No: the promise came with no conditions amounting to a reservation",
            note: "The Japanese government's statement on the declaration, as quoted in the unsigned article: a ratified declaration has the force of a treaty and cannot be altered by a mere notification.",
            citations: [noPeaceTreaty("dulles"), record("japanOnDeclaration")],
          },
          {
            value: "Yes, and also on the withdrawal of all foreign troops from Japan",
            note: "The Soviet memorandum of 27 January 1960 added this second condition while presenting it as the declaration's own terms; Japan answered that it was new.",
            citations: [
              noPeaceTreaty("dulles"),
              record("sovietMemo1960"),
              record("japanReply1960"),
            ],
          },
        ],
        status: "disputed",
        reason:
          "Each side reads the same ratified text in its favour. The declaration puts the handover after a treaty, which Moscow and the Russian article treat as a condition, while Tokyo holds that the promise itself carried no reservation; Moscow's 1960 memorandum then added a condition the text does not contain. The documents report these positions but do not resolve them.",
      },
    ],
  },
];
