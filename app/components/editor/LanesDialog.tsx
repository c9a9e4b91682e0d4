"use client";

import { useState } from "react";
import type * as Y from "yjs";
import {
  createLane,
  deleteLane,
  LANE_COLORS,
  type Lane,
  LaneError,
  moveLane,
  recolorLane,
  renameLane,
} from "@/lib/document";
import { Button } from "../ui/Button";
import { cx } from "../ui/cx";
import { ConfirmDialog, Dialog } from "../ui/Dialog";
import { Icon } from "../ui/Icon";
import { InlineEdit } from "../ui/InlineEdit";
import { Input } from "../ui/Input";
import { Popover } from "../ui/Popover";
import { useToast } from "../ui/Toast";

export interface LanesDialogProps {
  open: boolean;
  onClose: () => void;
  doc: Y.Doc;
  lanes: Lane[];
  origin: unknown;
  /** Entries per lane id, to say what a deletion moves. */
  counts: Map<string, number>;
  readOnly: boolean;
}

function Swatches({
  lane,
  doc,
  origin,
  disabled,
}: {
  lane: Lane;
  doc: Y.Doc;
  origin: unknown;
  disabled: boolean;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Popover
      open={open}
      onClose={() => setOpen(false)}
      label={`Colour of ${lane.name}`}
      className="w-auto p-2"
      trigger={
        <button
          type="button"
          disabled={disabled}
          aria-label={`Colour of ${lane.name}`}
          onClick={() => setOpen((v) => !v)}
          className="flex h-7 w-7 items-center justify-center rounded-md hover:bg-sunken"
        >
          <span
            className="h-4 w-4 rounded-full ring-2 ring-surface ring-offset-1"
            style={{ background: lane.color, ["--tw-ring-offset-color" as string]: lane.color }}
          />
        </button>
      }
    >
      <div className="grid grid-cols-4 gap-1.5" role="listbox" aria-label="Lane colours">
        {LANE_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            role="option"
            aria-selected={color === lane.color}
            aria-label={color}
            onClick={() => {
              recolorLane(doc, lane.id, color, origin);
              setOpen(false);
            }}
            className={cx(
              "flex h-7 w-7 items-center justify-center rounded-full text-white",
              color === lane.color && "ring-2 ring-ink ring-offset-2",
            )}
            style={{ background: color }}
          >
            {color === lane.color && <Icon name="check" className="h-3.5 w-3.5" />}
          </button>
        ))}
      </div>
    </Popover>
  );
}

