/**
 * The sources of the demo timeline, as CSL-JSON items with fixed ids: the
 * three documents it is built from, and the primary records they cite that
 * the entries rely on. Only what the documents themselves say about a record
 * is filled in; unknown fields are left out. The documents are not shipped
 * with Parallax, and every fact in the demo is stated in our own words.
 *
 * Entries cite a place in a source with the builders at the end of this file.
 */
import type { CitationInput, CslItem, LocatorLabel } from "../document";

export type DemoSource = CslItem & { id: string };

// ---- the three documents ---------------------------------------------------

/** Motohide Saito's chapter on the 1955–56 talks: nine numbered sections and 43 endnotes. */
export const SAITO = "demo-saito";
/** E. L. Katasonova's article on the prisoners, comparing archive figures; its parts are named. */
export const KATASONOVA = "demo-katasonova";
/** The unsigned Russian popular article; its parts are named. */
export const NO_PEACE_TREATY = "demo-no-peace-treaty";

/** The ids of the three documents, in the order the timeline description names them. */
export const DEMO_DOCUMENTS = [SAITO, KATASONOVA, NO_PEACE_TREATY] as const;

/** Saito's section numbers, with their headings for readers of this code. */
export const SAITO_SECTIONS = {
  1: "Hatoyama's Ascendance to Power",
  2: "The Domnitsky Note and Dual Diplomacy",
  3: "Silent Political Coup",
  4: "The Initiation of the London Peace Talks",
  5: "Khrushchev's Miscalculation",
  6: "The Japan-Soviet Fisheries Talks",
  7: "The First Moscow Peace Talks",
  8: "The Second Moscow Peace Talks",
  9: "Signing of the Japan-Soviet Joint Declaration and the Last Repatriation Ship",
} as const;

/** Katasonova's parts, by the headings the article gives them (the opening part has none). */
export const KATASONOVA_PARTS = {
  abstract: "abstract",
  introduction: "introduction",
  decision: "Decision to Send Japanese Prisoners of War to the USSR",
  numbers: "Analysis of Data on the Number of Japanese Prisoners of War",
  status: "Issue of the Legal Status of the Japanese Military in Soviet Captivity",
  repatriation: "Problem of the Japanese Military’s Repatriation",
  aspects: "Political and Academic Aspects of the Problems of Japanese Prisoners of War",
  conclusion: "Conclusion",
} as const;

/** The unsigned article's parts: an untitled opening and two headed parts. */
export const NO_PEACE_TREATY_PARTS = {
  introduction: "introduction",
  sanFrancisco: "Separate San Francisco Peace Treaty",
  dulles: "Dulles' blackmail and Khrushchev's voluntarism",
} as const;

// ---- primary records the documents cite ------------------------------------

/** Ids of the records the documents cite, by a short key. */
export const RECORDS = {
  yalta: "demo-yalta-agreement",
  potsdam: "demo-potsdam-declaration",
  generalOrder1: "demo-general-order-1",
  directive16Aug: "demo-directive-1945-08-16",
  stalinCorrespondence: "demo-stalin-correspondence",
  macArthur: "demo-macarthur-reminiscences",
  decree9898: "demo-gko-decree-9898",
  vasilevsky: "demo-vasilevsky-report",
  pravda: "demo-pravda-1945-09-12",
  scapin677: "demo-scap-memorandum-677",
  malikMemo: "demo-malik-memo-1946",
  galitsky: "demo-galitsky-1991",
  britishMemo: "demo-british-memorandum-1951",
  sfAmendments: "demo-soviet-amendments-1951",
  sfTreaty: "demo-san-francisco-treaty",
  securityTreaty1951: "demo-security-treaty-1951",
  asahi: "demo-asahi-1954-12-11",
  hokkaido: "demo-hokkaido-shimbun-1955-01-30",
  domnitskyNote: "demo-domnitsky-note",
  mofaInstruction: "demo-mofa-territorial-instruction",
  matsumoto: "demo-matsumoto-memoir",
  sovietDraft: "demo-soviet-draft-treaty-1955",
  dullesNote: "demo-dulles-note-1955",
  salmonResolution: "demo-salmon-resolution-1956",
  hatoyamaLetter: "demo-hatoyama-letter-1956",
  bulganinLetter: "demo-bulganin-letter-1956",
  usMemo1956: "demo-us-memorandum-1956",
  matsumotoGromyko: "demo-matsumoto-gromyko-letters",
  konoKhrushchev: "demo-kono-khrushchev-record",
  interiorMinistry: "demo-interior-ministry-1956",
  jointDeclaration: "demo-joint-declaration-1956",
  sovietMemo1960: "demo-soviet-memorandum-1960",
  japanReply1960: "demo-japanese-reply-1960",
  japanOnDeclaration: "demo-japanese-statement-declaration",
  agreement1991: "demo-agreement-1991",
} as const;

