"use client";

import { useCallback, useEffect, useState } from "react";
import { can, ROLE_LABELS, type Role } from "@/lib/auth/roles";
import type { SignedInUser } from "../../../currentUser";
import { ApiError } from "../../apiClient";
import { Button } from "../../ui/Button";
import { ConfirmDialog, Dialog } from "../../ui/Dialog";
import { Icon } from "../../ui/Icon";
import { FieldError, Input, Label } from "../../ui/Input";
import { RelativeTime } from "../../ui/RelativeTime";
import { SelectChevron } from "../../ui/SelectChevron";
import { Skeleton } from "../../ui/Skeleton";
import { useToast } from "../../ui/Toast";
import { Avatar } from "../Avatar";
import { RoleSelect } from "./RoleSelect";
import { type InviteInfo, type MemberJson, shareApi } from "./shareApi";

const EXPIRIES = [
  { hours: 1, label: "1 hour" },
  { hours: 24, label: "1 day" },
  { hours: 24 * 7, label: "7 days" },
  { hours: 24 * 30, label: "30 days" },
];

const message = (error: unknown) =>
  error instanceof ApiError ? error.message : "Something went wrong. Try again.";

type State = {
  role: Role | null;
  members: MemberJson[];
  invites: InviteInfo[];
};

/**
 * Members, roles and share links of one timeline. Owners manage them; every
 * other member sees who is in, read-only, and may leave.
 */