/** Create, rename, recolour, reorder (buttons or drag) and delete lanes. */
export function LanesDialog({
  open,
  onClose,
  doc,
  lanes,
  origin,
  counts,
  readOnly,
}: LanesDialogProps) {
  const toast = useToast();
  const [name, setName] = useState("");
  const [dragId, setDragId] = useState<string | null>(null);
  const [dropIndex, setDropIndex] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<Lane | null>(null);
  const [moveTo, setMoveTo] = useState("");

  const guard = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      toast({
        tone: "error",
        message: error instanceof LaneError ? error.message : "The lane could not be changed.",
      });
      throw error;
    }
  };

  const add = (event: React.FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    try {
      guard(() => createLane(doc, { name }, origin));
      setName("");
    } catch {
      // shown as a toast
    }
  };

  const others = deleting ? lanes.filter((lane) => lane.id !== deleting.id) : [];
  const deletingCount = deleting ? (counts.get(deleting.id) ?? 0) : 0;

  return (
    <>
      <Dialog
        open={open && !deleting}
        onClose={onClose}
        title="Lanes"
        description="Each lane is a row on the axis. Drag to reorder."
        size="md"
        testId="lanes-dialog"
      >
        <ul className="flex flex-col gap-1" data-testid="lanes-list">
          {lanes.map((lane, index) => (
            <li
              key={lane.id}
              data-testid="lane-row"
              data-lane-id={lane.id}
              draggable={!readOnly}
              onDragStart={(event) => {
                setDragId(lane.id);
                event.dataTransfer.effectAllowed = "move";
              }}
              onDragOver={(event) => {
                if (!dragId) return;
                event.preventDefault();
                const rect = event.currentTarget.getBoundingClientRect();
                setDropIndex(event.clientY < rect.top + rect.height / 2 ? index : index + 1);
              }}
              onDrop={(event) => {
                event.preventDefault();
                if (dragId && dropIndex !== null) {
                  const from = lanes.findIndex((l) => l.id === dragId);
                  moveLane(doc, dragId, dropIndex > from ? dropIndex - 1 : dropIndex, origin);
                }
                setDragId(null);
                setDropIndex(null);
              }}
              onDragEnd={() => {
                setDragId(null);
                setDropIndex(null);
              }}
              className={cx(
                "flex items-center gap-1 rounded-md border bg-surface py-1 pr-1 pl-1",
                dragId === lane.id ? "opacity-50" : "border-line",
                dropIndex === index && dragId && "border-t-2 border-t-accent",
                dropIndex === index + 1 &&
                  index === lanes.length - 1 &&
                  dragId &&
                  "border-b-2 border-b-accent",
              )}
            >
              <span
                className="flex h-7 w-5 cursor-grab items-center justify-center text-faint"
                aria-hidden
              >
                <Icon name="grip" />
              </span>
              <Swatches lane={lane} doc={doc} origin={origin} disabled={readOnly} />
              <InlineEdit
                value={lane.name}
                label={`Name of lane ${lane.name}`}
                maxLength={80}
                disabled={readOnly}
                className="h-8 flex-1 text-base"
                onCommit={(next) => guard(() => renameLane(doc, lane.id, next, origin))}
              />
              <span className="w-16 text-right text-sm text-muted tabular-nums">
                {counts.get(lane.id) ?? 0}
              </span>
              <Button
                variant="ghost"
                size="sm"
                icon
                aria-label={`Move ${lane.name} up`}
                disabled={readOnly || index === 0}
                onClick={() => moveLane(doc, lane.id, index - 1, origin)}
              >
                <Icon name="up" />
              </Button>
              <Button
                variant="ghost"
                size="sm"
                icon
                aria-label={`Move ${lane.name} down`}
                disabled={readOnly || index === lanes.length - 1}
                onClick={() => moveLane(doc, lane.id, index + 1, origin)}
              >
                <Icon name="down" />
              </Button>
              <Button
                variant="ghost"
                size="sm"
                icon
                aria-label={`Delete lane ${lane.name}`}
                disabled={readOnly || lanes.length <= 1}
                title={lanes.length <= 1 ? "A timeline keeps at least one lane" : undefined}
                className="hover:text-danger"
                onClick={() => {
                  setDeleting(lane);
                  setMoveTo(lanes.find((l) => l.id !== lane.id)?.id ?? "");
                }}
              >
                <Icon name="trash" />
              </Button>
            </li>
          ))}
        </ul>
        {!readOnly && (
          <form onSubmit={add} className="mt-3 flex gap-2">
            <Input
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="New lane, e.g. Negotiations"
              aria-label="New lane name"
              maxLength={80}
              data-testid="new-lane-name"
            />
            <Button type="submit" variant="primary" disabled={!name.trim()} data-testid="add-lane">
              <Icon name="plus" />
              Add lane
            </Button>
          </form>
        )}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete the lane “${deleting?.name ?? ""}”?`}
        description={
          deletingCount === 0 ? (
            "It has no entries."
          ) : (
            <div className="flex flex-col gap-2">
              <span>
                Its {deletingCount === 1 ? "entry moves" : `${deletingCount} entries move`} to
                another lane; nothing is deleted.
              </span>
              <label className="flex items-center gap-2 text-ink-soft">
                Move to
                <select
                  value={moveTo}
                  onChange={(e) => setMoveTo(e.target.value)}
                  className="h-8 rounded-md border border-line-strong bg-surface px-2 text-sm"
                  data-testid="lane-move-target"
                >
                  {others.map((lane) => (
                    <option key={lane.id} value={lane.id}>
                      {lane.name}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          )
        }
        confirmLabel="Delete lane"
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) deleteLane(doc, deleting.id, moveTo || undefined, origin);
          setDeleting(null);
        }}
      />
    </>
  );
}
