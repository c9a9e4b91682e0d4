"use client";

import { useCallback, useEffect, useId, useState } from "react";
import { can, type Role } from "@/lib/auth/roles";
import {
  NOTE_REQUIRED,
  RELEASE_KIND_LABELS,
  RELEASE_KINDS,
  type ReleaseKind,
} from "@/lib/publish/release";
import { ApiError } from "../../apiClient";
import { Button } from "../../ui/Button";
import { Dialog } from "../../ui/Dialog";
import { FieldError, Input, Label } from "../../ui/Input";
import { RelativeTime } from "../../ui/RelativeTime";
import { SelectChevron } from "../../ui/SelectChevron";
import { Skeleton } from "../../ui/Skeleton";
import { Spinner } from "../../ui/Spinner";
import { useToast } from "../../ui/Toast";
import { ChecklistList } from "./ChecklistList";
import { type Preview, type PublicationState, publishApi } from "./publishClient";

export interface PublishDialogProps {
  timelineId: string;
  role: Role;
  open: boolean;
  onClose: () => void;
  onOpenEntry: (entryId: string) => void;
}

const textarea =
  "min-h-20 w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-base text-ink shadow-card focus:border-accent focus:outline-none";

/**
 * Publishing: the public address and past releases, then the next release's
 * checklist (what is left out and what blocks it), its kind and public note,
 * and the owner's override reason when something still blocks. The server
 * decides everything again when the owner confirms.
 */
