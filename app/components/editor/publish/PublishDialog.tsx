"use client";

import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { can, type Role } from "@/lib/auth/roles";
import {
  NOTE_REQUIRED,
  RELEASE_KIND_LABELS,
  RELEASE_KINDS,
  type ReleaseKind,
} from "@/lib/publish/release";
import { ApiError } from "../../apiClient";
import { Button } from "../../ui/Button";
import { cx } from "../../ui/cx";
import { ConfirmDialog, Dialog } from "../../ui/Dialog";
import { EmptyState } from "../../ui/EmptyState";
import { Icon } from "../../ui/Icon";
import { FieldError, Input, Label } from "../../ui/Input";
import { RelativeTime } from "../../ui/RelativeTime";
import { SelectChevron } from "../../ui/SelectChevron";
import { Skeleton } from "../../ui/Skeleton";
import { Spinner } from "../../ui/Spinner";
import { useToast } from "../../ui/Toast";
import { ChecklistList } from "./ChecklistList";
import {
  type Preview,
  type PublicationState,
  publishApi,
  type ReleaseSummary,
} from "./publishClient";

export interface PublishDialogProps {
  timelineId: string;
  role: Role;
  open: boolean;
  onClose: () => void;
  onOpenEntry: (entryId: string) => void;
}

const textarea =
  "min-h-20 w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-base text-ink shadow-card placeholder:text-faint focus:border-accent focus:ring-2 focus:ring-accent/15 focus:outline-none aria-invalid:border-danger";

const KIND_HINTS: Record<ReleaseKind, string> = {
  first: "The timeline’s first public release. It gets a public address that anyone can read.",
  update: "New or revised entries. A note for readers is optional.",
  correction: "Fixes a mistake in an earlier release. Readers see your note with the release.",
  clarification: "Explains or rewords without changing the facts. Readers see your note.",
};

const OFFLINE = "You are offline; publishing needs a connection.";

function subscribeOnline(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/** Whether the browser thinks it is online (true on the server). */
function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}

const failure = (error: unknown, fallback: string) =>
  error instanceof ApiError ? error.message : fallback;

/**
 * Publishing: the public address and past releases, then the next release's
 * checklist (what is left out and what blocks it), its kind and public note,
 * and the owner's override reason when something still blocks. Editors see
 * the checklist but only owners publish; other members see the address and
 * the releases. The server decides everything again when the owner confirms.
 */
