"use client";

import { useEffect, useId, useMemo, useState } from "react";
import type * as Y from "yjs";
import {
  CSL_TYPES,
  type CslField,
  type CslItem,
  CslItemSchema,
  type CslType,
  createSource,
  type Source,
  SourceError,
  updateSource,
} from "@/lib/document";
import {
  CSL_TYPE_LABELS,
  describeIssued,
  issuedText,
  namesText,
  parseIssued,
  parseNames,
} from "@/lib/sources";
import { Button } from "../../ui/Button";
import { Dialog } from "../../ui/Dialog";
import { Input } from "../../ui/Input";
import { useToast } from "../../ui/Toast";
import { describedBy, Field, Select, Textarea } from "./formControls";

/** The fields the form edits, as text. Other fields of a source are kept as they are. */
interface FormState {
  type: CslType;
  title: string;
  author: string;
  issued: string;
  "container-title": string;
  publisher: string;
  volume: string;
  issue: string;
  page: string;
  URL: string;
  archive: string;
  archive_location: string;
  note: string;
}

type FormKey = keyof FormState;
type Errors = Partial<Record<FormKey, string>>;

const FORM_FIELDS = Object.keys({
  type: 0,
  title: 0,
  author: 0,
  issued: 0,
  "container-title": 0,
  publisher: 0,
  volume: 0,
  issue: 0,
  page: 0,
  URL: 0,
  archive: 0,
  archive_location: 0,
  note: 0,
} satisfies Record<FormKey, 0>) as FormKey[];

/** Readable names of the fields a source may hold but the form does not show. */
const OTHER_FIELD_NAMES: Partial<Record<CslField, string>> = {
  "title-short": "short title",
  editor: "editors",
  translator: "translators",
  accessed: "date accessed",
  "collection-title": "series",
  "publisher-place": "place",
  edition: "edition",
  number: "number",
  genre: "genre",
  medium: "medium",
  language: "language",
  DOI: "DOI",
  ISBN: "ISBN",
  "archive-place": "archive place",
  "citation-key": "citation key",
  abstract: "abstract",
};

function formOf(source: Source | undefined): FormState {
  return {
    type: source?.type ?? "book",
    title: source?.title ?? "",
    author: namesText(source?.author),
    issued: issuedText(source?.issued),
    "container-title": source?.["container-title"] ?? "",
    publisher: source?.publisher ?? "",
    volume: source?.volume ?? "",
    issue: source?.issue ?? "",
    page: source?.page ?? "",
    URL: source?.URL ?? "",
    archive: source?.archive ?? "",
    archive_location: source?.archive_location ?? "",
    note: source?.note ?? "",
  };
}

function containerLabel(type: CslType): string {
  switch (type) {
    case "article-journal":
      return "Journal";
    case "article-newspaper":
      return "Newspaper";
    case "article-magazine":
      return "Magazine";
    case "chapter":
    case "entry":
    case "entry-dictionary":
    case "entry-encyclopedia":
      return "In the book";
    case "webpage":
    case "post":
    case "post-weblog":
      return "Website";
    case "paper-conference":
      return "Proceedings";
    default:
      return "Published in";
  }
}

function schemaError(field: CslField, value: unknown): string | undefined {
  const result = CslItemSchema.shape[field].safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  if (issue?.code === "too_big" && "maximum" in issue) {
    return `At most ${Number(issue.maximum).toLocaleString("en")} characters.`;
  }
  return issue?.message ?? "This is not valid.";
}

/** The form as CSL values (undefined for empty fields), and the errors to show next to each field. */
function readForm(form: FormState): { values: Partial<CslItem>; errors: Errors } {
  const errors: Errors = {};
  const values: Record<string, unknown> = { type: form.type };
  if (!form.title.trim()) errors.title = "Give the source a title.";
  else values.title = form.title.trim();

  const names = parseNames(form.author);
  if (names.length > 0) {
    const error = schemaError("author", names);
    if (error) {
      const line = names.findIndex((name) => schemaError("author", [name]));
      errors.author = line >= 0 ? `Line ${line + 1}: ${error}` : error;
    } else values.author = names;
  } else values.author = undefined;

  const issued = parseIssued(form.issued);
  if (issued) {
    const error = schemaError("issued", issued);
    if (error) errors.issued = error;
    else values.issued = issued;
  } else values.issued = undefined;

  for (const key of FORM_FIELDS) {
    if (key === "type" || key === "title" || key === "author" || key === "issued") continue;
    const value = form[key].trim();
    if (!value) {
      values[key] = undefined;
      continue;
    }
    const error = schemaError(key, value);
    if (error) errors[key] = error;
    else values[key] = value;
  }
  return { values: values as Partial<CslItem>, errors };
}

