"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import type * as Y from "yjs";
import { type CslItem, createSource, type Source, updateSource } from "@/lib/document";
import { formatReference, missingFields, planImport, shortTitle } from "@/lib/sources";
import type { ParsedSources, SourceFormat } from "@/lib/sources/import";
import { Button } from "../../ui/Button";
import { cx } from "../../ui/cx";
import { Dialog } from "../../ui/Dialog";
import { Icon } from "../../ui/Icon";
import { useToast } from "../../ui/Toast";
import { Field, Select, Textarea } from "./formControls";
import { useImporter, useReferenceStyle } from "./lazyLibs";

export interface ImportDialogProps {
  open: boolean;
  onClose: () => void;
  doc: Y.Doc;
  origin: unknown;
  manager: Y.UndoManager | null;
  /** The sources already in the library, to find duplicates. */
  library: Source[];
}

type Parsed = { result: ParsedSources } | { error: string } | null;

/** How many new sources the preview lists in full. */
const PREVIEW = 30;

/** Files larger than this are refused before they are read (the importer refuses such text too). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

const FORMAT_LABELS: Record<SourceFormat, string> = {
  "csl-json": "CSL-JSON",
  bibtex: "BibTeX",
  ris: "RIS",
};

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/**
 * Imports sources from pasted text or a .bib, .ris or .json file. It shows
 * what it found (new sources, duplicates of the library, records it could
 * not read, with reasons) before anything is written; the import is then
 * one undo step.
 */
