// How each language writes comments and strings, for counting lines the way cloc does.

/** A string literal: comment tokens inside it are not comments. */
export interface StringSyntax {
  open: string;
  close: string;
  /** A backslash escapes the next character. */
  escapes: boolean;
  /** The string may run past the end of the line (template literals, raw strings). */
  multiline: boolean;
}

export interface BlockSyntax {
  open: string;
  close: string;
}

export interface CommentSyntax {
  line: string[];
  block: BlockSyntax[];
  /** Block comments nest, as in Rust, Swift and Haskell. */
  nested: boolean;
  strings: StringSyntax[];
  /** `/…/` starts a regular expression literal where a value is expected (JavaScript family). */
  regex: boolean;
}

const str = (quote: string, multiline = false, escapes = true): StringSyntax => ({
  open: quote,
  close: quote,
  escapes,
  multiline,
});
const block = (open: string, close: string): BlockSyntax => ({ open, close });
const syntax = (
  line: string[],
  blocks: BlockSyntax[],
  strings: StringSyntax[],
  nested = false,
  regex = false,
): CommentSyntax => ({ line, block: blocks, nested, strings, regex });

const quotes = [str('"'), str("'")];
const cBlock = block("/*", "*/");
const htmlBlock = block("<!--", "-->");

const families = {
  c: syntax(["//"], [cBlock], quotes),
  cNested: syntax(["//"], [cBlock], quotes, true),
  javascript: syntax(["//"], [cBlock], [...quotes, str("`", true)], false, true),
  go: syntax(["//"], [cBlock], [str('"'), str("'"), str("`", true, false)]),
  // `'a` is a lifetime in Rust, not a string, so only double quotes delimit strings.
  rust: syntax(["//"], [cBlock], [str('"')], true),
  php: syntax(["//", "#"], [cBlock], quotes),
  css: syntax([], [cBlock], quotes),
  hash: syntax(["#"], [], quotes),
  // cloc counts Python docstrings (any triple-quoted string) as comments.
  python: syntax(["#"], [block('"""', '"""'), block("'''", "'''")], quotes),
  hashNoStrings: syntax(["#"], [], []),
  powershell: syntax(["#"], [block("<#", "#>")], quotes),
  coffee: syntax(["#"], [block("###", "###")], quotes),
  julia: syntax(["#"], [block("#=", "=#")], quotes, true),
  hcl: syntax(["#", "//"], [cBlock], [str('"')]),
  nix: syntax(["#"], [cBlock], [str('"')]),
  ini: syntax([";", "#"], [], []),
  sql: syntax(["--"], [cBlock], [str("'"), str('"')]),
  lua: syntax(["--"], [block("--[[", "]]")], quotes),
  haskell: syntax(["--"], [block("{-", "-}")], [str('"')], true),
  dashOnly: syntax(["--"], [], [str('"')]),
  lisp: syntax([";"], [block("#|", "|#")], [str('"')], true),
  semicolon: syntax([";"], [], [str('"')]),
  percent: syntax(["%"], [], [str('"')]),
  matlab: syntax(["%"], [block("%{", "%}")], [str("'")]),
  prolog: syntax(["%"], [cBlock], quotes),
  markup: syntax([], [htmlBlock], []),
  component: syntax(["//"], [htmlBlock, cBlock], quotes),
  ocaml: syntax([], [block("(*", "*)")], [str('"')], true),
  fsharp: syntax(["//"], [block("(*", "*)")], [str('"')], true),
  pascal: syntax(["//"], [block("{", "}"), block("(*", "*)")], [str("'")]),
  fortran: syntax(["!"], [], quotes),
  basic: syntax(["'"], [], [str('"')]),
  vim: syntax(['"'], [], [str("'")]),
  batch: syntax(["::", "REM ", "rem ", "@REM ", "@rem "], [], []),
  zig: syntax(["//"], [], [str('"')]),
} satisfies Record<string, CommentSyntax>;

type Family = keyof typeof families;

// Kept as "|"-separated lists so the table stays readable.
const names = (list: string): string[] => list.split("|");

/** Linguist language names by comment family; languages not listed have no comment syntax. */
const languagesByFamily: Record<Family, string[]> = {
  c: names(
    "C|C++|C#|Java|Scala|Dart|Objective-C|Objective-C++|Groovy|SCSS|Less|Stylus|JSON with Comments|JSON5|Protocol Buffer|Solidity|Vala|Haxe|Apex|GLSL|HLSL|Cuda|Hack|Thrift|Gradle|Jsonnet|Cap'n Proto|D|Ballerina|Smithy|ActionScript|AssemblyScript|Processing|Metal|WGSL|Typst|Odin|V|Carbon",
  ),
  cNested: names("Kotlin|Swift"),
  javascript: names("JavaScript|TypeScript|TSX|JSX|QML"),
  go: names("Go"),
  rust: names("Rust"),
  php: names("PHP"),
  css: names("CSS"),
  hash: names(
    "Shell|Ruby|Perl|TOML|Makefile|Dockerfile|CMake|R|Elixir|Tcl|Awk|Crystal|GraphQL|Starlark|Raku|Puppet|Nginx|ApacheConf|Gemfile.lock|Git Config|Ignore List|Dotenv|Fish|Tcsh|Zsh|Meson|Procfile|Just|Nushell|Git Attributes|EditorConfig|Pip Requirements|Bicep|Jinja|Vim Snippet|Nim|Ansible|Alpine Abuild|Shell Session|sed|Gnuplot|Caddyfile|Terraform Template",
  ),
  python: names("Python|Cython|Starlark Python"),
  hashNoStrings: names("YAML|Properties|Java Properties|Option List"),
  powershell: names("PowerShell"),
  coffee: names("CoffeeScript"),
  julia: names("Julia"),
  hcl: names("HCL|Terraform"),
  nix: names("Nix"),
  ini: names("INI"),
  sql: names("SQL|PLpgSQL|PLSQL|TSQL|SQLPL"),
  lua: names("Lua|Luau"),
  haskell: names("Haskell|Elm|PureScript|Agda|Idris"),
  dashOnly: names("Ada|VHDL|Cabal Config"),
  lisp: names("Common Lisp|Racket|Scheme"),
  semicolon: names("Emacs Lisp|Clojure|Assembly|Unix Assembly|NASL|Fennel"),
  percent: names("Erlang|TeX|PostScript"),
  matlab: names("MATLAB"),
  prolog: names("Prolog"),
  markup: names("HTML|XML|SVG|Markdown|XSLT|MDX|Handlebars|XML Property List|Mustache"),
  component: names("Vue|Svelte|Astro"),
  ocaml: names("OCaml|Standard ML|Coq"),
  fsharp: names("F#"),
  pascal: names("Pascal|Delphi"),
  fortran: names("Fortran|Fortran Free Form"),
  basic: names("Visual Basic .NET|VBA|VBScript|Visual Basic 6.0"),
  vim: names("Vim Script"),
  batch: names("Batchfile"),
  zig: names("Zig"),
};

const byLanguage = new Map<string, CommentSyntax>();
for (const [family, languages] of Object.entries(languagesByFamily)) {
  for (const name of languages) byLanguage.set(name, families[family as Family]);
}

/** Comment syntax of a linguist language, or null when it has none (JSON, Text, CSV). */
export function commentSyntax(language: string): CommentSyntax | null {
  return byLanguage.get(language) ?? null;
}