export function ShareDialog({
  open,
  onClose,
  timelineId,
  user,
}: {
  open: boolean;
  onClose: () => void;
  timelineId: string;
  user: SignedInUser;
}) {
  const toast = useToast();
  const [state, setState] = useState<State | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<MemberJson | null>(null);
  const [fresh, setFresh] = useState<{ id: string; url: string } | null>(null);

  const reload = useCallback(async () => {
    try {
      const [{ timeline }, { members }] = await Promise.all([
        shareApi.timeline(timelineId),
        shareApi.members(timelineId),
      ]);
      const role = timeline.role ?? null;
      const invites = can(role, "manageMembers")
        ? (await shareApi.invites(timelineId)).invites
        : [];
      setState({ role, members, invites });
      setLoadError(null);
    } catch (error) {
      setLoadError(message(error));
    }
  }, [timelineId]);

  useEffect(() => {
    if (open) void reload();
    else setFresh(null);
  }, [open, reload]);

  const manage = can(state?.role, "manageMembers");

  async function run(action: () => Promise<unknown>, success?: string) {
    try {
      await action();
      if (success) toast({ message: success, tone: "success" });
    } catch (error) {
      toast({ message: message(error), tone: "error" });
    }
    await reload();
  }

  const owners = state?.members.filter((member) => member.role === "owner").length ?? 0;

  return (
    <>
      <Dialog
        open={open}
        onClose={onClose}
        size="md"
        title="Share"
        description={
          manage
            ? "Invite people by email or with a link, and choose what each may do."
            : "The people on this timeline. Only owners can invite people or change roles."
        }
        testId="share-dialog"
      >
        {loadError && (
          <p role="alert" className="mb-3 rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
            {loadError}
          </p>
        )}
        {!state && !loadError && (
          <div className="space-y-2" aria-busy>
            <Skeleton className="h-9 w-full" />
            <Skeleton className="h-9 w-full" />
            <Skeleton className="h-9 w-2/3" />
          </div>
        )}
        {state && (
          <div className="space-y-6">
            {manage && (
              <InviteByEmail
                onInvite={(email, role) =>
                  run(async () => {
                    const result = await shareApi.addMember(timelineId, email, role);
                    toast({
                      tone: "success",
                      message:
                        result.status === "invited"
                          ? `Invited ${email}: they join as ${ROLE_LABELS[role].toLowerCase()} when they sign up.`
                          : `${email} is now ${ROLE_LABELS[role].toLowerCase()}.`,
                    });
                  })
                }
              />
            )}
            <section aria-labelledby="share-people">
              <h3
                id="share-people"
                className="mb-2 text-sm font-semibold tracking-wide text-muted uppercase"
              >
                People · {state.members.length}
              </h3>
              <ul
                className="divide-y divide-line rounded-lg border border-line"
                data-testid="members"
              >
                {state.members.map((member) => {
                  const self = member.userId === user.id;
                  const lastOwner = member.role === "owner" && owners <= 1;
                  return (
                    <li
                      key={member.userId}
                      className="flex items-center gap-3 px-3 py-2"
                      data-testid="member-row"
                    >
                      <Avatar name={member.name} color={member.color} />
                      <div className="min-w-0 flex-1">
                        <div className="truncate text-base font-medium text-ink">
                          {member.name}
                          {self && (
                            <span className="ml-1.5 text-sm font-normal text-muted">(you)</span>
                          )}
                        </div>
                        <div className="truncate text-sm text-muted">{member.email}</div>
                      </div>
                      {manage ? (
                        <RoleSelect
                          label={`Role of ${member.name}`}
                          value={member.role}
                          disabled={lastOwner}
                          testId="member-role"
                          className="w-32"
                          onChange={(role) =>
                            run(
                              () => shareApi.setRole(timelineId, member.userId, role),
                              `${member.name} is now ${ROLE_LABELS[role].toLowerCase()}.`,
                            )
                          }
                        />
                      ) : (
                        <span className="w-28 text-right text-sm text-ink-soft">
                          {ROLE_LABELS[member.role]}
                        </span>
                      )}
                      {(manage || self) && (
                        <Button
                          variant="ghost"
                          size="sm"
                          icon={!self}
                          aria-label={self ? "Leave this timeline" : `Remove ${member.name}`}
                          title={
                            lastOwner
                              ? "A timeline always keeps at least one owner"
                              : self
                                ? "Leave this timeline"
                                : `Remove ${member.name}`
                          }
                          disabled={lastOwner}
                          onClick={() => setConfirm(member)}
                          data-testid="member-remove"
                        >
                          {self ? "Leave" : <Icon name="close" />}
                        </Button>
                      )}
                    </li>
                  );
                })}
                {state.invites
                  .filter((invite) => invite.kind === "email")
                  .map((invite) => (
                    <li
                      key={invite.id}
                      className="flex items-center gap-3 px-3 py-2"
                      data-testid="pending-invite"
                    >
                      <span className="inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-full border border-dashed border-line-strong text-muted">
                        <Icon name="user" className="h-3.5 w-3.5" />
                      </span>
                      <div className="min-w-0 flex-1">
                        <div className="truncate text-base text-ink">{invite.email}</div>
                        <div className="text-sm text-muted">
                          Invited · joins on sign-up · expires{" "}
                          <RelativeTime iso={invite.expiresAt} />
                        </div>
                      </div>
                      <span className="w-28 text-right text-sm text-ink-soft">
                        {ROLE_LABELS[invite.role]}
                      </span>
                      <Button
                        variant="ghost"
                        size="sm"
                        icon
                        aria-label={`Cancel the invitation to ${invite.email}`}
                        title="Cancel the invitation"
                        onClick={() =>
                          run(
                            () => shareApi.revokeInvite(timelineId, invite.id),
                            "Invitation cancelled.",
                          )
                        }
                      >
                        <Icon name="close" />
                      </Button>
                    </li>
                  ))}
              </ul>
            </section>
            {manage && (
              <ShareLinks
                links={state.invites.filter((invite) => invite.kind === "link")}
                fresh={fresh}
                onCreate={(role, hours) =>
                  run(async () => {
                    const created = await shareApi.createLink(timelineId, role, hours);
                    const url = new URL(created.url, window.location.origin).toString();
                    setFresh({ id: created.invite.id, url });
                    await copy(url).catch(() => {});
                    toast({ tone: "success", message: "Link created and copied." });
                  })
                }
                onRevoke={(invite) =>
                  run(async () => {
                    await shareApi.revokeInvite(timelineId, invite.id);
                    if (fresh?.id === invite.id) setFresh(null);
                  }, "Link revoked: it no longer works.")
                }
                onCopy={(url) =>
                  copy(url).then(
                    () => toast({ message: "Link copied.", tone: "success" }),
                    () =>
                      toast({
                        message: "Could not copy: select the link and copy it.",
                        tone: "error",
                      }),
                  )
                }
              />
            )}
          </div>
        )}
      </Dialog>
      <ConfirmDialog
        open={confirm !== null}
        title={confirm?.userId === user.id ? "Leave this timeline?" : `Remove ${confirm?.name}?`}
        description={
          confirm?.userId === user.id
            ? "You will lose access until an owner invites you again."
            : "They lose access at once, and any open editor of theirs is disconnected."
        }
        confirmLabel={confirm?.userId === user.id ? "Leave" : "Remove"}
        danger
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          const member = confirm;
          setConfirm(null);
          if (!member) return;
          if (member.userId === user.id) {
            void shareApi.removeMember(timelineId, member.userId).then(
              () => window.location.assign("/"),
              (error) => toast({ message: message(error), tone: "error" }),
            );
            return;
          }
          void run(
            () => shareApi.removeMember(timelineId, member.userId),
            `${member.name} was removed.`,
          );
        }}
      />
    </>
  );
}

function copy(text: string): Promise<void> {
  if (!navigator.clipboard) return Promise.reject(new Error("no clipboard"));
  return navigator.clipboard.writeText(text);
}