export function PublishDialog({
  timelineId,
  role,
  open,
  onClose,
  onOpenEntry,
}: PublishDialogProps) {
  const ids = useId();
  const toast = useToast();
  const online = useOnline();
  const [state, setState] = useState<PublicationState | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [kind, setKind] = useState<ReleaseKind>("first");
  const [note, setNote] = useState("");
  const [override, setOverride] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  /** The release just published from this dialog: shown instead of the next one's form. */
  const [published, setPublished] = useState<{ number: number; slug: string } | null>(null);
  const [confirmUnpublish, setConfirmUnpublish] = useState(false);
  const mayPublish = can(role, "publish");
  const mayPreview = can(role, "edit");
  const request = useRef(0);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const overrideRef = useRef<HTMLTextAreaElement>(null);

  const load = useCallback(async () => {
    const mine = ++request.current;
    setLoadError(null);
    setLoading(true);
    try {
      const [nextState, nextPreview] = await Promise.all([
        publishApi.state(timelineId),
        mayPreview ? publishApi.preview(timelineId) : Promise.resolve(null),
      ]);
      if (mine !== request.current) return;
      setState(nextState);
      setPreview(nextPreview);
      // The first release is "first"; any later one keeps the kind chosen, or starts as an update.
      setKind((current) =>
        nextState.releases.length === 0 ? "first" : current === "first" ? "update" : current,
      );
    } catch (err) {
      if (mine !== request.current) return;
      setLoadError(failure(err, "Could not load the publishing state."));
    } finally {
      if (mine === request.current) setLoading(false);
    }
  }, [timelineId, mayPreview]);

  useEffect(() => {
    if (!open) return;
    setState(null);
    setPreview(null);
    setKind("first");
    setNote("");
    setOverride("");
    setError(null);
    setLoadError(null);
    setPublished(null);
    if (navigator.onLine) void load();
    return () => {
      // Answers that arrive after the dialog closed are dropped.
      request.current++;
    };
  }, [open, load]);

  // Back online: load again by itself (what was shown may have changed meanwhile).
  const wasOnline = useRef(online);
  useEffect(() => {
    const back = online && !wasOnline.current;
    wasOnline.current = online;
    if (back && open) void load();
  }, [online, open, load]);

  const first = (state?.releases.length ?? 0) === 0;
  const kinds = RELEASE_KINDS.filter((k) => (first ? k === "first" : k !== "first"));
  const blocking = preview?.blocking ?? false;
  const blockingCount = preview?.items.filter((item) => item.blocking).length ?? 0;
  const needsNote = NOTE_REQUIRED.has(kind);
  const canConfirm = mayPublish && !!preview && !published;

  async function publish() {
    setError(null);
    if (!navigator.onLine) {
      setError({ message: OFFLINE });
      return;
    }
    if (needsNote && !note.trim()) {
      setError({ field: "note", message: "Corrections and clarifications need a public note." });
      noteRef.current?.focus();
      return;
    }
    if (blocking && !override.trim()) {
      setError({
        field: "override",
        message: "Give a reason to publish anyway, or fix the blocking items first.",
      });
      overrideRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await publishApi.publish(timelineId, {
        kind,
        note: note.trim(),
        ...(blocking ? { override: override.trim() } : {}),
      });
      setPublished({ number: result.release.number, slug: result.slug });
      setNote("");
      setOverride("");
      setState((current) => ({
        slug: result.slug,
        published: current?.slug ? current.published : true,
        releases: [result.release, ...(current?.releases ?? [])],
      }));
    } catch (err) {
      const field = err instanceof ApiError ? err.field : undefined;
      setError({ field, message: failure(err, "Publishing failed. Try again.") });
      if (field === "note") noteRef.current?.focus();
      if (field === "override") overrideRef.current?.focus();
      if (err instanceof ApiError && (err.code === "checklist_blocking" || err.status === 409))
        void load();
    } finally {
      setBusy(false);
    }
  }

  async function setPublic(next: boolean) {
    if (!state) return;
    setBusy(true);
    try {
      await publishApi.setPublished(timelineId, next);
      setState((current) => current && { ...current, published: next });
      toast({
        tone: "success",
        message: next ? "Published again." : "Withdrawn: every public page answers “gone”.",
      });
    } catch (err) {
      toast({ tone: "error", message: failure(err, "That did not work. Try again.") });
    } finally {
      setBusy(false);
      setConfirmUnpublish(false);
    }
  }
  const body = (() => {
    if (loadError)
      return (
        <EmptyState
          icon={online ? "alert" : "cloudOff"}
          title="Publishing could not be loaded"
          testId="publish-load-error"
          className="py-8"
          action={
            <Button onClick={() => void load()} disabled={loading}>
              {loading ? <Spinner /> : <Icon name="refresh" />}
              Try again
            </Button>
          }
        >
          <span role="alert">{loadError}</span>
        </EmptyState>
      );
    if (!state && !online)
      return (
        <EmptyState
          icon="cloudOff"
          title="You are offline"
          testId="publish-offline"
          className="py-8"
        >
          Publishing needs a connection. This loads by itself when you are back online.
        </EmptyState>
      );
    if (!state)
      return (
        <section
          className="flex flex-col gap-3"
          aria-busy="true"
          aria-label="Loading"
          data-testid="publish-loading"
        >
          <Skeleton className="h-16 w-full rounded-lg" />
          <Skeleton className="h-4 w-1/3" />
          <Skeleton className="h-10 w-full" />
          {mayPreview && <Skeleton className="h-32 w-full" />}
        </section>
      );
    return (
      <div className="flex flex-col gap-5">
        {published && (
          <div
            className="flex items-start gap-2.5 rounded-lg border border-success/30 bg-success-soft px-3 py-2.5"
            data-testid="publish-success"
            role="status"
          >
            <Icon name="check" className="mt-0.5 h-4 w-4 shrink-0 text-success" />
            <div className="min-w-0 flex-1 text-base">
              <p className="font-medium text-ink">Release {published.number} is public.</p>
              <p className="text-sm text-ink-soft">
                Readers see it at the address below; earlier releases keep their own pages.
              </p>
            </div>
            <a
              className="shrink-0 text-sm font-medium text-accent hover:underline"
              href={`/p/${published.slug}`}
              target="_blank"
              rel="noreferrer"
            >
              Open
            </a>
          </div>
        )}
        <PublicAddress
          timelineId={timelineId}
          state={state}
          mayPublish={mayPublish}
          busy={busy}
          online={online}
          onToggle={() => {
            if (state.published) setConfirmUnpublish(true);
            else void setPublic(true);
          }}
          onSlug={(slug) => setState({ ...state, slug })}
        />
        {state.releases.length > 0 && <ReleaseList releases={state.releases} slug={state.slug} />}
        {published ? null : preview ? (
          <NextRelease
            ids={ids}
            preview={preview}
            mayPublish={mayPublish}
            kinds={kinds}
            kind={kind}
            onKind={setKind}
            note={note}
            onNote={setNote}
            needsNote={needsNote}
            override={override}
            onOverride={setOverride}
            blockingCount={blockingCount}
            error={error}
            noteRef={noteRef}
            overrideRef={overrideRef}
            onOpenEntry={(id) => {
              onOpenEntry(id);
              onClose();
            }}
          />
        ) : (
          <p className="text-sm text-muted" data-testid="publish-owners-only">
            Owners publish new releases; editors and owners see what the next one would hold.
          </p>
        )}
      </div>
    );
  })();

  return (
    <>
      <Dialog
        open={open}
        onClose={onClose}
        title={published ? "Published" : "Publish"}
        size="md"
        testId="publish-dialog"
        description="Readers see only approved entries, each exactly as it was approved."
        footer={
          canConfirm ? (
            <>
              {!online && (
                <span
                  className="mr-auto flex items-center gap-1.5 text-sm text-muted"
                  data-testid="publish-offline"
                >
                  <Icon name="cloudOff" /> Offline: publishing needs a connection.
                </span>
              )}
              <Button variant="ghost" onClick={onClose}>
                Cancel
              </Button>
              <Button
                variant={blocking ? "danger" : "primary"}
                onClick={publish}
                disabled={busy || !online || preview.entryCount === 0}
                data-testid="publish-confirm"
              >
                {busy && <Spinner />}
                {blocking
                  ? `Publish release ${preview.nextNumber} anyway`
                  : `Publish release ${preview.nextNumber}`}
              </Button>
            </>
          ) : (
            <Button variant={published ? "primary" : "secondary"} onClick={onClose}>
              {published ? "Done" : "Close"}
            </Button>
          )
        }
      >
        {body}
      </Dialog>
      <ConfirmDialog
        open={open && confirmUnpublish}
        title="Withdraw the public pages?"
        description="Every public address of this timeline (the latest release, each older release, the embed and the downloads) answers “gone” until you republish. The releases themselves are kept."
        confirmLabel="Unpublish"
        danger
        busy={busy}
        onConfirm={() => void setPublic(false)}
        onCancel={() => setConfirmUnpublish(false)}
      />
    </>
  );
}

