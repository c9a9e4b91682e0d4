import { describe, expect, it } from "vitest";
import {
  AVATAR_COLORS,
  avatarColorSchema,
  defaultAvatarColor,
  displayNameSchema,
  emailSchema,
  looksLikeTokenSecret,
  passwordSchema,
  safeNextPath,
  signInPath,
  tokenNameSchema,
} from "../../lib/account";

describe("account fields", () => {
  it("normalises emails and refuses what is not one", () => {
    expect(emailSchema.parse("  Ada@Example.ORG ")).toBe("ada@example.org");
    for (const bad of ["", "ada", "ada@", "@example.org", `${"a".repeat(250)}@example.org`]) {
      expect(emailSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("keeps display names in any script, on one trimmed line", () => {
    expect(displayNameSchema.parse("  Сайто   Кацуми \n")).toBe("Сайто Кацуми");
    expect(displayNameSchema.parse("斎藤 勝美")).toBe("斎藤 勝美");
    expect(displayNameSchema.safeParse(" \t ").success).toBe(false);
    expect(displayNameSchema.safeParse("x".repeat(61)).success).toBe(false);
  });

  it("bounds passwords as better-auth does", () => {
    expect(passwordSchema.safeParse("1234567").success).toBe(false);
    expect(passwordSchema.safeParse("12345678").success).toBe(true);
    expect(passwordSchema.safeParse("x".repeat(129)).success).toBe(false);
  });

  it("accepts only palette colours, in any case", () => {
    expect(avatarColorSchema.parse(AVATAR_COLORS[0].toUpperCase())).toBe(AVATAR_COLORS[0]);
    for (const bad of ["#123456", "red", "#fff", "", "#2563eb;background:url(x)"]) {
      expect(avatarColorSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("gives each email a stable palette colour", () => {
    const color = defaultAvatarColor("Ada@Example.org");
    expect(AVATAR_COLORS).toContain(color);
    expect(defaultAvatarColor(" ada@example.org")).toBe(color);
  });

  it("names tokens on one line", () => {
    expect(tokenNameSchema.parse("  Import   bot ")).toBe("Import bot");
    expect(tokenNameSchema.safeParse("").success).toBe(false);
    expect(tokenNameSchema.safeParse("x".repeat(61)).success).toBe(false);
  });

  it("recognises the shape of a token secret", () => {
    expect(looksLikeTokenSecret(`plx_${"A".repeat(43)}`)).toBe(true);
    expect(looksLikeTokenSecret(`plx_${"A".repeat(42)}`)).toBe(false);
    expect(looksLikeTokenSecret(`plx_${"A".repeat(42)}=`)).toBe(false);
    expect(looksLikeTokenSecret(`PLX_${"A".repeat(43)}`)).toBe(false);
  });
});

describe("where to go after signing in", () => {
  it("keeps paths on this site", () => {
    expect(safeNextPath("/t/abc?q=1#x")).toBe("/t/abc?q=1#x");
    expect(safeNextPath("/settings")).toBe("/settings");
  });

  it("never sends anyone to another origin", () => {
    for (const bad of [
      "https://evil.example",
      "//evil.example/x",
      "/\\evil.example",
      "evil.example",
      "javascript:alert(1)",
      "/\nLocation: https://evil.example",
      "/\t/evil.example",
      "",
      null,
      undefined,
      `/${"a".repeat(2001)}`,
    ]) {
      expect(safeNextPath(bad), String(bad)).toBe("/");
    }
  });

  it("builds the sign-in address with the way back", () => {
    expect(signInPath("/")).toBe("/signin");
    expect(signInPath("/t/a?q=x y")).toBe("/signin?next=%2Ft%2Fa%3Fq%3Dx%20y");
    expect(signInPath("//evil.example")).toBe("/signin");
  });
});