export function ImportDialog({ open, onClose, doc, origin, manager, library }: ImportDialogProps) {
  const id = useId();
  const toast = useToast();
  const fileRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [format, setFormat] = useState<"auto" | SourceFormat>("auto");
  const [merge, setMerge] = useState(false);
  const [parsed, setParsed] = useState<Parsed>(null);
  const [dragging, setDragging] = useState(false);
  const { importer, failed } = useImporter(open);
  useReferenceStyle();

  useEffect(() => {
    if (open) return;
    setText("");
    setFileName(null);
    setFileError(null);
    setFormat("auto");
    setMerge(false);
    setParsed(null);
  }, [open]);

  // Read the text shortly after typing stops (a paste is one change).
  useEffect(() => {
    if (!text.trim() || !importer) {
      setParsed(null);
      return;
    }
    const timer = setTimeout(() => {
      try {
        setParsed({ result: importer.parseSources(text, format) });
      } catch (error) {
        setParsed({
          error:
            error instanceof importer.SourceImportError
              ? error.message
              : "This text could not be read.",
        });
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [text, format, importer]);

  const result = parsed && "result" in parsed ? parsed.result : null;
  const plan = useMemo(
    () => (result ? planImport(result.items, library) : null),
    [result, library],
  );
  const byId = useMemo(() => new Map(library.map((source) => [source.id, source])), [library]);
  const mergeable = useMemo(
    () =>
      (plan?.duplicates ?? []).flatMap((dup) => {
        const existing = dup.sourceId ? byId.get(dup.sourceId) : undefined;
        if (!existing) return [];
        const patch = missingFields(existing, dup.item);
        return Object.keys(patch).length > 0 ? [{ id: existing.id, patch }] : [];
      }),
    [plan, byId],
  );

  const readFile = async (file: File) => {
    setFileError(null);
    if (file.size > MAX_FILE_BYTES) {
      setFileError(`${file.name} is larger than 2 MB. Split it and import it in parts.`);
      return;
    }
    try {
      const content = await file.text();
      setFileName(file.name);
      setText(content);
    } catch {
      setFileError(`${file.name} could not be read.`);
    }
  };

  const freshCount = plan?.fresh.length ?? 0;
  const mergeCount = merge ? mergeable.length : 0;
  const canImport = freshCount > 0 || mergeCount > 0;

  const run = () => {
    if (!plan || !canImport || !importer) return;
    manager?.stopCapturing();
    try {
      const batches = importer.batchForTransactions<CslItem>(plan.fresh);
      if (batches.length === 0) batches.push([]);
      batches.forEach((batch, index) => {
        doc.transact(() => {
          for (const item of batch) createSource(doc, item, origin);
          if (index === batches.length - 1 && merge) {
            for (const { id: sourceId, patch } of mergeable) {
              updateSource(doc, sourceId, patch, origin);
            }
          }
        }, origin);
      });
    } catch (error) {
      toast({
        tone: "error",
        message: error instanceof Error ? error.message : "The sources could not be imported.",
      });
      return;
    } finally {
      manager?.stopCapturing();
    }
    const parts = [
      freshCount > 0 && `Imported ${plural(freshCount, "source", "sources")}.`,
      mergeCount > 0 && `Filled in ${plural(mergeCount, "existing source", "existing sources")}.`,
      !merge &&
        plan.duplicates.length > 0 &&
        `Skipped ${plural(plan.duplicates.length, "duplicate", "duplicates")}.`,
    ].filter(Boolean);
    const item = manager?.undoStack[manager.undoStack.length - 1];
    toast({
      tone: "success",
      message: parts.join(" "),
      action: manager
        ? {
            label: "Undo",
            run: () => {
              if (manager.undoStack[manager.undoStack.length - 1] === item) manager.undo();
              else
                toast({
                  tone: "error",
                  message:
                    "Other changes came after the import; use Undo in the toolbar to step back to it.",
                });
            },
          }
        : undefined,
    });
    onClose();
  };

  const summary = result && plan && (
    <p className="text-base text-ink" data-testid="import-summary">
      Found {plural(result.items.length + result.skipped.length, "record", "records")} of{" "}
      {FORMAT_LABELS[result.format]}: <strong>{freshCount.toLocaleString("en")} new</strong>
      {plan.duplicates.length > 0 && (
        <>, {plural(plan.duplicates.length, "duplicate", "duplicates")}</>
      )}
      {result.skipped.length > 0 && (
        <>
          ,{" "}
          <span className="text-danger">{result.skipped.length.toLocaleString("en")} skipped</span>
        </>
      )}
      .
    </p>
  );

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Import sources"
      description="Paste or choose a BibTeX, RIS or CSL-JSON export, for example from Zotero. Nothing is added until you confirm."
      size="md"
      testId="import-dialog"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="primary"
            disabled={!canImport}
            onClick={run}
            data-testid="import-confirm"
          >
            {freshCount > 0 || mergeCount === 0
              ? `Import ${plural(freshCount, "source", "sources")}`
              : `Update ${plural(mergeCount, "source", "sources")}`}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-4">
        <Field
          id={`${id}-text`}
          label="References"
          error={fileError ?? undefined}
          hint={fileName ? `From ${fileName}. You can edit the text before importing.` : undefined}
        >
          <Textarea
            id={`${id}-text`}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setFileName(null);
            }}
            onDragOver={(event) => {
              if (event.dataTransfer.types.includes("Files")) {
                event.preventDefault();
                setDragging(true);
              }
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(event) => {
              const file = event.dataTransfer.files[0];
              setDragging(false);
              if (!file) return;
              event.preventDefault();
              void readFile(file);
            }}
            rows={8}
            spellCheck={false}
            placeholder={
              "@book{hasegawa2005,\n  author = {Hasegawa, Tsuyoshi},\n  title = {Racing the Enemy},\n  year = {2005}\n}"
            }
            className={cx("font-mono text-sm", dragging && "border-accent bg-accent-soft")}
            data-testid="import-text"
          />
        </Field>
        <div className="flex flex-wrap items-end gap-3">
          <input
            ref={fileRef}
            type="file"
            accept=".bib,.bibtex,.ris,.json,.txt,application/json,application/x-research-info-systems,application/x-bibtex"
            className="hidden"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) void readFile(file);
            }}
            data-testid="import-file"
          />
          <Button onClick={() => fileRef.current?.click()}>Choose file…</Button>
          <span className="text-sm text-muted">or drop it on the box above</span>
          <Field id={`${id}-format`} label="Format" className="ml-auto w-40">
            <Select
              id={`${id}-format`}
              value={format}
              onChange={(event) => setFormat(event.target.value as "auto" | SourceFormat)}
            >
              <option value="auto">Detect</option>
              <option value="bibtex">BibTeX</option>
              <option value="ris">RIS</option>
              <option value="csl-json">CSL-JSON</option>
            </Select>
          </Field>
        </div>

        {failed && (
          <p
            role="alert"
            className="flex gap-2 rounded-md bg-danger-soft px-3 py-2 text-base text-danger"
          >
            <Icon name="alert" className="mt-0.5" />
            The importer could not be loaded. Check the connection, then open this dialog again.
          </p>
        )}
        {!importer && !failed && text.trim() && (
          <p className="text-sm text-muted" data-testid="import-loading">
            Loading the importer…
          </p>
        )}

        {parsed && "error" in parsed && (
          <p
            role="alert"
            className="flex gap-2 rounded-md bg-danger-soft px-3 py-2 text-base text-danger"
            data-testid="import-error"
          >
            <Icon name="alert" className="mt-0.5" />
            {parsed.error}
          </p>
        )}

        {result && plan && (
          <section
            aria-label="Preview"
            className="flex flex-col gap-3"
            data-testid="import-preview"
          >
            {summary}
            {plan.fresh.length > 0 && (
              <ul className="flex max-h-56 flex-col divide-y divide-line overflow-y-auto rounded-md border border-line">
                {plan.fresh.slice(0, PREVIEW).map((item, index) => (
                  <li
                    // biome-ignore lint/suspicious/noArrayIndexKey: parsed items have no ids yet.
                    key={index}
                    className="px-3 py-2 text-sm text-ink-soft"
                    data-testid="import-new"
                  >
                    {formatReference(item)}
                  </li>
                ))}
                {plan.fresh.length > PREVIEW && (
                  <li className="px-3 py-2 text-sm text-muted">
                    and {(plan.fresh.length - PREVIEW).toLocaleString("en")} more
                  </li>
                )}
              </ul>
            )}
            {plan.duplicates.length > 0 && (
              <details className="rounded-md border border-line" data-testid="import-duplicates">
                <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-ink-soft">
                  {plural(plan.duplicates.length, "duplicate is", "duplicates are")} left out
                </summary>
                <ul className="flex flex-col gap-1 px-3 pb-2 text-sm text-muted">
                  {plan.duplicates.map((dup, index) => {
                    const existing = dup.sourceId ? byId.get(dup.sourceId) : undefined;
                    return (
                      // biome-ignore lint/suspicious/noArrayIndexKey: parsed items have no ids yet.
                      <li key={index}>
                        “{shortTitle(dup.item)}”:{" "}
                        {existing
                          ? `${dup.reason === "doi" ? "same DOI as" : "same title, author and year as"} “${shortTitle(existing)}”`
                          : "repeats an earlier record of this import"}
                      </li>
                    );
                  })}
                </ul>
                {mergeable.length > 0 && (
                  <label className="flex items-center gap-2 border-t border-line px-3 py-2 text-sm text-ink-soft">
                    <input
                      type="checkbox"
                      checked={merge}
                      onChange={(event) => setMerge(event.target.checked)}
                      className="h-4 w-4 accent-accent"
                      data-testid="import-merge"
                    />
                    Fill in what{" "}
                    {plural(mergeable.length, "existing source lacks", "existing sources lack")}{" "}
                    from the import (nothing is overwritten)
                  </label>
                )}
              </details>
            )}
            {result.skipped.length > 0 && (
              <details
                open
                className="rounded-md border border-danger/30"
                data-testid="import-skipped"
              >
                <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-danger">
                  {plural(result.skipped.length, "record was", "records were")} skipped
                </summary>
                <ul className="flex flex-col gap-1 px-3 pb-2 text-sm text-ink-soft">
                  {result.skipped.map((skip) => (
                    <li key={skip.index}>
                      <span className="font-medium">
                        Record {skip.index + 1}
                        {skip.key && <> ({skip.key})</>}
                        {skip.line && <>, line {skip.line}</>}:
                      </span>{" "}
                      {skip.reason}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </section>
        )}
      </div>
    </Dialog>
  );
}