function InviteByEmail({ onInvite }: { onInvite: (email: string, role: Role) => Promise<void> }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("editor");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const value = email.trim();
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
          setError("Enter an email address, like name@example.org.");
          return;
        }
        setError(null);
        setBusy(true);
        await onInvite(value, role);
        setBusy(false);
        setEmail("");
      }}
    >
      <Label htmlFor="share-email">Invite by email</Label>
      <div className="flex gap-2">
        <Input
          id="share-email"
          type="email"
          autoComplete="off"
          placeholder="name@example.org"
          value={email}
          invalid={error !== null}
          aria-describedby={error ? "share-email-error" : undefined}
          onChange={(event) => setEmail(event.target.value)}
          data-testid="invite-email"
        />
        <RoleSelect
          label="Role for the invitee"
          value={role}
          onChange={setRole}
          className="w-32 [&_select]:h-9"
        />
        <Button type="submit" variant="primary" disabled={busy} data-testid="invite-submit">
          Invite
        </Button>
      </div>
      {error && <FieldError id="share-email-error">{error}</FieldError>}
    </form>
  );
}

function ShareLinks({
  links,
  fresh,
  onCreate,
  onRevoke,
  onCopy,
}: {
  links: InviteInfo[];
  fresh: { id: string; url: string } | null;
  onCreate: (role: Role, hours: number) => Promise<void>;
  onRevoke: (invite: InviteInfo) => void;
  onCopy: (url: string) => void;
}) {
  const [role, setRole] = useState<Role>("viewer");
  const [hours, setHours] = useState(24 * 7);
  const [busy, setBusy] = useState(false);
  return (
    <section aria-labelledby="share-links">
      <h3
        id="share-links"
        className="mb-1 text-sm font-semibold tracking-wide text-muted uppercase"
      >
        Share links
      </h3>
      <p className="mb-2 text-sm text-muted">
        Anyone with the link who signs in joins with its role, until it expires or you revoke it.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <RoleSelect
          label="Role the link gives"
          value={role}
          onChange={setRole}
          exclude={["owner"]}
          className="w-32"
          testId="link-role"
        />
        <div className="relative">
          <select
            aria-label="Link expires after"
            data-testid="link-expiry"
            value={hours}
            onChange={(event) => setHours(Number(event.target.value))}
            className="h-8 appearance-none rounded-md border border-line-strong bg-surface pr-8 pl-2.5 text-sm text-ink focus:border-accent focus:ring-2 focus:ring-accent/15 focus:outline-none"
          >
            {EXPIRIES.map((option) => (
              <option key={option.hours} value={option.hours}>
                Expires in {option.label}
              </option>
            ))}
          </select>
          <SelectChevron />
        </div>
        <Button
          size="sm"
          className="h-8"
          disabled={busy}
          data-testid="link-create"
          onClick={async () => {
            setBusy(true);
            await onCreate(role, hours);
            setBusy(false);
          }}
        >
          <Icon name="link" className="h-3.5 w-3.5" />
          Create link
        </Button>
      </div>
      {links.length > 0 && (
        <ul className="mt-3 divide-y divide-line rounded-lg border border-line" data-testid="links">
          {links.map((link) => (
            <li key={link.id} className="px-3 py-2" data-testid="link-row">
              <div className="flex items-center gap-3">
                <Icon name="link" className="h-4 w-4 shrink-0 text-muted" />
                <div className="min-w-0 flex-1 text-sm">
                  <span className="font-medium text-ink">{ROLE_LABELS[link.role]}</span>
                  <span className="text-muted">
                    {" "}
                    · created <RelativeTime iso={link.createdAt} /> · expires{" "}
                    <RelativeTime iso={link.expiresAt} />
                  </span>
                </div>
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() => onRevoke(link)}
                  data-testid="link-revoke"
                  className="text-danger hover:text-danger"
                >
                  Revoke
                </Button>
              </div>
              {fresh?.id === link.id && (
                <div className="mt-2 flex gap-2">
                  <Input
                    readOnly
                    value={fresh.url}
                    aria-label="The new share link"
                    onFocus={(event) => event.currentTarget.select()}
                    className="h-8 font-mono text-sm"
                    data-testid="link-url"
                  />
                  <Button size="sm" className="h-8" onClick={() => onCopy(fresh.url)}>
                    <Icon name="copy" className="h-3.5 w-3.5" />
                    Copy
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {links.length > 0 && !links.some((link) => link.id === fresh?.id) && (
        <p className="mt-2 text-xs text-faint">
          A link is shown only when it is created. To share again, create a new one.
        </p>
      )}
    </section>
  );
}
