import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, writeFiles } from "../../kit/test/support/temp-repo.ts";
import { countLines } from "../src/inventory/line-counts.ts";

/** Snippets with cloc 1.96's counts (checked by hand and by the cloc test below when cloc is installed). */
const snippets: {
  file: string;
  language: string;
  text: string;
  code: number;
  comment: number;
  blank: number;
}[] = [
  {
    file: "a.js",
    language: "JavaScript",
    text: [
      "#!/usr/bin/env node",
      "// comment TODO: fix",
      'const url = "http://example.com"; // trailing',
      "/* block",
      "   still block",
      "",
      "*/",
      "const s = '/* not a comment */';",
      "function f() { return 1; } /* after */",
      "",
    ].join("\n"),
    code: 4,
    comment: 4,
    blank: 1,
  },
  {
    file: "b.ts",
    language: "TypeScript",
    text: [
      "/**",
      " * Doc comment. FIXME later",
      " */",
      'export const x: string = "//";',
      "   ",
      "interface A { a: number } // c",
      "/* one */ /* two */",
      "let y = 2; /* start",
      "end */",
    ].join("\n"),
    code: 3,
    comment: 5,
    blank: 1,
  },
  {
    file: "c.py",
    language: "Python",
    text: [
      "#!/usr/bin/env python3",
      '"""Module docstring.',
      "",
      "More.",
      '"""',
      "import os  # inline",
      "# HACK: something",
      's = "# not comment"',
      "",
      "def f():",
      "    '''doc'''",
      "    return 1",
      "",
    ].join("\n"),
    code: 5,
    comment: 5,
    blank: 2,
  },
  {
    file: "d.css",
    language: "CSS",
    text: '/* header */\na { color: red; } /* x */\n\n.b {\n  content: "/* no */";\n}\n',
    code: 4,
    comment: 1,
    blank: 1,
  },
  {
    file: "e.html",
    language: "HTML",
    text: "<!DOCTYPE html>\n<!-- comment -->\n<html>\n<!--\n  multi\n-->\n  <body>x</body> <!-- trailing -->\n</html>\n",
    code: 4,
    comment: 4,
    blank: 0,
  },
  {
    file: "f.md",
    language: "Markdown",
    text: "# Title\n\nSome text.\n<!-- hidden -->\n\n- item\n",
    code: 3,
    comment: 1,
    blank: 2,
  },
  {
    file: "g.json",
    language: "JSON",
    text: '{\n  "a": "// not",\n\n  "b": 2\n}\n',
    code: 4,
    comment: 0,
    blank: 1,
  },
  {
    file: "h.yml",
    language: "YAML",
    text: '# comment\na: 1 # inline\n\nb:\n  - "x # y"\n  # indented comment\n',
    code: 3,
    comment: 2,
    blank: 1,
  },
  {
    file: "i.sh",
    language: "Shell",
    text: '#!/bin/sh\n# comment\necho "# hi" # c\n\nexit 0\n',
    code: 3,
    comment: 1,
    blank: 1,
  },
  {
    file: "j.go",
    language: "Go",
    text: [
      "// Package main. XXX hmm",
      "package main",
      "",
      'import "fmt"',
      "",
      "/* block */",
      "func main() {",
      '\ts := "//x"',
      "\tr := `raw",
      "/* not */`",
      "\tfmt.Println(s, r) // trailing",
      "}",
      "",
    ].join("\n"),
    code: 8,
    comment: 2,
    blank: 2,
  },
  {
    file: "k.rs",
    language: "Rust",
    text: '//! crate doc\n/// item doc\nfn main() {\n    let s = "/* no */";\n    println!("{}", s);\n}\n\n// end\n',
    code: 4,
    comment: 3,
    blank: 1,
  },
];

