"use client";

import { useParams } from "next/navigation";
import { useState } from "react";
import { can, type Role } from "@/lib/auth/roles";
import { Button } from "../../ui/Button";
import { Icon } from "../../ui/Icon";
import { PublishDialog } from "./PublishDialog";

/**
 * The top bar's Publish button: the checklist and releases for editors and
 * owners (only owners can confirm), and the public address for everyone.
 */
export function PublishButton({
  role,
  onOpenEntry,
}: {
  role: Role;
  onOpenEntry: (entryId: string) => void;
}) {
  const params = useParams<{ id: string }>();
  const [open, setOpen] = useState(false);
  const timelineId = params?.id;
  if (!timelineId) return null;
  return (
    <>
      <Button
        size="sm"
        variant={can(role, "publish") ? "primary" : "secondary"}
        onClick={() => setOpen(true)}
        data-testid="publish-button"
      >
        <Icon name="eye" className="h-3.5 w-3.5" />
        Publish
      </Button>
      <PublishDialog
        open={open}
        onClose={() => setOpen(false)}
        timelineId={decodeURIComponent(timelineId)}
        role={role}
        onOpenEntry={onOpenEntry}
      />
    </>
  );
}