export interface SourceFormDialogProps {
  open: boolean;
  onClose: () => void;
  doc: Y.Doc;
  /** The page's undo origin, so the change can be undone. */
  origin: unknown;
  /** The source to edit; none to add a new one. */
  source?: Source;
  /** Called with the source's id after it was saved. */
  onSaved?: (id: string) => void;
  /** A title to start a new source with (what was typed in a source picker). */
  initialTitle?: string;
}

/**
 * Adds or edits one source in a dialog. Only the fields that changed are
 * written, so two people editing different fields of a source both win, and
 * fields the form does not show (DOI, editors, …) are kept.
 */
export function SourceFormDialog({
  open,
  onClose,
  doc,
  origin,
  source,
  onSaved,
  initialTitle,
}: SourceFormDialogProps) {
  const id = useId();
  const toast = useToast();
  // The source as it was when the dialog opened: only fields changed since are written, so
  // edits others make meanwhile to other fields are not overwritten with what was shown.
  const [initial, setInitial] = useState<FormState>(() => formOf(source));
  const [form, setForm] = useState<FormState>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [submitted, setSubmitted] = useState(false);

  // Each opening starts from the source as it is now.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on open only, not on every remote edit.
  useEffect(() => {
    if (!open) return;
    const start = source
      ? formOf(source)
      : { ...formOf(undefined), title: initialTitle?.trim() ?? "" };
    setInitial(start);
    setForm(start);
    setErrors({});
    setSubmitted(false);
  }, [open]);

  // This dialog may open from inside a popover: Escape closes the dialog alone.
  useEffect(() => {
    if (!open) return;
    const stop = (event: KeyboardEvent) => {
      if (event.key === "Escape") event.stopPropagation();
    };
    window.addEventListener("keydown", stop, true);
    return () => window.removeEventListener("keydown", stop, true);
  }, [open]);

  const set = (key: FormKey) => (event: { target: { value: string } }) => {
    const next = { ...form, [key]: event.target.value };
    setForm(next);
    if (submitted) setErrors(readForm(next).errors);
  };

  const issuedPreview = useMemo(() => {
    const date = parseIssued(form.issued);
    if (!date)
      return form.issued.trim() ? "No date." : "Year, date or range: 1955, 1955-06-01, June 1955.";
    return date["date-parts"]
      ? `Reads as ${describeIssued(date)}.`
      : "Not a date we can read; it is kept as written.";
  }, [form.issued]);

  const otherFields = source
    ? (Object.keys(OTHER_FIELD_NAMES) as CslField[])
        .filter((field) => source[field] !== undefined)
        .map((field) => OTHER_FIELD_NAMES[field])
    : [];

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const { values, errors: found } = readForm(form);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const first = FORM_FIELDS.find((key) => found[key]);
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    try {
      if (source) {
        const patch: Record<string, unknown> = {};
        for (const key of FORM_FIELDS) {
          if (form[key] !== initial[key]) patch[key] = values[key as keyof CslItem];
        }
        if (Object.keys(patch).length > 0) {
          updateSource(doc, source.id, patch as Partial<CslItem>, origin);
        }
        onSaved?.(source.id);
      } else {
        const item = Object.fromEntries(
          Object.entries(values).filter(([, value]) => value !== undefined),
        ) as CslItem;
        const newId = createSource(doc, item, origin);
        toast({ tone: "success", message: `Added “${item.title}” to the sources.` });
        onSaved?.(newId);
      }
      onClose();
    } catch (error) {
      if (
        error instanceof SourceError &&
        error.field &&
        FORM_FIELDS.includes(error.field as FormKey)
      ) {
        setErrors({ [error.field]: error.message.replace(/^[^:]+: /, "") });
      } else {
        toast({
          tone: "error",
          message:
            error instanceof SourceError
              ? error.message
              : source
                ? "The source could not be saved."
                : "The source could not be added.",
        });
      }
    }
  };

  const field = (key: FormKey) => ({
    id: `${id}-${key}`,
    value: form[key],
    onChange: set(key),
    invalid: Boolean(errors[key]),
    "aria-describedby": describedBy(`${id}-${key}`, errors[key]),
  });

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={source ? "Edit source" : "Add a source"}
      description={
        source
          ? "Changes show in every citation of this source."
          : "A book, article, archive file, web page or any other document entries cite."
      }
      size="md"
      testId="source-form"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" form={`${id}-form`} variant="primary" data-testid="source-save">
            {source ? "Save changes" : "Add source"}
          </Button>
        </>
      }
    >
      <form
        id={`${id}-form`}
        onSubmit={save}
        noValidate
        className="grid grid-cols-6 gap-x-3 gap-y-4"
      >
        <Field id={`${id}-title`} label="Title" className="col-span-6" error={errors.title}>
          <Input {...field("title")} required data-autofocus data-testid="source-title" />
        </Field>
        <Field
          id={`${id}-author`}
          label="Authors"
          className="col-span-6"
          error={errors.author}
          hint="One per line: “Family, Given”, or an institution as it is written."
        >
          <Textarea
            {...field("author")}
            aria-describedby={describedBy(`${id}-author`, errors.author, true)}
            rows={3}
            placeholder={"Saito, Hiroshi\nMinistry of Foreign Affairs of Japan"}
            data-testid="source-authors"
          />
        </Field>
        <Field id={`${id}-type`} label="Type" className="col-span-6 sm:col-span-3">
          <Select
            id={`${id}-type`}
            value={form.type}
            onChange={set("type")}
            data-testid="source-type"
          >
            {[...CSL_TYPES]
              .sort((a, b) => CSL_TYPE_LABELS[a].localeCompare(CSL_TYPE_LABELS[b]))
              .map((type) => (
                <option key={type} value={type}>
                  {CSL_TYPE_LABELS[type]}
                </option>
              ))}
          </Select>
        </Field>
        <Field
          id={`${id}-issued`}
          label="Date"
          className="col-span-6 sm:col-span-3"
          error={errors.issued}
          hint={issuedPreview}
        >
          <Input
            {...field("issued")}
            aria-describedby={describedBy(`${id}-issued`, errors.issued, issuedPreview)}
            placeholder="1955-06-01"
            data-testid="source-issued"
          />
        </Field>
        <Field
          id={`${id}-container-title`}
          label={containerLabel(form.type)}
          className="col-span-6 sm:col-span-4"
          error={errors["container-title"]}
        >
          <Input {...field("container-title")} />
        </Field>
        <Field
          id={`${id}-publisher`}
          label="Publisher"
          className="col-span-6 sm:col-span-2"
          error={errors.publisher}
        >
          <Input {...field("publisher")} />
        </Field>
        <Field id={`${id}-volume`} label="Volume" className="col-span-2" error={errors.volume}>
          <Input {...field("volume")} />
        </Field>
        <Field id={`${id}-issue`} label="Issue" className="col-span-2" error={errors.issue}>
          <Input {...field("issue")} />
        </Field>
        <Field id={`${id}-page`} label="Pages" className="col-span-2" error={errors.page}>
          <Input {...field("page")} placeholder="45–67" />
        </Field>
        <Field id={`${id}-URL`} label="Link" className="col-span-6" error={errors.URL}>
          <Input {...field("URL")} type="url" inputMode="url" placeholder="https://" />
        </Field>
        <Field
          id={`${id}-archive`}
          label="Archive"
          className="col-span-6 sm:col-span-3"
          error={errors.archive}
        >
          <Input {...field("archive")} placeholder="Diplomatic Archives, Tokyo" />
        </Field>
        <Field
          id={`${id}-archive_location`}
          label="File or call number"
          className="col-span-6 sm:col-span-3"
          error={errors.archive_location}
        >
          <Input {...field("archive_location")} />
        </Field>
        <Field id={`${id}-note`} label="Note" className="col-span-6" error={errors.note}>
          <Textarea {...field("note")} rows={2} />
        </Field>
        {otherFields.length > 0 && (
          <p className="col-span-6 text-sm text-muted">
            Also kept as imported: {otherFields.join(", ")}.
          </p>
        )}
      </form>
    </Dialog>
  );
}