export function PublishDialog({
  timelineId,
  role,
  open,
  onClose,
  onOpenEntry,
}: PublishDialogProps) {
  const toast = useToast();
  const ids = useId();
  const [state, setState] = useState<PublicationState | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [kind, setKind] = useState<ReleaseKind>("first");
  const [note, setNote] = useState("");
  const [override, setOverride] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const mayPublish = can(role, "publish");

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      const [nextState, nextPreview] = await Promise.all([
        publishApi.state(timelineId),
        can(role, "edit") ? publishApi.preview(timelineId) : Promise.resolve(null),
      ]);
      setState(nextState);
      setPreview(nextPreview);
      setKind(nextState.releases.length === 0 ? "first" : "update");
    } catch (err) {
      setLoadError(err instanceof ApiError ? err.message : "Could not load the publishing state.");
    }
  }, [timelineId, role]);

  useEffect(() => {
    if (!open) return;
    setState(null);
    setPreview(null);
    setNote("");
    setOverride("");
    setError(null);
    void load();
  }, [open, load]);

  const first = (state?.releases.length ?? 0) === 0;
  const kinds = RELEASE_KINDS.filter((k) => (first ? k === "first" : k !== "first"));
  const blocking = preview?.blocking ?? false;
  const needsNote = NOTE_REQUIRED.has(kind);
  const publicUrl = state?.slug ? `/p/${state.slug}` : null;

  async function publish() {
    setError(null);
    if (needsNote && !note.trim()) {
      setError({ field: "note", message: "Corrections and clarifications need a public note." });
      return;
    }
    if (blocking && !override.trim()) {
      setError({ field: "override", message: "Say why you publish despite the blocking items." });
      return;
    }
    setBusy(true);
    try {
      const result = await publishApi.publish(timelineId, {
        kind,
        note: note.trim(),
        ...(blocking ? { override: override.trim() } : {}),
      });
      toast({
        tone: "success",
        message: `Release ${result.release.number} is public.`,
        action: { label: "Open", run: () => window.open(`/p/${result.slug}`, "_blank") },
      });
      onClose();
    } catch (err) {
      setError({
        field: err instanceof ApiError ? err.field : undefined,
        message: err instanceof Error ? err.message : "Publishing failed.",
      });
      if (err instanceof ApiError && err.code === "checklist_blocking") void load();
    } finally {
      setBusy(false);
    }
  }

  async function togglePublished() {
    if (!state) return;
    const next = !state.published;
    if (
      !next &&
      !window.confirm("Withdraw every public page of this timeline? Readers get “gone”.")
    )
      return;
    setBusy(true);
    try {
      await publishApi.setPublished(timelineId, next);
      setState({ ...state, published: next });
      toast({ tone: "success", message: next ? "Published again." : "Withdrawn from the web." });
    } catch (err) {
      toast({ tone: "error", message: err instanceof Error ? err.message : "That failed." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Publish"
      size="md"
      testId="publish-dialog"
      description="Readers see only approved entries, each exactly as it was approved."
      footer={
        mayPublish && preview ? (
          <>
            <Button variant="ghost" onClick={onClose}>
              Cancel
            </Button>
            <Button
              variant={blocking ? "danger" : "primary"}
              onClick={publish}
              disabled={busy || preview.entryCount === 0}
              data-testid="publish-confirm"
            >
              {busy && <Spinner />}
              {blocking ? "Publish anyway" : `Publish release ${preview.nextNumber}`}
            </Button>
          </>
        ) : (
          <Button onClick={onClose}>Close</Button>
        )
      }
    >
      {loadError ? (
        <div className="flex flex-col items-start gap-2" role="alert">
          <p className="text-base text-danger">{loadError}</p>
          <Button size="sm" onClick={() => void load()}>
            Try again
          </Button>
        </div>
      ) : !state ? (
        <div className="flex flex-col gap-2" aria-busy="true">
          <Skeleton className="h-5 w-2/3" />
          <Skeleton className="h-16 w-full" />
          <Skeleton className="h-24 w-full" />
        </div>
      ) : (
        <div className="flex flex-col gap-5">
          <PublicAddress
            timelineId={timelineId}
            state={state}
            mayPublish={mayPublish}
            busy={busy}
            onToggle={togglePublished}
            onSlug={(slug) => setState({ ...state, slug })}
          />
          {state.releases.length > 0 && (
            <section>
              <h3 className="mb-1.5 text-sm font-semibold text-ink">Releases</h3>
              <ol
                className="flex max-h-36 flex-col gap-1 overflow-y-auto"
                data-testid="release-list"
              >
                {state.releases.map((release) => (
                  <li key={release.number} className="flex items-baseline gap-2 text-sm">
                    <span className="font-medium tabular-nums">{release.number}</span>
                    <span className="text-ink">{RELEASE_KIND_LABELS[release.kind]}</span>
                    <span className="text-muted">
                      <RelativeTime iso={release.publishedAt} /> · {release.publishedBy} ·{" "}
                      {release.entryCount} entries
                    </span>
                    {publicUrl && (
                      <a
                        className="ml-auto text-accent hover:underline"
                        href={`${publicUrl}/v/${release.number}`}
                        target="_blank"
                        rel="noreferrer"
                      >
                        View
                      </a>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          )}
          {preview && (
            <section className="flex flex-col gap-3">
              <h3 className="text-sm font-semibold text-ink">
                Release {preview.nextNumber}: {preview.entryCount} approved{" "}
                {preview.entryCount === 1 ? "entry" : "entries"}
              </h3>
              <ChecklistList
                items={preview.items}
                onOpenEntry={(id) => {
                  onOpenEntry(id);
                  onClose();
                }}
              />
              {mayPublish ? (
                <>
                  <div className="flex flex-col gap-1">
                    <Label htmlFor={`${ids}-kind`}>Kind</Label>
                    <div className="relative">
                      <select
                        id={`${ids}-kind`}
                        value={kind}
                        onChange={(event) => setKind(event.target.value as ReleaseKind)}
                        className="h-9 w-full appearance-none rounded-md border border-line-strong bg-surface px-3 pr-8 text-base shadow-card"
                        data-testid="publish-kind"
                      >
                        {kinds.map((k) => (
                          <option key={k} value={k}>
                            {RELEASE_KIND_LABELS[k]}
                          </option>
                        ))}
                      </select>
                      <SelectChevron />
                    </div>
                  </div>
                  <div className="flex flex-col gap-1">
                    <Label htmlFor={`${ids}-note`}>
                      Public note{needsNote ? "" : " (optional)"}
                    </Label>
                    <textarea
                      id={`${ids}-note`}
                      className={textarea}
                      value={note}
                      onChange={(event) => setNote(event.target.value)}
                      placeholder={
                        needsNote ? "What was wrong, and what the timeline says now." : ""
                      }
                      data-testid="publish-note"
                    />
                    {error?.field === "note" && <FieldError>{error.message}</FieldError>}
                  </div>
                  {blocking && (
                    <div className="flex flex-col gap-1">
                      <Label htmlFor={`${ids}-override`}>Reason to publish anyway (recorded)</Label>
                      <textarea
                        id={`${ids}-override`}
                        className={textarea}
                        value={override}
                        onChange={(event) => setOverride(event.target.value)}
                        data-testid="publish-override"
                      />
                      {error?.field === "override" && <FieldError>{error.message}</FieldError>}
                    </div>
                  )}
                  {error && !error.field && (
                    <p className="text-sm text-danger" role="alert">
                      {error.message}
                    </p>
                  )}
                  {preview.entryCount === 0 && (
                    <p className="text-sm text-muted">
                      Approve entries in the Review panel first: only approved entries are
                      published.
                    </p>
                  )}
                </>
              ) : (
                <p className="text-sm text-muted">Only owners publish.</p>
              )}
            </section>
          )}
        </div>
      )}
    </Dialog>
  );
}

function PublicAddress({
  timelineId,
  state,
  mayPublish,
  busy,
  onToggle,
  onSlug,
}: {
  timelineId: string;
  state: PublicationState;
  mayPublish: boolean;
  busy: boolean;
  onToggle: () => void;
  onSlug: (slug: string) => void;
}) {
  const toast = useToast();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [slug, setSlug] = useState(state.slug ?? "");
  const [error, setError] = useState<string | null>(null);
  if (!state.slug)
    return (
      <p className="text-base text-muted" data-testid="publication-state" data-state="never">
        Not published yet. The first release gets a public page at /p/… that anyone can read.
      </p>
    );
  const url = `/p/${state.slug}`;

  async function save() {
    setError(null);
    try {
      const result = await publishApi.changeSlug(timelineId, slug);
      onSlug(result.slug);
      setEditing(false);
      toast({ tone: "success", message: "Address changed; the old one redirects." });
    } catch (err) {
      setError(err instanceof Error ? err.message : "That failed.");
    }
  }

  return (
    <section
      className="flex flex-col gap-2 rounded-lg border border-line bg-sunken px-3 py-2.5"
      data-testid="publication-state"
      data-state={state.published ? "published" : "withdrawn"}
    >
      <div className="flex flex-wrap items-center gap-2">
        <span
          className={
            state.published
              ? "rounded-full bg-success-soft px-2 py-0.5 text-sm font-medium text-success"
              : "rounded-full bg-warning-soft px-2 py-0.5 text-sm font-medium text-warning"
          }
        >
          {state.published ? "Public" : "Withdrawn"}
        </span>
        <a
          className="truncate text-base text-accent hover:underline"
          href={url}
          target="_blank"
          rel="noreferrer"
        >
          {url}
        </a>
        {mayPublish && (
          <span className="ml-auto flex gap-1">
            <Button size="sm" variant="ghost" onClick={() => setEditing(!editing)}>
              Change address
            </Button>
            <Button
              size="sm"
              variant={state.published ? "danger" : "secondary"}
              onClick={onToggle}
              disabled={busy}
              data-testid="publication-toggle"
            >
              {state.published ? "Unpublish" : "Republish"}
            </Button>
          </span>
        )}
      </div>
      {editing && (
        <form
          className="flex items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <div className="flex flex-1 flex-col gap-1">
            <Label htmlFor={`${id}-slug`}>Address</Label>
            <Input id={`${id}-slug`} value={slug} onChange={(e) => setSlug(e.target.value)} />
            {error && <FieldError>{error}</FieldError>}
          </div>
          <Button type="submit" size="sm" variant="primary">
            Save
          </Button>
        </form>
      )}
    </section>
  );
}