describe("countLines", () => {
  for (const s of snippets) {
    it(`counts ${s.language} like cloc (${s.file})`, () => {
      expect(countLines(s.text, s.language).lines).toEqual({
        code: s.code,
        comment: s.comment,
        blank: s.blank,
      });
    });
  }

  it("does not take comment tokens inside strings for comments", () => {
    const text = ['const a = "/* not a comment";', "const b = 1; // real", "const c = '*/';", ""].join("\n");
    expect(countLines(text, "JavaScript").lines).toEqual({ code: 3, comment: 0, blank: 0 });
    expect(countLines('x = "# not"\ny = 1\n', "Python").lines).toEqual({ code: 2, comment: 0, blank: 0 });
    expect(countLines('let s = "// a \\" // b";\n', "Rust").lines.code).toBe(1);
  });

  it("reads regular expression literals in JavaScript, so quotes and slashes in them open nothing", () => {
    const text = [
      "const punct = /[!-/:-@[-`{-~]/;",
      "/** a comment */",
      "const q = /['\"]/g.test(x) ? a / b : c / d; // division, then a comment",
      "const url = /https?:\\/\\//;",
      "if (ok) return /x/.test(y);",
      "",
    ].join("\n");
    expect(countLines(text, "JavaScript").lines).toEqual({ code: 4, comment: 1, blank: 0 });
  });

  it("counts template literal lines as code, where cloc would take a // line in one for a comment", () => {
    const text = "const t = `first\n// inside the template\n`;\n";
    expect(countLines(text, "TypeScript").lines).toEqual({ code: 3, comment: 0, blank: 0 });
  });

  it("nests block comments in Rust, Swift and Haskell but not in C", () => {
    expect(countLines("/* a /* b */ c */\nfn x() {}\n", "Rust").lines).toEqual({
      code: 1,
      comment: 1,
      blank: 0,
    });
    expect(countLines("{- a {- b -} c -}\nmain = 1\n", "Haskell").lines.comment).toBe(1);
    expect(countLines("/* a /* b */ c */\nint x;\n", "C").lines).toEqual({ code: 2, comment: 0, blank: 0 });
  });

  it("counts every non-blank line as code in languages without comments and in unknown ones", () => {
    expect(countLines("a\n\n// b\n", "JSON").lines).toEqual({ code: 2, comment: 0, blank: 1 });
    expect(countLines("a\n  \n# b", "").lines).toEqual({ code: 2, comment: 0, blank: 1 });
  });

  it("handles CRLF line ends, no final newline and empty files", () => {
    expect(countLines("// a\r\nb();\r\n\r\n", "JavaScript").lines).toEqual({ code: 1, comment: 1, blank: 1 });
    expect(countLines("x = 1", "Python").lines).toEqual({ code: 1, comment: 0, blank: 0 });
    expect(countLines("", "Go").lines).toEqual({ code: 0, comment: 0, blank: 0 });
  });

  it("finds TODO, FIXME, HACK and XXX in comments only, with their line", () => {
    const text = [
      "// TODO: split this",
      'const s = "TODO: not a marker";',
      "/*",
      " * FIXME(ana) handle errors",
      " */",
      "x(); // HACK around a bug",
      "// TODO-style words and TODO/FIXME lists are not markers",
      "",
    ].join("\n");
    const { markers } = countLines(text, "TypeScript");
    expect(markers).toEqual([
      { kind: "TODO", line: 1, text: "TODO: split this" },
      { kind: "FIXME", line: 4, text: "FIXME(ana) handle errors" },
      { kind: "HACK", line: 6, text: "HACK around a bug" },
    ]);
  });
});

describe.runIf(hasCloc())("countLines against the installed cloc", () => {
  it("gives the same counts as cloc for every snippet", () => {
    const dir = tempDir();
    writeFiles(dir, Object.fromEntries(snippets.map((s) => [s.file, s.text])));
    const out = execFileSync("cloc", ["--by-file", "--json", "--skip-uniqueness", "--quiet", "."], {
      cwd: dir,
      encoding: "utf8",
    });
    const byFile = JSON.parse(out) as Record<string, { code: number; comment: number; blank: number }>;
    for (const s of snippets) {
      const cloc = byFile[path.join(".", s.file)] ?? byFile[`./${s.file}`];
      expect({ file: s.file, ...countLines(s.text, s.language).lines }).toEqual({
        file: s.file,
        code: cloc?.code,
        comment: cloc?.comment,
        blank: cloc?.blank,
      });
    }
  });
});

function hasCloc(): boolean {
  try {
    execFileSync("cloc", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
