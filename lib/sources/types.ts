import type { CslType } from "@/lib/document";

/** Readable names of the CSL item types, for menus and labels. */
export const CSL_TYPE_LABELS: Record<CslType, string> = {
  article: "Article",
  "article-journal": "Journal article",
  "article-magazine": "Magazine article",
  "article-newspaper": "Newspaper article",
  bill: "Bill",
  book: "Book",
  broadcast: "Broadcast",
  chapter: "Book chapter",
  dataset: "Dataset",
  document: "Document",
  entry: "Entry",
  "entry-dictionary": "Dictionary entry",
  "entry-encyclopedia": "Encyclopedia entry",
  interview: "Interview",
  legal_case: "Legal case",
  legislation: "Legislation",
  manuscript: "Manuscript",
  map: "Map",
  motion_picture: "Film",
  pamphlet: "Pamphlet",
  "paper-conference": "Conference paper",
  personal_communication: "Letter or personal communication",
  post: "Post",
  "post-weblog": "Blog post",
  report: "Report",
  speech: "Speech",
  thesis: "Thesis",
  treaty: "Treaty",
  webpage: "Web page",
};

/**
 * CSL types that citation-js knows but a source may not hold, mapped to the
 * nearest type we keep; anything else becomes "document".
 */
export const CSL_TYPE_FALLBACKS: Record<string, CslType> = {
  classic: "book",
  collection: "book",
  periodical: "article-journal",
  review: "article-journal",
  "review-book": "article-journal",
  regulation: "legislation",
  hearing: "legislation",
  standard: "report",
  patent: "document",
  software: "document",
  figure: "document",
  graphic: "document",
  event: "document",
  performance: "document",
  musical_score: "document",
  song: "document",
  "journal-article": "article-journal",
  "book-chapter": "chapter",
  "proceedings-article": "paper-conference",
  dissertation: "thesis",
};
