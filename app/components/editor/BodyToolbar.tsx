"use client";

import { type Editor, useEditorState } from "@tiptap/react";
import { useState } from "react";
import { Button } from "../ui/Button";
import { cx } from "../ui/cx";
import { Icon, type IconName } from "../ui/Icon";
import { Input } from "../ui/Input";
import { Popover } from "../ui/Popover";

function ToolButton({
  icon,
  text,
  label,
  active,
  onClick,
  disabled,
}: {
  icon?: IconName;
  text?: string;
  label: string;
  active?: boolean;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={active}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      className={cx(
        "flex h-7 w-7 items-center justify-center rounded-md transition-colors disabled:opacity-40",
        active ? "bg-accent-soft text-accent-strong" : "text-muted hover:bg-sunken hover:text-ink",
      )}
    >
      {icon ? <Icon name={icon} /> : <span className="text-xs font-bold">{text}</span>}
    </button>
  );
}

function LinkButton({ editor, active }: { editor: Editor; active: boolean }) {
  const [open, setOpen] = useState(false);
  const [href, setHref] = useState("");
  const close = () => setOpen(false);
  const apply = (event: React.FormEvent) => {
    event.preventDefault();
    const url = href.trim();
    const chain = editor.chain().focus().extendMarkRange("link");
    if (url) chain.setLink({ href: /^[a-z]+:/i.test(url) ? url : `https://${url}` }).run();
    else chain.unsetLink().run();
    close();
  };
  return (
    <Popover
      open={open}
      onClose={close}
      label="Link"
      className="w-72"
      trigger={
        <ToolButton
          icon="link"
          label="Link"
          active={active}
          onClick={() => {
            setHref((editor.getAttributes("link").href as string | undefined) ?? "");
            setOpen((v) => !v);
          }}
        />
      }
    >
      <form onSubmit={apply} className="flex gap-2">
        <Input
          autoFocus
          value={href}
          onChange={(e) => setHref(e.target.value)}
          placeholder="https://…"
          aria-label="Link address"
          className="h-8"
        />
        <Button type="submit" size="sm" variant="primary" className="h-8">
          {href.trim() ? "Apply" : "Remove"}
        </Button>
      </form>
    </Popover>
  );
}

/** Block type, marks, lists, link and quote for the body being edited; `children` adds more tools. */
export function BodyToolbar({ editor, children }: { editor: Editor; children?: React.ReactNode }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      paragraph: e.isActive("paragraph"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
      link: e.isActive("link"),
      editable: e.isEditable,
    }),
  });
  const run = (fn: (chain: ReturnType<Editor["chain"]>) => ReturnType<Editor["chain"]>) =>
    fn(editor.chain().focus()).run();
  const disabled = !state.editable;

  return (
    <div
      role="toolbar"
      aria-label="Text formatting"
      data-testid="body-toolbar"
      className="flex flex-wrap items-center gap-0.5"
    >
      <ToolButton
        icon="paragraph"
        label="Paragraph"
        active={state.paragraph && !state.bullet && !state.ordered}
        disabled={disabled}
        onClick={() => run((c) => c.setParagraph())}
      />
      <ToolButton
        text="H2"
        label="H2 heading"
        active={state.h2}
        disabled={disabled}
        onClick={() => run((c) => c.toggleHeading({ level: 2 }))}
      />
      <ToolButton
        text="H3"
        label="H3 subheading"
        active={state.h3}
        disabled={disabled}
        onClick={() => run((c) => c.toggleHeading({ level: 3 }))}
      />
      <span aria-hidden className="mx-1 h-4 w-px bg-line" />
      <ToolButton
        icon="bold"
        label="Bold (⌘B)"
        active={state.bold}
        disabled={disabled}
        onClick={() => run((c) => c.toggleBold())}
      />
      <ToolButton
        icon="italic"
        label="Italic (⌘I)"
        active={state.italic}
        disabled={disabled}
        onClick={() => run((c) => c.toggleItalic())}
      />
      <LinkButton editor={editor} active={state.link} />
      <span aria-hidden className="mx-1 h-4 w-px bg-line" />
      <ToolButton
        icon="listBullet"
        label="Bulleted list"
        active={state.bullet}
        disabled={disabled}
        onClick={() => run((c) => c.toggleBulletList())}
      />
      <ToolButton
        icon="listOrdered"
        label="Numbered list"
        active={state.ordered}
        disabled={disabled}
        onClick={() => run((c) => c.toggleOrderedList())}
      />
      <ToolButton
        icon="quote"
        label="Block quote"
        active={state.quote}
        disabled={disabled}
        onClick={() => run((c) => c.toggleBlockquote())}
      />
      {children && (
        <>
          <span aria-hidden className="mx-1 h-4 w-px bg-line" />
          {children}
        </>
      )}
    </div>
  );
}