export type RecordKey = keyof typeof RECORDS;

const TSAMO = "Central Archives of the Russian Defence Ministry (TsAMO)";

/** Every demo source, documents first. Ids are fixed so the demo is the same on every server. */
export const DEMO_SOURCES: readonly DemoSource[] = [
  {
    id: SAITO,
    type: "chapter",
    title: "Negotiations to Normalize Japan-Soviet Diplomatic Relations",
    author: [{ family: "Saito", given: "Motohide" }],
    language: "en",
    note: "Chapter 3 of a collected volume that the text does not name. A Japanese historian's narrative of the 1954–56 normalization, in nine numbered sections with 43 endnotes; the newest work it cites dates from 2001.",
  },
  {
    id: KATASONOVA,
    type: "article-journal",
    title: "Japanese Prisoners of War in the USSR: Facts, Versions, Questions",
    author: [{ family: "Katasonova", given: "Elena Leonidovna" }],
    language: "en",
    note: "Scholarly article by the head of the Center of Japanese Studies at the Institute of Oriental Studies, Russian Academy of Sciences. It sets figures from several Russian archives side by side. The text names no journal or date; its web references were consulted in July 2020.",
  },
  {
    id: NO_PEACE_TREATY,
    type: "webpage",
    title: "Why there is no peace treaty with Japan",
    language: "en",
    note: "Unsigned Russian popular article, read here in an English version taken from a web page. It names no author, outlet or date. It speaks both of 57 years since relations were restored and of the 55th anniversary of the 1956 declaration, which would put it somewhere around 2011–2013.",
  },

  // Wartime agreements and 1945 orders.
  {
    id: RECORDS.yalta,
    type: "treaty",
    title: "Yalta Agreement",
    issued: { "date-parts": [[1945, 2, 11]] },
    note: "The Crimea agreement of the three Allied leaders. The unsigned article and Malik at the London talks (per Saito) rely on it for the Soviet title to southern Sakhalin and the Kurils.",
  },
  {
    id: RECORDS.potsdam,
    type: "document",
    genre: "Allied declaration",
    title: "Potsdam Declaration",
    issued: { "date-parts": [[1945, 7, 26]] },
    URL: "https://www.ndl.go.jp/constitution/e/etc/co6.html",
    note: "Katasonova cites its ninth point, under which disarmed Japanese troops were to be let go home, from the copy published by the National Diet Library.",
  },
  {
    id: RECORDS.generalOrder1,
    type: "document",
    title: "General Order No. 1",
    note: "American draft on which Allied commander each Japanese force was to surrender to; Katasonova says Moscow received it on 15 August 1945. Malik cited it in London as one basis of Soviet sovereignty (Saito).",
  },
  {
    id: RECORDS.directive16Aug,
    type: "document",
    genre: "cipher telegram",
    title:
      "Directive of the People's Commissariat of Defense and the People's Commissariat of Internal Affairs to the Commander-in-Chief of Soviet troops in the Far East on the procedure for protecting the rear of the fronts and organizing camps for prisoners of war in Manchuria",
    "title-short": "Directive of 16 August 1945 on prisoner camps in Manchuria",
    author: [
      { literal: "People's Commissariat of Defense of the USSR" },
      { literal: "People's Commissariat of Internal Affairs of the USSR" },
    ],
    issued: { "date-parts": [[1945, 8, 16]] },
    archive: TSAMO,
    archive_location: "F. 66, op. 178499, d. 3, l. 220-221",
    language: "ru",
    note: "Sent to Marshal Vasilevsky over the names of Beria, Bulganin and Antonov (Katasonova).",
  },
  {
    id: RECORDS.stalinCorrespondence,
    type: "book",
    title:
      "Perepiska Predsedatelya Soveta Ministrov SSSR s Prezidentami SShA i Prem'yer-ministrami Velikobritanii vo vremya Velikoy Otechestvennoy voyny 1941-1945 gg.",
    "title-short": "Stalin's wartime correspondence",
    volume: "2",
    publisher: "Gospolitizdat",
    "publisher-place": "Moscow",
    issued: { "date-parts": [[1958]] },
    language: "ru",
    note: "Published letters of Stalin to the US presidents and British prime ministers; Katasonova takes from it his August 1945 request for a Soviet zone on Hokkaido.",
  },
  {
    id: RECORDS.macArthur,
    type: "book",
    title: "Reminiscences",
    author: [{ family: "MacArthur", given: "Douglas" }],
    publisher: "Naval Institute Press",
    "publisher-place": "Annapolis",
    issued: { "date-parts": [[2001]] },
    note: "The edition Katasonova cites for MacArthur's refusal of a Soviet zone on Hokkaido.",
  },
  {
    id: RECORDS.decree9898,
    type: "legislation",
    title: "On Reception, Placement and Labor Use of the Prisoners of War of the Japanese Army",
    "title-short": "State Defense Committee decree 9898-ss",
    author: [{ literal: "State Defense Committee of the USSR" }],
    number: "9898-ss",
    issued: { "date-parts": [[1945, 8, 23]] },
    archive: TSAMO,
    archive_location: "F. 66, op. 78499, d. 1, l. 593-598",
    language: "ru",
    note: "Top-secret decree signed by Stalin as chairman of the committee, in green pencil according to Katasonova.",
  },
  {
    id: RECORDS.vasilevsky,
    type: "report",
    title: "Final report of the Commander-in-Chief of the Soviet Forces in the Far East",
    author: [{ family: "Vasilevsky", given: "A. M." }],
    editor: [
      { family: "Efremov", given: "A. D." },
      { family: "Mukhin", given: "V. V." },
      { family: "Andronnikov", given: "N. G." },
      { family: "Grebenyuk", given: "S. V." },
    ],
    "container-title":
      "Russkiy arkhiv. Sovetsko-yaponskaya voyna 1945 goda: istoriya voyenno-politicheskogo protivostoyaniya dvukh derzhav. Dokumenty i materialy",
    volume: "18 (7-1)",
    publisher: "Terra",
    "publisher-place": "Moscow",
    language: "ru",
    note: "Its figures are given as of 1 September 1945. Katasonova cites it from the 1997 volume of documents on the Soviet-Japanese war.",
  },
  {
    id: RECORDS.pravda,
    type: "article-newspaper",
    title: "[Report on the Japanese troops taken prisoner in Manchuria]",
    "container-title": "Pravda",
    issued: { "date-parts": [[1945, 9, 12]] },
    language: "ru",
    note: "Katasonova gives the date and the figures of this report, not its headline.",
  },

  // Occupation and the San Francisco settlement.
  {
    id: RECORDS.scapin677,
    type: "document",
    title: "Memorandum No. 677/1 to the Japanese Imperial Government",
    author: [{ literal: "Supreme Commander for the Allied Powers" }],
    number: "677/1",
    issued: { "date-parts": [[1946, 1, 29]] },
    note: "Cited by the unsigned article: it took the islands north of Hokkaido, Habomai and Shikotan named among them, out of Japanese administration.",
  },
  {
    id: RECORDS.malikMemo,
    type: "document",
    genre: "office memorandum",
    title: "Office memo by Deputy Foreign Minister Ya. A. Malik to Minister V. M. Molotov",
    author: [{ family: "Malik", given: "Ya. A." }],
    issued: { "date-parts": [[1946, 9, 15]] },
    archive: "Archive of Foreign Policy of the Russian Federation (AVP RF)",
    archive_location: "F. 18, op. 5, d. 119, l. 46-47",
    language: "ru",
  },
  {
    id: RECORDS.galitsky,
    type: "article-journal",
    title: "Yaponskiye voyennoplennyye v SSSR: pravda i domysly",
    author: [{ family: "Galitsky", given: "V. P." }],
    "container-title": "Voyenno-istoricheskiy zhurnal",
    issue: "4",
    page: "58-73",
    issued: { "date-parts": [[1991]] },
    language: "ru",
    note: "An early study by a legal scholar, drawing on the files of GUPVI, the Soviet authority in charge of prisoners and internees; Katasonova quotes his totals.",
  },
  {
    id: RECORDS.britishMemo,
    type: "document",
    title: "[Memorandum of the British Embassy to the US Department of State on the Kurils]",
    author: [{ literal: "British Embassy in Washington" }],
    issued: { "date-parts": [[1951, 3, 12]] },
    note: "Cited by the unsigned article, with the American answer that the limits of the Kurils were for Japan and the USSR, or the International Court, to fix.",
  },
  {
    id: RECORDS.sfAmendments,
    type: "speech",
    title: "[Soviet amendments to the draft peace treaty, San Francisco conference]",
    author: [{ family: "Gromyko", given: "A. A." }],
    issued: { "date-parts": [[1951, 9]] },
    note: "Put forward by the head of the Soviet delegation; the unsigned article reprints several of them.",
  },
  {
    id: RECORDS.sfTreaty,
    type: "treaty",
    title: "San Francisco Peace Treaty",
    issued: { "date-parts": [[1951, 9, 8]] },
    note: "Not signed by the USSR, Poland or Czechoslovakia. In it Japan gave up southern Sakhalin and the Kurils without naming who received them.",
  },
  {
    id: RECORDS.securityTreaty1951,
    type: "treaty",
    title: "Japan-US Security Treaty",
    issued: { "date-parts": [[1951, 9, 8]] },
    note: "Concluded on the day the peace treaty was signed (unsigned article); replaced by a new security treaty in 1960.",
  },

  // The 1954–56 talks.
  {
    id: RECORDS.asahi,
    type: "article-newspaper",
    title: "[Prime Minister Hatoyama's press conference of 10 December 1954]",
    "container-title": "Asahi Shimbun",
    issued: { "date-parts": [[1954, 12, 11]] },
    language: "ja",
    note: "Saito's source for Hatoyama's first statement on trade and contacts with the communist states.",
  },
  {
    id: RECORDS.hokkaido,
    type: "article-newspaper",
    title: "[Report on Molotov's instruction to Domnitsky]",
    "container-title": "Hokkaido Shimbun",
    issued: { "date-parts": [[1955, 1, 30]] },
    language: "ja",
    note: "Saito's source for how the Domnitsky note came to be written.",
  },
  {
    id: RECORDS.domnitskyNote,
    type: "document",
    title: "[Soviet note proposing talks on normal relations]",
    "title-short": "Domnitsky note",
    author: [{ family: "Domnitsky", given: "Andrei" }],
    language: "ru",
    note: "Handed over by the acting head of the former Soviet mission in Tokyo. Saito says it bore no date, no addressee and no sender's name, hence no issued date here.",
  },
  {
    id: RECORDS.mofaInstruction,
    type: "document",
    title: "[Secret instruction on territorial demands at the London talks]",
    author: [{ literal: "Ministry of Foreign Affairs of Japan" }],
    note: "Known here only from the unsigned article, which gives no date: it describes a retreat in three steps, from all the Kurils down to Habomai and Shikotan.",
  },
  {
    id: RECORDS.matsumoto,
    type: "book",
    title: "Mosukuwa ni Kakeru Niji",
    author: [{ family: "Matsumoto", given: "Shunichi" }],
    publisher: "Asahi Shimbunsha",
    issued: { "date-parts": [[1966]] },
    language: "ja",
    note: "Memoir of Japan's chief delegate in London, Saito's main source for the talks. Saito's first note on it spells the title slightly differently.",
  },
  {
    id: RECORDS.sovietDraft,
    type: "document",
    title: "[Soviet draft of a peace treaty with Japan]",
    author: [{ literal: "Soviet delegation at the London talks" }],
    issued: { "date-parts": [[1955, 6, 14]] },
    note: "Tabled at the third London session; both Saito and the unsigned article give this date. Saito takes its contents from Matsumoto's memoir.",
  },
  {
    id: RECORDS.dullesNote,
    type: "document",
    title: "[Note of the US Secretary of State to the Japanese government]",
    author: [{ family: "Dulles", given: "John Foster" }],
    issued: { "date-parts": [[1955, 10]] },
    note: "Known here only from the unsigned article, which says it tied American aid to Japan's dealings with Moscow.",
  },
  {
    id: RECORDS.salmonResolution,
    type: "legislation",
    title:
      "On the protection of stocks and regulation of the salmon fishing on the high seas in areas adjacent to the territorial waters of the USSR in the Far East",
    "title-short": "Soviet salmon resolution (the Bulganin Line)",
    author: [{ literal: "Council of Ministers of the USSR" }],
    issued: { "date-parts": [[1956, 3, 21]] },
    language: "ru",
    note: "Date of publication. Saito cites Izvestia of that day and Radio Moscow for it; the unsigned article gives its title.",
  },
  {
    id: RECORDS.hatoyamaLetter,
    type: "personal_communication",
    title: "[Letter to Premier Bulganin on restoring relations]",
    author: [{ family: "Hatoyama", given: "Ichiro" }],
    issued: { "date-parts": [[1956, 9, 11]] },
    note: "Date from the unsigned article; Saito describes the letter without dating it.",
  },
  {
    id: RECORDS.bulganinLetter,
    type: "personal_communication",
    title: "[Letter to Prime Minister Hatoyama]",
    author: [{ family: "Bulganin", given: "Nikolai" }],
    issued: { "date-parts": [[1956, 9, 13]] },
    note: "Saito cites it from S. L. Tikhvinsky's book Rossiya-Yaponiya (Moscow, 1996), p. 112.",
  },
  {
    id: RECORDS.usMemo1956,
    type: "document",
    title: "[Memorandum of the US Department of State to the Japanese government]",
    author: [{ literal: "US Department of State" }],
    issued: { "date-parts": [[1956, 9, 7]] },
    note: "Known here only from the unsigned article.",
  },
  {
    id: RECORDS.matsumotoGromyko,
    type: "personal_communication",
    title: "[Matsumoto-Gromyko exchange of letters]",
    "title-short": "Matsumoto-Gromyko letters",
    author: [
      { family: "Matsumoto", given: "Shunichi" },
      { family: "Gromyko", given: "Andrei" },
    ],
    issued: { "date-parts": [[1956, 9, 29]] },
    note: "Made public after the Joint Declaration was signed (Saito).",
  },
  {
    id: RECORDS.konoKhrushchev,
    type: "document",
    title: "[Soviet record of the Kono-Khrushchev talks, October 1956]",
    "container-title": "Istochnik",
    issue: "6",
    page: "116-129",
    issued: { "date-parts": [[1996]] },
    language: "ru",
    note: "Saito points to this publication for the Soviet minutes; the unsigned article quotes the talks of 18 and 19 October without naming its source.",
  },
  {
    id: RECORDS.interiorMinistry,
    type: "report",
    title:
      "Information on the number of prisoners of war of the former Japanese army captured by Soviet troops in 1945",
    "title-short": "Interior Ministry statement of 18 October 1956",
    author: [{ literal: "Ministry of Internal Affairs of the USSR" }],
    issued: { "date-parts": [[1956, 10, 18]] },
    archive: "State Archives of the Russian Federation (GA RF)",
    archive_location: "F. 9401, op. 2, d. 582, l. 9-12",
    language: "ru",
    note: "Sent to Khrushchev, Bulganin and Mikoyan the day before the Joint Declaration; Katasonova rates it the most reliable count.",
  },
  {
    id: RECORDS.jointDeclaration,
    type: "treaty",
    title: "USSR-Japan Joint Declaration",
    issued: { "date-parts": [[1956, 10, 19]] },
    "container-title": "United Nations Treaty Series",
    volume: "263",
    URL: "https://treaties.un.org/doc/Publication/UNTS/Volume%20263/v263.pdf",
    note: "A preamble and ten numbered points; ratified by both states and in force from 12 December 1956.",
  },

  // Later positions.
  {
    id: RECORDS.sovietMemo1960,
    type: "document",
    title: "[Memorandum of the Soviet Foreign Ministry to the Japanese government]",
    author: [{ literal: "Ministry of Foreign Affairs of the USSR" }],
    issued: { "date-parts": [[1960, 1, 27]] },
    note: "Known here from the unsigned article, which says it was sent on Khrushchev's instructions.",
  },
  {
    id: RECORDS.japanReply1960,
    type: "document",
    title: "[Japanese reply to the Soviet memorandum of 27 January 1960]",
    author: [{ literal: "Government of Japan" }],
    note: "The unsigned article quotes it without a date.",
  },
  {
    id: RECORDS.japanOnDeclaration,
    type: "document",
    title: "[Japanese government statement on the 1956 Joint Declaration]",
    author: [{ literal: "Government of Japan" }],
    note: "The unsigned article quotes it at length, without date or place of publication.",
  },
  {
    id: RECORDS.agreement1991,
    type: "treaty",
    title:
      "Agreement Between the Governments of the Soviet Union and Japan on Detainees in POW Camps",
    issued: { "date-parts": [[1991, 4, 18]] },
    URL: "http://docs.cntd.ru/document/901731107",
    language: "ru",
    note: "Signed during Gorbachev's visit to Japan (Katasonova).",
  },
];

// ---- citing a place in a source --------------------------------------------

/** A section of Saito's chapter. */
export const saito = (section: keyof typeof SAITO_SECTIONS): CitationInput => ({
  sourceId: SAITO,
  label: "section",
  locator: String(section),
});

/** An endnote of Saito's chapter. */
export const saitoNote = (note: number): CitationInput => ({
  sourceId: SAITO,
  label: "note",
  locator: String(note),
});

/** A named part of Katasonova's article. */
export const katasonova = (part: keyof typeof KATASONOVA_PARTS): CitationInput => ({
  sourceId: KATASONOVA,
  label: "section",
  locator: KATASONOVA_PARTS[part],
});

/** A named part of the unsigned article. */
export const noPeaceTreaty = (part: keyof typeof NO_PEACE_TREATY_PARTS): CitationInput => ({
  sourceId: NO_PEACE_TREATY,
  label: "section",
  locator: NO_PEACE_TREATY_PARTS[part],
});

/** A primary record, as a whole or at a page, paragraph or other place. */
export const record = (key: RecordKey, label?: LocatorLabel, locator?: string): CitationInput =>
  label && locator
    ? { sourceId: RECORDS[key], label, locator }
    : { sourceId: RECORDS[key], label: "page", locator: "" };