/** Past releases, newest first, each with its note, any override reason and its permanent page. */
function ReleaseList({ releases, slug }: { releases: ReleaseSummary[]; slug: string | null }) {
  return (
    <section>
      <h3 className="mb-1.5 text-sm font-semibold text-ink">
        Releases <span className="font-normal text-muted">({releases.length})</span>
      </h3>
      <ol
        className="flex max-h-48 flex-col divide-y divide-line overflow-y-auto overscroll-contain rounded-md border border-line"
        data-testid="release-list"
      >
        {releases.map((release) => (
          <li
            key={release.number}
            className="flex flex-col gap-0.5 px-3 py-2 text-sm"
            data-testid="release-item"
            data-number={release.number}
          >
            <div className="flex items-baseline gap-2">
              <span className="font-medium text-ink">Release {release.number}</span>
              <span
                className={cx(
                  "rounded-full px-1.5 text-xs font-medium",
                  release.kind === "correction" || release.kind === "clarification"
                    ? "bg-warning-soft text-warning"
                    : "bg-sunken text-muted",
                )}
              >
                {RELEASE_KIND_LABELS[release.kind]}
              </span>
              {slug && (
                <a
                  className="ml-auto shrink-0 text-accent hover:underline"
                  href={`/p/${slug}/v/${release.number}`}
                  target="_blank"
                  rel="noreferrer"
                >
                  View
                </a>
              )}
            </div>
            <div className="text-muted">
              <RelativeTime iso={release.publishedAt} /> · {release.publishedBy} ·{" "}
              {release.entryCount === 1 ? "1 entry" : `${release.entryCount} entries`}
            </div>
            {release.note && (
              <p className="line-clamp-2 text-ink-soft" title={release.note}>
                {release.note}
              </p>
            )}
            {release.overrideReason && (
              <p className="text-ink-soft" data-testid="release-override">
                <span className="font-medium text-danger">Published despite blocking items:</span>{" "}
                {release.overrideReason}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The next release: its checklist, then (for owners) its kind, note and override reason. */
function NextRelease(props: {
  ids: string;
  preview: Preview;
  mayPublish: boolean;
  kinds: ReleaseKind[];
  kind: ReleaseKind;
  onKind: (kind: ReleaseKind) => void;
  note: string;
  onNote: (note: string) => void;
  needsNote: boolean;
  override: string;
  onOverride: (override: string) => void;
  blockingCount: number;
  error: { field?: string; message: string } | null;
  noteRef: React.RefObject<HTMLTextAreaElement | null>;
  overrideRef: React.RefObject<HTMLTextAreaElement | null>;
  onOpenEntry: (entryId: string) => void;
}) {
  const { ids, preview, mayPublish, kind, needsNote, blockingCount, error } = props;
  const count =
    preview.entryCount === 1 ? "1 approved entry" : `${preview.entryCount} approved entries`;
  return (
    <section className="flex flex-col gap-3" data-testid="next-release">
      <div>
        <h3 className="text-sm font-semibold text-ink">Release {preview.nextNumber}</h3>
        <p className="text-sm text-muted" data-testid="next-release-summary">
          {preview.entryCount === 0
            ? "No entry is approved yet: approve entries in the Review panel first."
            : `${count} would be published${
                preview.leftOut.length > 0 ? `, ${preview.leftOut.length} left out` : ""
              }.`}
        </p>
      </div>
      <ChecklistList
        items={preview.items}
        leftOut={preview.leftOut}
        onOpenEntry={props.onOpenEntry}
      />
      {mayPublish ? (
        <>
          <div>
            <Label htmlFor={`${ids}-kind`}>Kind of release</Label>
            <div className="relative">
              <select
                id={`${ids}-kind`}
                value={kind}
                onChange={(event) => props.onKind(event.target.value as ReleaseKind)}
                disabled={props.kinds.length === 1}
                aria-describedby={`${ids}-kind-hint`}
                className="h-9 w-full appearance-none rounded-md border border-line-strong bg-surface px-3 pr-8 text-base text-ink shadow-card focus:border-accent focus:ring-2 focus:ring-accent/15 focus:outline-none disabled:bg-sunken disabled:text-ink-soft"
                data-testid="publish-kind"
              >
                {props.kinds.map((k) => (
                  <option key={k} value={k}>
                    {RELEASE_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
              <SelectChevron />
            </div>
            <p id={`${ids}-kind-hint`} className="mt-1 text-sm text-muted">
              {KIND_HINTS[kind]}
            </p>
          </div>
          <div>
            <Label htmlFor={`${ids}-note`}>Note for readers{needsNote ? "" : " (optional)"}</Label>
            <textarea
              ref={props.noteRef}
              id={`${ids}-note`}
              className={textarea}
              value={props.note}
              onChange={(event) => props.onNote(event.target.value)}
              aria-invalid={error?.field === "note" || undefined}
              placeholder={
                needsNote
                  ? "What was wrong, and what the timeline says now."
                  : "Shown with the release in the public changelog."
              }
              data-testid="publish-note"
            />
            {error?.field === "note" && <FieldError>{error.message}</FieldError>}
          </div>
          {blockingCount > 0 && (
            <div className="rounded-lg border border-danger/30 bg-danger-soft/60 p-3">
              <Label htmlFor={`${ids}-override`}>Reason to publish anyway</Label>
              <p className="-mt-1 mb-2 text-sm text-ink-soft">
                {blockingCount === 1 ? "One item blocks" : `${blockingCount} items block`} this
                release. Fix {blockingCount === 1 ? "it" : "them"} (Open goes to the entry), or say
                why readers are not misled. The reason is recorded with the release.
              </p>
              <textarea
                ref={props.overrideRef}
                id={`${ids}-override`}
                className={textarea}
                value={props.override}
                onChange={(event) => props.onOverride(event.target.value)}
                aria-invalid={error?.field === "override" || undefined}
                data-testid="publish-override"
              />
              {error?.field === "override" && <FieldError>{error.message}</FieldError>}
            </div>
          )}
          {error && error.field !== "note" && error.field !== "override" && (
            <p className="text-sm text-danger" role="alert" data-testid="publish-error">
              {error.message}
            </p>
          )}
        </>
      ) : (
        <p className="text-sm text-muted" data-testid="publish-owners-only">
          Only owners publish. Fix what blocks the release, or ask an owner to publish it.
        </p>
      )}
    </section>
  );
}

function PublicAddress({
  timelineId,
  state,
  mayPublish,
  busy,
  online,
  onToggle,
  onSlug,
}: {
  timelineId: string;
  state: PublicationState;
  mayPublish: boolean;
  busy: boolean;
  online: boolean;
  onToggle: () => void;
  onSlug: (slug: string) => void;
}) {
  const toast = useToast();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [slug, setSlug] = useState(state.slug ?? "");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (!state.slug)
    return (
      <p
        className="rounded-lg border border-dashed border-line-strong px-3 py-2.5 text-sm text-muted"
        data-testid="publication-state"
        data-state="never"
      >
        Not published yet. The first release gets a public page, at an address made from the
        timeline’s title, that anyone can read without an account.
      </p>
    );
  const path = `/p/${state.slug}`;
  const origin = typeof window === "undefined" ? "" : window.location.origin;

  async function save() {
    setError(null);
    setSaving(true);
    try {
      const result = await publishApi.changeSlug(timelineId, slug);
      onSlug(result.slug);
      setEditing(false);
      toast({ tone: "success", message: "Address changed; the old one redirects to it." });
    } catch (err) {
      setError(failure(err, "The address was not changed. Try again."));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section
      className="flex flex-col gap-1.5 rounded-lg border border-line bg-sunken px-3 py-2.5"
      data-testid="publication-state"
      data-state={state.published ? "published" : "withdrawn"}
      aria-label="Public address"
    >
      <div className="flex min-w-0 items-center gap-2">
        <span
          className={cx(
            "shrink-0 rounded-full px-2 py-0.5 text-sm font-medium",
            state.published ? "bg-success-soft text-success" : "bg-warning-soft text-warning",
          )}
        >
          {state.published ? "Public" : "Withdrawn"}
        </span>
        <a
          className={cx(
            "min-w-0 truncate text-base hover:underline",
            state.published ? "text-accent" : "text-muted line-through",
          )}
          href={path}
          target="_blank"
          rel="noreferrer"
          title={`${origin}${path}`}
          data-testid="public-url"
        >
          {origin}
          {path}
        </a>
      </div>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="text-sm text-muted">
          {state.published
            ? "Anyone can read the latest release here, without an account."
            : `Every public page answers “gone” until ${mayPublish ? "you republish" : "an owner republishes"}.`}
        </span>
        {mayPublish && (
          <span className="ml-auto flex gap-1">
            <Button
              size="sm"
              variant="ghost"
              aria-expanded={editing}
              disabled={!online}
              onClick={() => {
                setSlug(state.slug ?? "");
                setError(null);
                setEditing(!editing);
              }}
            >
              Change address
            </Button>
            <Button
              size="sm"
              variant={state.published ? "secondary" : "primary"}
              onClick={onToggle}
              disabled={busy || !online}
              data-testid="publication-toggle"
            >
              {state.published ? "Unpublish" : "Republish"}
            </Button>
          </span>
        )}
      </div>
      {editing && (
        <form
          className="mt-1 flex items-start gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <div className="flex min-w-0 flex-1 flex-col">
            <label htmlFor={`${id}-slug`} className="sr-only">
              New address
            </label>
            <div className="flex items-center gap-1">
              <span className="text-base text-muted">/p/</span>
              <Input
                id={`${id}-slug`}
                value={slug}
                invalid={!!error}
                onChange={(e) => setSlug(e.target.value)}
                data-autofocus
              />
            </div>
            {error ? (
              <FieldError>{error}</FieldError>
            ) : (
              <p className="mt-1 text-sm text-muted">
                The old address will redirect to the new one.
              </p>
            )}
          </div>
          <Button type="submit" variant="primary" disabled={saving || !online}>
            {saving && <Spinner />}
            Save
          </Button>
          <Button variant="ghost" onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </form>
      )}
    </section>
  );
}
