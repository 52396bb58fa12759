export const id = 258;
export const ids = [258];
export const modules = {

/***/ 86258:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "1C Enterprise": () => (/* reexport */ _1C_20_Enterprise),
  "2-Dimensional Array": () => (/* reexport */ _2_Dimensional_20_Array),
  "4D": () => (/* reexport */ _4D),
  ABAP: () => (/* reexport */ ABAP),
  "ABAP CDS": () => (/* reexport */ ABAP_20_CDS),
  ABNF: () => (/* reexport */ ABNF),
  "AGS Script": () => (/* reexport */ AGS_20_Script),
  AIDL: () => (/* reexport */ AIDL),
  AL: () => (/* reexport */ AL),
  ALGOL: () => (/* reexport */ ALGOL),
  AMPL: () => (/* reexport */ AMPL),
  ANTLR: () => (/* reexport */ ANTLR),
  "API Blueprint": () => (/* reexport */ API_20_Blueprint),
  APL: () => (/* reexport */ APL),
  ASL: () => (/* reexport */ ASL),
  "ASN.1": () => (/* reexport */ ASN_1),
  "ASP.NET": () => (/* reexport */ ASP_NET),
  ATS: () => (/* reexport */ ATS),
  ActionScript: () => (/* reexport */ ActionScript),
  Ada: () => (/* reexport */ Ada),
  "Adblock Filter List": () => (/* reexport */ Adblock_20_Filter_20_List),
  "Adobe Font Metrics": () => (/* reexport */ Adobe_20_Font_20_Metrics),
  Agda: () => (/* reexport */ Agda),
  Aiken: () => (/* reexport */ Aiken),
  Aleo: () => (/* reexport */ Aleo),
  Alloy: () => (/* reexport */ Alloy),
  "Alpine Abuild": () => (/* reexport */ Alpine_20_Abuild),
  "Altium Designer": () => (/* reexport */ Altium_20_Designer),
  AngelScript: () => (/* reexport */ AngelScript),
  "Answer Set Programming": () => (/* reexport */ Answer_20_Set_20_Programming),
  "Ant Build System": () => (/* reexport */ Ant_20_Build_20_System),
  Antlers: () => (/* reexport */ Antlers),
  ApacheConf: () => (/* reexport */ ApacheConf),
  Apex: () => (/* reexport */ Apex),
  "Apollo Guidance Computer": () => (/* reexport */ Apollo_20_Guidance_20_Computer),
  AppleScript: () => (/* reexport */ AppleScript),
  Arc: () => (/* reexport */ Arc),
  AsciiDoc: () => (/* reexport */ AsciiDoc),
  AspectJ: () => (/* reexport */ AspectJ),
  Assembly: () => (/* reexport */ Assembly),
  Astro: () => (/* reexport */ Astro),
  Asymptote: () => (/* reexport */ Asymptote),
  Augeas: () => (/* reexport */ Augeas),
  AutoHotkey: () => (/* reexport */ AutoHotkey),
  AutoIt: () => (/* reexport */ AutoIt),
  "Avro IDL": () => (/* reexport */ Avro_20_IDL),
  Awk: () => (/* reexport */ Awk),
  B: () => (/* reexport */ B),
  "B (Formal Method)": () => (/* reexport */ B_20_28_Formal_20_Method_29_),
  B4X: () => (/* reexport */ B4X),
  BAML: () => (/* reexport */ BAML),
  BASIC: () => (/* reexport */ BASIC),
  BBCode: () => (/* reexport */ BBCode),
  BIRD2: () => (/* reexport */ BIRD2),
  BQN: () => (/* reexport */ BQN),
  Ballerina: () => (/* reexport */ Ballerina),
  Batchfile: () => (/* reexport */ Batchfile),
  Beef: () => (/* reexport */ Beef),
  Befunge: () => (/* reexport */ Befunge),
  Berry: () => (/* reexport */ Berry),
  BibTeX: () => (/* reexport */ BibTeX),
  "BibTeX Style": () => (/* reexport */ BibTeX_20_Style),
  Bicep: () => (/* reexport */ Bicep),
  Bikeshed: () => (/* reexport */ Bikeshed),
  Bison: () => (/* reexport */ Bison),
  BitBake: () => (/* reexport */ BitBake),
  Blade: () => (/* reexport */ Blade),
  BlitzBasic: () => (/* reexport */ BlitzBasic),
  BlitzMax: () => (/* reexport */ BlitzMax),
  Blueprint: () => (/* reexport */ Blueprint),
  Bluespec: () => (/* reexport */ Bluespec),
  "Bluespec BH": () => (/* reexport */ Bluespec_20_BH),
  Boo: () => (/* reexport */ Boo),
  Boogie: () => (/* reexport */ Boogie),
  Brainfuck: () => (/* reexport */ Brainfuck),
  BrighterScript: () => (/* reexport */ BrighterScript),
  Brightscript: () => (/* reexport */ Brightscript),
  Browserslist: () => (/* reexport */ Browserslist),
  Bru: () => (/* reexport */ Bru),
  BuildStream: () => (/* reexport */ BuildStream),
  C: () => (/* reexport */ C),
  "C#": () => (/* reexport */ C_23_),
  "C++": () => (/* reexport */ C_2b_2b_),
  "C-ObjDump": () => (/* reexport */ C_ObjDump),
  "C2hs Haskell": () => (/* reexport */ C2hs_20_Haskell),
  C3: () => (/* reexport */ C3),
  "CAP CDS": () => (/* reexport */ CAP_20_CDS),
  CIL: () => (/* reexport */ CIL),
  CLIPS: () => (/* reexport */ CLIPS),
  CMake: () => (/* reexport */ CMake),
  COBOL: () => (/* reexport */ COBOL),
  CODEOWNERS: () => (/* reexport */ CODEOWNERS),
  COLLADA: () => (/* reexport */ COLLADA),
  CQL: () => (/* reexport */ CQL),
  CSON: () => (/* reexport */ CSON),
  CSS: () => (/* reexport */ CSS),
  CSV: () => (/* reexport */ CSV),
  CUE: () => (/* reexport */ CUE),
  CWeb: () => (/* reexport */ CWeb),
  "Cabal Config": () => (/* reexport */ Cabal_20_Config),
  Caddyfile: () => (/* reexport */ Caddyfile),
  Cadence: () => (/* reexport */ Cadence),
  Cairo: () => (/* reexport */ Cairo),
  "Cairo Zero": () => (/* reexport */ Cairo_20_Zero),
  CameLIGO: () => (/* reexport */ CameLIGO),
  Cangjie: () => (/* reexport */ Cangjie),
  "Cap'n Proto": () => (/* reexport */ Cap_27_n_20_Proto),
  Carbon: () => (/* reexport */ Carbon),
  CartoCSS: () => (/* reexport */ CartoCSS),
  Ceylon: () => (/* reexport */ Ceylon),
  Chapel: () => (/* reexport */ Chapel),
  Charity: () => (/* reexport */ Charity),
  Checksums: () => (/* reexport */ Checksums),
  ChucK: () => (/* reexport */ ChucK),
  Circom: () => (/* reexport */ Circom),
  Cirru: () => (/* reexport */ Cirru),
  Clarion: () => (/* reexport */ Clarion),
  Clarity: () => (/* reexport */ Clarity),
  "Classic ASP": () => (/* reexport */ Classic_20_ASP),
  Clean: () => (/* reexport */ Clean),
  Click: () => (/* reexport */ Click),
  Clojure: () => (/* reexport */ Clojure),
  "Closure Templates": () => (/* reexport */ Closure_20_Templates),
  "Cloud Firestore Security Rules": () => (/* reexport */ Cloud_20_Firestore_20_Security_20_Rules),
  Clue: () => (/* reexport */ Clue),
  "CoNLL-U": () => (/* reexport */ CoNLL_U),
  CodeQL: () => (/* reexport */ CodeQL),
  CoffeeScript: () => (/* reexport */ CoffeeScript),
  ColdFusion: () => (/* reexport */ ColdFusion),
  "ColdFusion CFC": () => (/* reexport */ ColdFusion_20_CFC),
  "Common Lisp": () => (/* reexport */ Common_20_Lisp),
  "Common Workflow Language": () => (/* reexport */ Common_20_Workflow_20_Language),
  "Component Pascal": () => (/* reexport */ Component_20_Pascal),
  Cooklang: () => (/* reexport */ Cooklang),
  Cool: () => (/* reexport */ Cool),
  "Cpp-ObjDump": () => (/* reexport */ Cpp_ObjDump),
  Creole: () => (/* reexport */ Creole),
  Crystal: () => (/* reexport */ Crystal),
  Csound: () => (/* reexport */ Csound),
  "Csound Document": () => (/* reexport */ Csound_20_Document),
  "Csound Score": () => (/* reexport */ Csound_20_Score),
  Cuda: () => (/* reexport */ Cuda),
  "Cue Sheet": () => (/* reexport */ Cue_20_Sheet),
  Curry: () => (/* reexport */ Curry),
  Cycript: () => (/* reexport */ Cycript),
  Cylc: () => (/* reexport */ Cylc),
  Cypher: () => (/* reexport */ Cypher),
  Cython: () => (/* reexport */ Cython),
  D: () => (/* reexport */ D),
  "D-ObjDump": () => (/* reexport */ D_ObjDump),
  D2: () => (/* reexport */ D2),
  "DIGITAL Command Language": () => (/* reexport */ DIGITAL_20_Command_20_Language),
  DM: () => (/* reexport */ DM),
  "DNS Zone": () => (/* reexport */ DNS_20_Zone),
  DTrace: () => (/* reexport */ DTrace),
  Dafny: () => (/* reexport */ Dafny),
  "Darcs Patch": () => (/* reexport */ Darcs_20_Patch),
  Dart: () => (/* reexport */ Dart),
  Daslang: () => (/* reexport */ Daslang),
  DataWeave: () => (/* reexport */ DataWeave),
  "Debian Package Control File": () => (/* reexport */ Debian_20_Package_20_Control_20_File),
  DenizenScript: () => (/* reexport */ DenizenScript),
  Dhall: () => (/* reexport */ Dhall),
  Diff: () => (/* reexport */ Diff),
  "DirectX 3D File": () => (/* reexport */ DirectX_20_3D_20_File),
  Dockerfile: () => (/* reexport */ Dockerfile),
  Dogescript: () => (/* reexport */ Dogescript),
  Dotenv: () => (/* reexport */ Dotenv),
  Dune: () => (/* reexport */ Dune),
  Dylan: () => (/* reexport */ Dylan),
  E: () => (/* reexport */ E),
  "E-mail": () => (/* reexport */ E_mail),
  EBNF: () => (/* reexport */ EBNF),
  ECL: () => (/* reexport */ ECL),
  ECLiPSe: () => (/* reexport */ ECLiPSe),
  EJS: () => (/* reexport */ EJS),
  EQ: () => (/* reexport */ EQ),
  Eagle: () => (/* reexport */ Eagle),
  Earthly: () => (/* reexport */ Earthly),
  Easybuild: () => (/* reexport */ Easybuild),
  "Ecere Projects": () => (/* reexport */ Ecere_20_Projects),
  Ecmarkup: () => (/* reexport */ Ecmarkup),
  Edge: () => (/* reexport */ Edge),
  EdgeQL: () => (/* reexport */ EdgeQL),
  EditorConfig: () => (/* reexport */ EditorConfig),
  "Edje Data Collection": () => (/* reexport */ Edje_20_Data_20_Collection),
  Eiffel: () => (/* reexport */ Eiffel),
  Elixir: () => (/* reexport */ Elixir),
  Elm: () => (/* reexport */ Elm),
  Elvish: () => (/* reexport */ Elvish),
  "Elvish Transcript": () => (/* reexport */ Elvish_20_Transcript),
  "Emacs Lisp": () => (/* reexport */ Emacs_20_Lisp),
  EmberScript: () => (/* reexport */ EmberScript),
  Erlang: () => (/* reexport */ Erlang),
  Euphoria: () => (/* reexport */ Euphoria),
  "F#": () => (/* reexport */ F_23_),
  "F*": () => (/* reexport */ F_2a_),
  "FIGlet Font": () => (/* reexport */ FIGlet_20_Font),
  FIRRTL: () => (/* reexport */ FIRRTL),
  FLUX: () => (/* reexport */ FLUX),
  FPP: () => (/* reexport */ FPP),
  Factor: () => (/* reexport */ Factor),
  Fancy: () => (/* reexport */ Fancy),
  Fantom: () => (/* reexport */ Fantom),
  Faust: () => (/* reexport */ Faust),
  Fennel: () => (/* reexport */ Fennel),
  "Filebench WML": () => (/* reexport */ Filebench_20_WML),
  Filterscript: () => (/* reexport */ Filterscript),
  FlatBuffers: () => (/* reexport */ FlatBuffers),
  Flix: () => (/* reexport */ Flix),
  Fluent: () => (/* reexport */ Fluent),
  Formatted: () => (/* reexport */ Formatted),
  Forth: () => (/* reexport */ Forth),
  Fortran: () => (/* reexport */ Fortran),
  "Fortran Free Form": () => (/* reexport */ Fortran_20_Free_20_Form),
  FreeBASIC: () => (/* reexport */ FreeBASIC),
  FreeMarker: () => (/* reexport */ FreeMarker),
  Frege: () => (/* reexport */ Frege),
  Futhark: () => (/* reexport */ Futhark),
  "G-code": () => (/* reexport */ G_code),
  GAML: () => (/* reexport */ GAML),
  GAMS: () => (/* reexport */ GAMS),
  GAP: () => (/* reexport */ GAP),
  "GCC Machine Description": () => (/* reexport */ GCC_20_Machine_20_Description),
  GDB: () => (/* reexport */ GDB),
  GDScript: () => (/* reexport */ GDScript),
  GDShader: () => (/* reexport */ GDShader),
  GEDCOM: () => (/* reexport */ GEDCOM),
  GLSL: () => (/* reexport */ GLSL),
  GN: () => (/* reexport */ GN),
  GSC: () => (/* reexport */ GSC),
  "Game Maker Language": () => (/* reexport */ Game_20_Maker_20_Language),
  "Gemfile.lock": () => (/* reexport */ Gemfile_lock),
  Gemini: () => (/* reexport */ Gemini),
  "Genero 4gl": () => (/* reexport */ Genero_20_4gl),
  "Genero per": () => (/* reexport */ Genero_20_per),
  Genie: () => (/* reexport */ Genie),
  Genshi: () => (/* reexport */ Genshi),
  "Gentoo Ebuild": () => (/* reexport */ Gentoo_20_Ebuild),
  "Gentoo Eclass": () => (/* reexport */ Gentoo_20_Eclass),
  "Gerber Image": () => (/* reexport */ Gerber_20_Image),
  "Gettext Catalog": () => (/* reexport */ Gettext_20_Catalog),
  Gherkin: () => (/* reexport */ Gherkin),
  "Git Attributes": () => (/* reexport */ Git_20_Attributes),
  "Git Commit": () => (/* reexport */ Git_20_Commit),
  "Git Config": () => (/* reexport */ Git_20_Config),
  "Git Revision List": () => (/* reexport */ Git_20_Revision_20_List),
  Gleam: () => (/* reexport */ Gleam),
  "Glimmer JS": () => (/* reexport */ Glimmer_20_JS),
  "Glimmer TS": () => (/* reexport */ Glimmer_20_TS),
  Glyph: () => (/* reexport */ Glyph),
  "Glyph Bitmap Distribution Format": () => (/* reexport */ Glyph_20_Bitmap_20_Distribution_20_Format),
  Gno: () => (/* reexport */ Gno),
  Gnuplot: () => (/* reexport */ Gnuplot),
  Go: () => (/* reexport */ Go),
  "Go Checksums": () => (/* reexport */ Go_20_Checksums),
  "Go Module": () => (/* reexport */ Go_20_Module),
  "Go Template": () => (/* reexport */ Go_20_Template),
  "Go Workspace": () => (/* reexport */ Go_20_Workspace),
  "Godot Resource": () => (/* reexport */ Godot_20_Resource),
  Golo: () => (/* reexport */ Golo),
  Gosu: () => (/* reexport */ Gosu),
  Grace: () => (/* reexport */ Grace),
  Gradle: () => (/* reexport */ Gradle),
  "Gradle Kotlin DSL": () => (/* reexport */ Gradle_20_Kotlin_20_DSL),
  "Grammatical Framework": () => (/* reexport */ Grammatical_20_Framework),
  "Graph Modeling Language": () => (/* reexport */ Graph_20_Modeling_20_Language),
  GraphQL: () => (/* reexport */ GraphQL),
  "Graphviz (DOT)": () => (/* reexport */ Graphviz_20_28_DOT_29_),
  Groovy: () => (/* reexport */ Groovy),
  "Groovy Server Pages": () => (/* reexport */ Groovy_20_Server_20_Pages),
  GtkRC: () => (/* reexport */ GtkRC),
  HAProxy: () => (/* reexport */ HAProxy),
  HCL: () => (/* reexport */ HCL),
  HIP: () => (/* reexport */ HIP),
  HLSL: () => (/* reexport */ HLSL),
  HOCON: () => (/* reexport */ HOCON),
  HTML: () => (/* reexport */ HTML),
  "HTML+ECR": () => (/* reexport */ HTML_2b_ECR),
  "HTML+EEX": () => (/* reexport */ HTML_2b_EEX),
  "HTML+ERB": () => (/* reexport */ HTML_2b_ERB),
  "HTML+PHP": () => (/* reexport */ HTML_2b_PHP),
  "HTML+Razor": () => (/* reexport */ HTML_2b_Razor),
  HTTP: () => (/* reexport */ HTTP),
  HXML: () => (/* reexport */ HXML),
  Hack: () => (/* reexport */ Hack),
  Haml: () => (/* reexport */ Haml),
  Handlebars: () => (/* reexport */ Handlebars),
  Harbour: () => (/* reexport */ Harbour),
  Hare: () => (/* reexport */ Hare),
  Haskell: () => (/* reexport */ Haskell),
  Haxe: () => (/* reexport */ Haxe),
  HiveQL: () => (/* reexport */ HiveQL),
  HolyC: () => (/* reexport */ HolyC),
  "Hosts File": () => (/* reexport */ Hosts_20_File),
  Hurl: () => (/* reexport */ Hurl),
  Hy: () => (/* reexport */ Hy),
  HyPhy: () => (/* reexport */ HyPhy),
  IDL: () => (/* reexport */ IDL),
  "IGOR Pro": () => (/* reexport */ IGOR_20_Pro),
  "IL Assembly": () => (/* reexport */ IL_20_Assembly),
  INI: () => (/* reexport */ INI),
  "IRC log": () => (/* reexport */ IRC_20_log),
  ISPC: () => (/* reexport */ ISPC),
  Idris: () => (/* reexport */ Idris),
  "Ignore List": () => (/* reexport */ Ignore_20_List),
  "ImHex Pattern Language": () => (/* reexport */ ImHex_20_Pattern_20_Language),
  "ImageJ Macro": () => (/* reexport */ ImageJ_20_Macro),
  Imba: () => (/* reexport */ Imba),
  "Inform 7": () => (/* reexport */ Inform_20_7),
  Ink: () => (/* reexport */ Ink),
  "Inno Setup": () => (/* reexport */ Inno_20_Setup),
  Io: () => (/* reexport */ Io),
  Ioke: () => (/* reexport */ Ioke),
  Isabelle: () => (/* reexport */ Isabelle),
  "Isabelle ROOT": () => (/* reexport */ Isabelle_20_ROOT),
  J: () => (/* reexport */ J),
  "JAR Manifest": () => (/* reexport */ JAR_20_Manifest),
  JASS: () => (/* reexport */ JASS),
  JCL: () => (/* reexport */ JCL),
  JFlex: () => (/* reexport */ JFlex),
  JSON: () => (/* reexport */ JSON),
  "JSON with Comments": () => (/* reexport */ JSON_20_with_20_Comments),
  JSON5: () => (/* reexport */ JSON5),
  JSONLD: () => (/* reexport */ JSONLD),
  JSONiq: () => (/* reexport */ JSONiq),
  Jac: () => (/* reexport */ Jac),
  Jai: () => (/* reexport */ Jai),
  Janet: () => (/* reexport */ Janet),
  Jasmin: () => (/* reexport */ Jasmin),
  Java: () => (/* reexport */ Java),
  "Java Properties": () => (/* reexport */ Java_20_Properties),
  "Java Server Pages": () => (/* reexport */ Java_20_Server_20_Pages),
  "Java Template Engine": () => (/* reexport */ Java_20_Template_20_Engine),
  JavaScript: () => (/* reexport */ JavaScript),
  "JavaScript+ERB": () => (/* reexport */ JavaScript_2b_ERB),
  "Jest Snapshot": () => (/* reexport */ Jest_20_Snapshot),
  "JetBrains MPS": () => (/* reexport */ JetBrains_20_MPS),
  Jinja: () => (/* reexport */ Jinja),
  Jison: () => (/* reexport */ Jison),
  "Jison Lex": () => (/* reexport */ Jison_20_Lex),
  Jolie: () => (/* reexport */ Jolie),
  Jsonnet: () => (/* reexport */ Jsonnet),
  Julia: () => (/* reexport */ Julia),
  "Julia REPL": () => (/* reexport */ Julia_20_REPL),
  "Jupyter Notebook": () => (/* reexport */ Jupyter_20_Notebook),
  Just: () => (/* reexport */ Just),
  KCL: () => (/* reexport */ KCL),
  KDL: () => (/* reexport */ KDL),
  KFramework: () => (/* reexport */ KFramework),
  KRL: () => (/* reexport */ KRL),
  "Kaitai Struct": () => (/* reexport */ Kaitai_20_Struct),
  KakouneScript: () => (/* reexport */ KakouneScript),
  KerboScript: () => (/* reexport */ KerboScript),
  "KiCad Layout": () => (/* reexport */ KiCad_20_Layout),
  "KiCad Legacy Layout": () => (/* reexport */ KiCad_20_Legacy_20_Layout),
  "KiCad Schematic": () => (/* reexport */ KiCad_20_Schematic),
  Kickstart: () => (/* reexport */ Kickstart),
  Kit: () => (/* reexport */ Kit),
  "KoLmafia ASH": () => (/* reexport */ KoLmafia_20_ASH),
  Koka: () => (/* reexport */ Koka),
  Kotlin: () => (/* reexport */ Kotlin),
  Kusto: () => (/* reexport */ Kusto),
  LFE: () => (/* reexport */ LFE),
  LLVM: () => (/* reexport */ LLVM),
  LOLCODE: () => (/* reexport */ LOLCODE),
  LSL: () => (/* reexport */ LSL),
  "LTspice Symbol": () => (/* reexport */ LTspice_20_Symbol),
  LabVIEW: () => (/* reexport */ LabVIEW),
  Lambdapi: () => (/* reexport */ Lambdapi),
  Langium: () => (/* reexport */ Langium),
  Lark: () => (/* reexport */ Lark),
  Lasso: () => (/* reexport */ Lasso),
  Latte: () => (/* reexport */ Latte),
  Lean: () => (/* reexport */ Lean),
  "Lean 4": () => (/* reexport */ Lean_20_4),
  Leo: () => (/* reexport */ Leo),
  Less: () => (/* reexport */ Less),
  Lex: () => (/* reexport */ Lex),
  LigoLANG: () => (/* reexport */ LigoLANG),
  LilyPond: () => (/* reexport */ LilyPond),
  Limbo: () => (/* reexport */ Limbo),
  "Linear Programming": () => (/* reexport */ Linear_20_Programming),
  "Linker Script": () => (/* reexport */ Linker_20_Script),
  "Linux Kernel Module": () => (/* reexport */ Linux_20_Kernel_20_Module),
  Liquid: () => (/* reexport */ Liquid),
  Liquidsoap: () => (/* reexport */ Liquidsoap),
  "Literate Agda": () => (/* reexport */ Literate_20_Agda),
  "Literate CoffeeScript": () => (/* reexport */ Literate_20_CoffeeScript),
  "Literate Haskell": () => (/* reexport */ Literate_20_Haskell),
  "LiveCode Script": () => (/* reexport */ LiveCode_20_Script),
  LiveScript: () => (/* reexport */ LiveScript),
  Lobster: () => (/* reexport */ Lobster),
  Logos: () => (/* reexport */ Logos),
  Logtalk: () => (/* reexport */ Logtalk),
  LookML: () => (/* reexport */ LookML),
  LoomScript: () => (/* reexport */ LoomScript),
  Lua: () => (/* reexport */ Lua),
  Luau: () => (/* reexport */ Luau),
  M: () => (/* reexport */ M),
  M3U: () => (/* reexport */ M3U),
  M4: () => (/* reexport */ M4),
  M4Sugar: () => (/* reexport */ M4Sugar),
  MATLAB: () => (/* reexport */ MATLAB),
  MAXScript: () => (/* reexport */ MAXScript),
  MDX: () => (/* reexport */ MDX),
  MLIR: () => (/* reexport */ MLIR),
  MQL4: () => (/* reexport */ MQL4),
  MQL5: () => (/* reexport */ MQL5),
  MTML: () => (/* reexport */ MTML),
  MUF: () => (/* reexport */ MUF),
  Macaulay2: () => (/* reexport */ Macaulay2),
  Makefile: () => (/* reexport */ Makefile),
  Mako: () => (/* reexport */ Mako),
  Markdown: () => (/* reexport */ Markdown),
  Marko: () => (/* reexport */ Marko),
  Mask: () => (/* reexport */ Mask),
  "Mathematical Programming System": () => (/* reexport */ Mathematical_20_Programming_20_System),
  "Maven POM": () => (/* reexport */ Maven_20_POM),
  Max: () => (/* reexport */ Max),
  MeTTa: () => (/* reexport */ MeTTa),
  Mercury: () => (/* reexport */ Mercury),
  Mermaid: () => (/* reexport */ Mermaid),
  Meson: () => (/* reexport */ Meson),
  Metal: () => (/* reexport */ Metal),
  "Microsoft Developer Studio Project": () => (/* reexport */ Microsoft_20_Developer_20_Studio_20_Project),
  "Microsoft Visual Studio Solution": () => (/* reexport */ Microsoft_20_Visual_20_Studio_20_Solution),
  MiniD: () => (/* reexport */ MiniD),
  MiniScript: () => (/* reexport */ MiniScript),
  MiniYAML: () => (/* reexport */ MiniYAML),
  MiniZinc: () => (/* reexport */ MiniZinc),
  "MiniZinc Data": () => (/* reexport */ MiniZinc_20_Data),
  Mint: () => (/* reexport */ Mint),
  Mirah: () => (/* reexport */ Mirah),
  Modelica: () => (/* reexport */ Modelica),
  "Modula-2": () => (/* reexport */ Modula_2),
  "Modula-3": () => (/* reexport */ Modula_3),
  "Module Management System": () => (/* reexport */ Module_20_Management_20_System),
  Mojo: () => (/* reexport */ Mojo),
  Monkey: () => (/* reexport */ Monkey),
  "Monkey C": () => (/* reexport */ Monkey_20_C),
  Moocode: () => (/* reexport */ Moocode),
  MoonBit: () => (/* reexport */ MoonBit),
  MoonScript: () => (/* reexport */ MoonScript),
  Motoko: () => (/* reexport */ Motoko),
  "Motorola 68K Assembly": () => (/* reexport */ Motorola_20_68K_20_Assembly),
  Move: () => (/* reexport */ Move),
  Muse: () => (/* reexport */ Muse),
  Mustache: () => (/* reexport */ Mustache),
  Myghty: () => (/* reexport */ Myghty),
  NASL: () => (/* reexport */ NASL),
  NCL: () => (/* reexport */ NCL),
  NEON: () => (/* reexport */ NEON),
  NL: () => (/* reexport */ NL),
  NMODL: () => (/* reexport */ NMODL),
  "NPM Config": () => (/* reexport */ NPM_20_Config),
  NSIS: () => (/* reexport */ NSIS),
  NWScript: () => (/* reexport */ NWScript),
  Nasal: () => (/* reexport */ Nasal),
  Nearley: () => (/* reexport */ Nearley),
  Nemerle: () => (/* reexport */ Nemerle),
  NetLinx: () => (/* reexport */ NetLinx),
  "NetLinx+ERB": () => (/* reexport */ NetLinx_2b_ERB),
  NetLogo: () => (/* reexport */ NetLogo),
  NewLisp: () => (/* reexport */ NewLisp),
  Nextflow: () => (/* reexport */ Nextflow),
  Nginx: () => (/* reexport */ Nginx),
  Nickel: () => (/* reexport */ Nickel),
  Nim: () => (/* reexport */ Nim),
  Ninja: () => (/* reexport */ Ninja),
  Nit: () => (/* reexport */ Nit),
  Nix: () => (/* reexport */ Nix),
  Noir: () => (/* reexport */ Noir),
  Nu: () => (/* reexport */ Nu),
  NumPy: () => (/* reexport */ NumPy),
  Nunjucks: () => (/* reexport */ Nunjucks),
  Nushell: () => (/* reexport */ Nushell),
  "OASv2-json": () => (/* reexport */ OASv2_json),
  "OASv2-yaml": () => (/* reexport */ OASv2_yaml),
  "OASv3-json": () => (/* reexport */ OASv3_json),
  "OASv3-yaml": () => (/* reexport */ OASv3_yaml),
  OCaml: () => (/* reexport */ OCaml),
  "OMNeT++ MSG": () => (/* reexport */ OMNeT_2b_2b_20_MSG),
  "OMNeT++ NED": () => (/* reexport */ OMNeT_2b_2b_20_NED),
  Oberon: () => (/* reexport */ Oberon),
  ObjDump: () => (/* reexport */ ObjDump),
  "Object Data Instance Notation": () => (/* reexport */ Object_20_Data_20_Instance_20_Notation),
  ObjectScript: () => (/* reexport */ ObjectScript),
  "Objective-C": () => (/* reexport */ Objective_C),
  "Objective-C++": () => (/* reexport */ Objective_C_2b_2b_),
  "Objective-J": () => (/* reexport */ Objective_J),
  Odin: () => (/* reexport */ Odin),
  Omgrofl: () => (/* reexport */ Omgrofl),
  Opa: () => (/* reexport */ Opa),
  Opal: () => (/* reexport */ Opal),
  "Open Policy Agent": () => (/* reexport */ Open_20_Policy_20_Agent),
  "OpenAPI Specification v2": () => (/* reexport */ OpenAPI_20_Specification_20_v2),
  "OpenAPI Specification v3": () => (/* reexport */ OpenAPI_20_Specification_20_v3),
  OpenCL: () => (/* reexport */ OpenCL),
  "OpenEdge ABL": () => (/* reexport */ OpenEdge_20_ABL),
  OpenQASM: () => (/* reexport */ OpenQASM),
  "OpenRC runscript": () => (/* reexport */ OpenRC_20_runscript),
  OpenSCAD: () => (/* reexport */ OpenSCAD),
  "OpenStep Property List": () => (/* reexport */ OpenStep_20_Property_20_List),
  "OpenType Feature File": () => (/* reexport */ OpenType_20_Feature_20_File),
  "Option List": () => (/* reexport */ Option_20_List),
  Org: () => (/* reexport */ Org),
  OverPy: () => (/* reexport */ OverPy),
  OverpassQL: () => (/* reexport */ OverpassQL),
  Ox: () => (/* reexport */ Ox),
  Oxygene: () => (/* reexport */ Oxygene),
  Oz: () => (/* reexport */ Oz),
  P4: () => (/* reexport */ P4),
  PDDL: () => (/* reexport */ PDDL),
  "PEG.js": () => (/* reexport */ PEG_js),
  PHP: () => (/* reexport */ PHP),
  PLSQL: () => (/* reexport */ PLSQL),
  PLpgSQL: () => (/* reexport */ PLpgSQL),
  "POV-Ray SDL": () => (/* reexport */ POV_Ray_20_SDL),
  Pact: () => (/* reexport */ Pact),
  Pan: () => (/* reexport */ Pan),
  Papyrus: () => (/* reexport */ Papyrus),
  Parrot: () => (/* reexport */ Parrot),
  "Parrot Assembly": () => (/* reexport */ Parrot_20_Assembly),
  "Parrot Internal Representation": () => (/* reexport */ Parrot_20_Internal_20_Representation),
  Pascal: () => (/* reexport */ Pascal),
  Pawn: () => (/* reexport */ Pawn),
  Pep8: () => (/* reexport */ Pep8),
  Perl: () => (/* reexport */ Perl),
  Pic: () => (/* reexport */ Pic),
  Pickle: () => (/* reexport */ Pickle),
  PicoLisp: () => (/* reexport */ PicoLisp),
  PigLatin: () => (/* reexport */ PigLatin),
  Pike: () => (/* reexport */ Pike),
  "Pip Requirements": () => (/* reexport */ Pip_20_Requirements),
  Pkl: () => (/* reexport */ Pkl),
  PlantUML: () => (/* reexport */ PlantUML),
  Pod: () => (/* reexport */ Pod),
  "Pod 6": () => (/* reexport */ Pod_20_6),
  PogoScript: () => (/* reexport */ PogoScript),
  Polar: () => (/* reexport */ Polar),
  Pony: () => (/* reexport */ Pony),
  Portugol: () => (/* reexport */ Portugol),
  PostCSS: () => (/* reexport */ PostCSS),
  PostScript: () => (/* reexport */ PostScript),
  "Power Query": () => (/* reexport */ Power_20_Query),
  PowerBuilder: () => (/* reexport */ PowerBuilder),
  PowerShell: () => (/* reexport */ PowerShell),
  Praat: () => (/* reexport */ Praat),
  Prisma: () => (/* reexport */ Prisma),
  "Pro*C": () => (/* reexport */ Pro_2a_C),
  Processing: () => (/* reexport */ Processing),
  Procfile: () => (/* reexport */ Procfile),
  Proguard: () => (/* reexport */ Proguard),
  Prolog: () => (/* reexport */ Prolog),
  Promela: () => (/* reexport */ Promela),
  "Propeller Spin": () => (/* reexport */ Propeller_20_Spin),
  "Protocol Buffer": () => (/* reexport */ Protocol_20_Buffer),
  "Protocol Buffer Text Format": () => (/* reexport */ Protocol_20_Buffer_20_Text_20_Format),
  "Public Key": () => (/* reexport */ Public_20_Key),
  Pug: () => (/* reexport */ Pug),
  Puppet: () => (/* reexport */ Puppet),
  "Pure Data": () => (/* reexport */ Pure_20_Data),
  PureBasic: () => (/* reexport */ PureBasic),
  PureScript: () => (/* reexport */ PureScript),
  Pyret: () => (/* reexport */ Pyret),
  Python: () => (/* reexport */ Python),
  "Python console": () => (/* reexport */ Python_20_console),
  "Python traceback": () => (/* reexport */ Python_20_traceback),
  "Q#": () => (/* reexport */ Q_23_),
  QML: () => (/* reexport */ QML),
  QMake: () => (/* reexport */ QMake),
  "Qt Script": () => (/* reexport */ Qt_20_Script),
  Quake: () => (/* reexport */ Quake),
  QuakeC: () => (/* reexport */ QuakeC),
  "Quartus Simulation IP": () => (/* reexport */ Quartus_20_Simulation_20_IP),
  QuickBASIC: () => (/* reexport */ QuickBASIC),
  Quint: () => (/* reexport */ Quint),
  R: () => (/* reexport */ R),
  RAML: () => (/* reexport */ RAML),
  RAScript: () => (/* reexport */ RAScript),
  RBS: () => (/* reexport */ RBS),
  RDoc: () => (/* reexport */ RDoc),
  REALbasic: () => (/* reexport */ REALbasic),
  REXX: () => (/* reexport */ REXX),
  RMarkdown: () => (/* reexport */ RMarkdown),
  RON: () => (/* reexport */ RON),
  "ROS Interface": () => (/* reexport */ ROS_20_Interface),
  RPC: () => (/* reexport */ RPC),
  RPGLE: () => (/* reexport */ RPGLE),
  "RPM Spec": () => (/* reexport */ RPM_20_Spec),
  RUNOFF: () => (/* reexport */ RUNOFF),
  Racket: () => (/* reexport */ Racket),
  Ragel: () => (/* reexport */ Ragel),
  Raku: () => (/* reexport */ Raku),
  Rascal: () => (/* reexport */ Rascal),
  "Raw token data": () => (/* reexport */ Raw_20_token_20_data),
  ReScript: () => (/* reexport */ ReScript),
  "Readline Config": () => (/* reexport */ Readline_20_Config),
  Reason: () => (/* reexport */ Reason),
  ReasonLIGO: () => (/* reexport */ ReasonLIGO),
  Rebol: () => (/* reexport */ Rebol),
  "Record Jar": () => (/* reexport */ Record_20_Jar),
  Red: () => (/* reexport */ Red),
  Redcode: () => (/* reexport */ Redcode),
  "Redirect Rules": () => (/* reexport */ Redirect_20_Rules),
  Redscript: () => (/* reexport */ Redscript),
  "Regular Expression": () => (/* reexport */ Regular_20_Expression),
  "Ren'Py": () => (/* reexport */ Ren_27_Py),
  RenderScript: () => (/* reexport */ RenderScript),
  Rez: () => (/* reexport */ Rez),
  Rhai: () => (/* reexport */ Rhai),
  "Rich Text Format": () => (/* reexport */ Rich_20_Text_20_Format),
  Ring: () => (/* reexport */ Ring),
  Riot: () => (/* reexport */ Riot),
  RobotFramework: () => (/* reexport */ RobotFramework),
  "Robots Exclusion Rules": () => (/* reexport */ Robots_20_Exclusion_20_Rules),
  Roc: () => (/* reexport */ Roc),
  "Rocq Prover": () => (/* reexport */ Rocq_20_Prover),
  Roff: () => (/* reexport */ Roff),
  "Roff Manpage": () => (/* reexport */ Roff_20_Manpage),
  Rouge: () => (/* reexport */ Rouge),
  "RouterOS Script": () => (/* reexport */ RouterOS_20_Script),
  Ruby: () => (/* reexport */ Ruby),
  Rust: () => (/* reexport */ Rust),
  SAS: () => (/* reexport */ SAS),
  SCSS: () => (/* reexport */ SCSS),
  "SELinux Policy": () => (/* reexport */ SELinux_20_Policy),
  SIP: () => (/* reexport */ SIP),
  SMT: () => (/* reexport */ SMT),
  SPARQL: () => (/* reexport */ SPARQL),
  SQF: () => (/* reexport */ SQF),
  SQL: () => (/* reexport */ SQL),
  SQLPL: () => (/* reexport */ SQLPL),
  "SRecode Template": () => (/* reexport */ SRecode_20_Template),
  "SSH Config": () => (/* reexport */ SSH_20_Config),
  STAR: () => (/* reexport */ STAR),
  STL: () => (/* reexport */ STL),
  STON: () => (/* reexport */ STON),
  SVG: () => (/* reexport */ SVG),
  SWIG: () => (/* reexport */ SWIG),
  Sage: () => (/* reexport */ Sage),
  Sail: () => (/* reexport */ Sail),
  Salt: () => (/* reexport */ Salt),
  Sass: () => (/* reexport */ Sass),
  Scala: () => (/* reexport */ Scala),
  Scaml: () => (/* reexport */ Scaml),
  Scenic: () => (/* reexport */ Scenic),
  Scheme: () => (/* reexport */ Scheme),
  Scilab: () => (/* reexport */ Scilab),
  Self: () => (/* reexport */ Self),
  ShaderLab: () => (/* reexport */ ShaderLab),
  Shell: () => (/* reexport */ Shell),
  "ShellCheck Config": () => (/* reexport */ ShellCheck_20_Config),
  ShellSession: () => (/* reexport */ ShellSession),
  Shen: () => (/* reexport */ Shen),
  Sieve: () => (/* reexport */ Sieve),
  "Simple File Verification": () => (/* reexport */ Simple_20_File_20_Verification),
  Singularity: () => (/* reexport */ Singularity),
  Slang: () => (/* reexport */ Slang),
  Slash: () => (/* reexport */ Slash),
  Slice: () => (/* reexport */ Slice),
  Slim: () => (/* reexport */ Slim),
  Slint: () => (/* reexport */ Slint),
  SmPL: () => (/* reexport */ SmPL),
  Smali: () => (/* reexport */ Smali),
  Smalltalk: () => (/* reexport */ Smalltalk),
  Smarty: () => (/* reexport */ Smarty),
  Smithy: () => (/* reexport */ Smithy),
  Snakemake: () => (/* reexport */ Snakemake),
  Solidity: () => (/* reexport */ Solidity),
  Soong: () => (/* reexport */ Soong),
  SourcePawn: () => (/* reexport */ SourcePawn),
  "SpiceDB Schema": () => (/* reexport */ SpiceDB_20_Schema),
  "Spline Font Database": () => (/* reexport */ Spline_20_Font_20_Database),
  Squirrel: () => (/* reexport */ Squirrel),
  Stan: () => (/* reexport */ Stan),
  "Standard ML": () => (/* reexport */ Standard_20_ML),
  Starlark: () => (/* reexport */ Starlark),
  Stata: () => (/* reexport */ Stata),
  StringTemplate: () => (/* reexport */ StringTemplate),
  Stylus: () => (/* reexport */ Stylus),
  "SubRip Text": () => (/* reexport */ SubRip_20_Text),
  SugarSS: () => (/* reexport */ SugarSS),
  SuperCollider: () => (/* reexport */ SuperCollider),
  SurrealQL: () => (/* reexport */ SurrealQL),
  "Survex data": () => (/* reexport */ Survex_20_data),
  Svelte: () => (/* reexport */ Svelte),
  Sway: () => (/* reexport */ Sway),
  Sweave: () => (/* reexport */ Sweave),
  Swift: () => (/* reexport */ Swift),
  SystemVerilog: () => (/* reexport */ SystemVerilog),
  "TI Program": () => (/* reexport */ TI_20_Program),
  "TL-Verilog": () => (/* reexport */ TL_Verilog),
  TLA: () => (/* reexport */ TLA),
  TMDL: () => (/* reexport */ TMDL),
  TOML: () => (/* reexport */ TOML),
  "TSPLIB data": () => (/* reexport */ TSPLIB_20_data),
  TSQL: () => (/* reexport */ TSQL),
  TSV: () => (/* reexport */ TSV),
  TSX: () => (/* reexport */ TSX),
  TXL: () => (/* reexport */ TXL),
  Tact: () => (/* reexport */ Tact),
  Talon: () => (/* reexport */ Talon),
  Tape: () => (/* reexport */ Tape),
  Tcl: () => (/* reexport */ Tcl),
  Tcsh: () => (/* reexport */ Tcsh),
  TeX: () => (/* reexport */ TeX),
  Tea: () => (/* reexport */ Tea),
  Teal: () => (/* reexport */ Teal),
  Terra: () => (/* reexport */ Terra),
  "Terraform Template": () => (/* reexport */ Terraform_20_Template),
  Texinfo: () => (/* reexport */ Texinfo),
  Text: () => (/* reexport */ Text),
  TextGrid: () => (/* reexport */ TextGrid),
  "TextMate Properties": () => (/* reexport */ TextMate_20_Properties),
  Textile: () => (/* reexport */ Textile),
  Thrift: () => (/* reexport */ Thrift),
  Toit: () => (/* reexport */ Toit),
  Tolk: () => (/* reexport */ Tolk),
  "Tor Config": () => (/* reexport */ Tor_20_Config),
  "Tree-sitter Query": () => (/* reexport */ Tree_sitter_20_Query),
  Turing: () => (/* reexport */ Turing),
  Turtle: () => (/* reexport */ Turtle),
  Twig: () => (/* reexport */ Twig),
  "Type Language": () => (/* reexport */ Type_20_Language),
  TypeScript: () => (/* reexport */ TypeScript),
  TypeSpec: () => (/* reexport */ TypeSpec),
  Typst: () => (/* reexport */ Typst),
  "Unified Parallel C": () => (/* reexport */ Unified_20_Parallel_20_C),
  "Unity3D Asset": () => (/* reexport */ Unity3D_20_Asset),
  "Unix Assembly": () => (/* reexport */ Unix_20_Assembly),
  Uno: () => (/* reexport */ Uno),
  UnrealScript: () => (/* reexport */ UnrealScript),
  "Untyped Plutus Core": () => (/* reexport */ Untyped_20_Plutus_20_Core),
  UrWeb: () => (/* reexport */ UrWeb),
  V: () => (/* reexport */ V),
  VBA: () => (/* reexport */ VBA),
  VBScript: () => (/* reexport */ VBScript),
  VCL: () => (/* reexport */ VCL),
  VHDL: () => (/* reexport */ VHDL),
  Vala: () => (/* reexport */ Vala),
  "Valve Data Format": () => (/* reexport */ Valve_20_Data_20_Format),
  "Velocity Template Language": () => (/* reexport */ Velocity_20_Template_20_Language),
  Vento: () => (/* reexport */ Vento),
  Verilog: () => (/* reexport */ Verilog),
  Verse: () => (/* reexport */ Verse),
  "Vespa Schema Definition": () => (/* reexport */ Vespa_20_Schema_20_Definition),
  "Vim Help File": () => (/* reexport */ Vim_20_Help_20_File),
  "Vim Snippet": () => (/* reexport */ Vim_20_Snippet),
  "Vim script": () => (/* reexport */ Vim_20_script),
  "Visual Basic .NET": () => (/* reexport */ Visual_20_Basic_20_NET),
  "Visual Basic 6.0": () => (/* reexport */ Visual_20_Basic_20_6_0),
  Volt: () => (/* reexport */ Volt),
  Vue: () => (/* reexport */ Vue),
  Vyper: () => (/* reexport */ Vyper),
  WDL: () => (/* reexport */ WDL),
  WGSL: () => (/* reexport */ WGSL),
  "Wavefront Material": () => (/* reexport */ Wavefront_20_Material),
  "Wavefront Object": () => (/* reexport */ Wavefront_20_Object),
  "Web Ontology Language": () => (/* reexport */ Web_20_Ontology_20_Language),
  WebAssembly: () => (/* reexport */ WebAssembly),
  "WebAssembly Interface Type": () => (/* reexport */ WebAssembly_20_Interface_20_Type),
  WebIDL: () => (/* reexport */ WebIDL),
  WebVTT: () => (/* reexport */ WebVTT),
  "Wget Config": () => (/* reexport */ Wget_20_Config),
  Whiley: () => (/* reexport */ Whiley),
  Wikitext: () => (/* reexport */ Wikitext),
  "Win32 Message File": () => (/* reexport */ Win32_20_Message_20_File),
  "Windows Registry Entries": () => (/* reexport */ Windows_20_Registry_20_Entries),
  "Witcher Script": () => (/* reexport */ Witcher_20_Script),
  "Wolfram Language": () => (/* reexport */ Wolfram_20_Language),
  Wollok: () => (/* reexport */ Wollok),
  "World of Warcraft Addon Data": () => (/* reexport */ World_20_of_20_Warcraft_20_Addon_20_Data),
  Wren: () => (/* reexport */ Wren),
  "X BitMap": () => (/* reexport */ X_20_BitMap),
  "X Font Directory Index": () => (/* reexport */ X_20_Font_20_Directory_20_Index),
  "X PixMap": () => (/* reexport */ X_20_PixMap),
  X10: () => (/* reexport */ X10),
  XC: () => (/* reexport */ XC),
  XCompose: () => (/* reexport */ XCompose),
  XML: () => (/* reexport */ XML),
  "XML Property List": () => (/* reexport */ XML_20_Property_20_List),
  XPages: () => (/* reexport */ XPages),
  XProc: () => (/* reexport */ XProc),
  XQuery: () => (/* reexport */ XQuery),
  XS: () => (/* reexport */ XS),
  XSLT: () => (/* reexport */ XSLT),
  Xmake: () => (/* reexport */ Xmake),
  Xojo: () => (/* reexport */ Xojo),
  Xonsh: () => (/* reexport */ Xonsh),
  Xtend: () => (/* reexport */ Xtend),
  YAML: () => (/* reexport */ YAML),
  YANG: () => (/* reexport */ YANG),
  YARA: () => (/* reexport */ YARA),
  YASnippet: () => (/* reexport */ YASnippet),
  Yacc: () => (/* reexport */ Yacc),
  Yul: () => (/* reexport */ Yul),
  ZAP: () => (/* reexport */ ZAP),
  ZIL: () => (/* reexport */ ZIL),
  Zeek: () => (/* reexport */ Zeek),
  ZenScript: () => (/* reexport */ ZenScript),
  Zephir: () => (/* reexport */ Zephir),
  Zig: () => (/* reexport */ Zig),
  Zimpl: () => (/* reexport */ Zimpl),
  Zmodel: () => (/* reexport */ Zmodel),
  "cURL Config": () => (/* reexport */ cURL_20_Config),
  crontab: () => (/* reexport */ crontab),
  desktop: () => (/* reexport */ desktop),
  dircolors: () => (/* reexport */ dircolors),
  eC: () => (/* reexport */ eC),
  edn: () => (/* reexport */ edn),
  fish: () => (/* reexport */ fish),
  hoon: () => (/* reexport */ hoon),
  iCalendar: () => (/* reexport */ iCalendar),
  jq: () => (/* reexport */ jq),
  kvlang: () => (/* reexport */ kvlang),
  "mIRC Script": () => (/* reexport */ mIRC_20_Script),
  mcfunction: () => (/* reexport */ mcfunction),
  mdsvex: () => (/* reexport */ mdsvex),
  mupad: () => (/* reexport */ mupad),
  nanorc: () => (/* reexport */ nanorc),
  nesC: () => (/* reexport */ nesC),
  ooc: () => (/* reexport */ ooc),
  "pkg-config": () => (/* reexport */ pkg_config),
  q: () => (/* reexport */ q),
  reStructuredText: () => (/* reexport */ reStructuredText),
  sed: () => (/* reexport */ sed),
  templ: () => (/* reexport */ templ),
  ucode: () => (/* reexport */ ucode),
  vCard: () => (/* reexport */ vCard),
  wisp: () => (/* reexport */ wisp),
  xBase: () => (/* reexport */ xBase)
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/1C_20_Enterprise.js
/* harmony default export */ const _1C_20_Enterprise = ({
  name: '1C Enterprise',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.bsl', '.os'],
  languageId: 0,
  tmScope: 'source.bsl',
  color: '#814CCC',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/2-Dimensional_20_Array.js
/* harmony default export */ const _2_Dimensional_20_Array = ({
  name: '2-Dimensional Array',
  type: 'data',
  aceMode: 'text',
  extensions: ['.2da'],
  languageId: 387204628,
  tmScope: 'source.2da',
  color: '#38761D',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/4D.js
/* harmony default export */ const _4D = ({
  name: '4D',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.4dm'],
  languageId: 577529595,
  tmScope: 'source.4dm',
  color: '#004289',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ABAP.js
/* harmony default export */ const ABAP = ({
  name: 'ABAP',
  type: 'programming',
  aceMode: 'abap',
  extensions: ['.abap'],
  languageId: 1,
  tmScope: 'source.abap',
  color: '#E8274B',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ABAP_20_CDS.js
/* harmony default export */ const ABAP_20_CDS = ({
  name: 'ABAP CDS',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.asddls'],
  languageId: 452681853,
  tmScope: 'source.abapcds',
  color: '#555e25',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ABNF.js
/* harmony default export */ const ABNF = ({
  name: 'ABNF',
  type: 'data',
  aceMode: 'text',
  extensions: ['.abnf'],
  languageId: 429,
  tmScope: 'source.abnf',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ActionScript.js
/* harmony default export */ const ActionScript = ({
  name: 'ActionScript',
  type: 'programming',
  aceMode: 'actionscript',
  extensions: ['.as'],
  languageId: 10,
  tmScope: 'source.actionscript.3',
  aliases: ['actionscript 3', 'actionscript3', 'as3'],
  color: '#882B0F',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Ada.js
/* harmony default export */ const Ada = ({
  name: 'Ada',
  type: 'programming',
  aceMode: 'ada',
  extensions: ['.adb', '.ada', '.ads'],
  languageId: 11,
  tmScope: 'source.ada',
  aliases: ['ada95', 'ada2005'],
  color: '#02f88c',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Adblock_20_Filter_20_List.js
/* harmony default export */ const Adblock_20_Filter_20_List = ({
  name: 'Adblock Filter List',
  type: 'data',
  aceMode: 'text',
  extensions: ['.txt'],
  languageId: 884614762,
  tmScope: 'text.adblock',
  aliases: ['ad block filters', 'ad block', 'adb', 'adblock'],
  color: '#800000',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Adobe_20_Font_20_Metrics.js
/* harmony default export */ const Adobe_20_Font_20_Metrics = ({
  name: 'Adobe Font Metrics',
  type: 'data',
  aceMode: 'text',
  extensions: ['.afm'],
  languageId: 147198098,
  tmScope: 'source.afm',
  aliases: [
    'acfm',
    'adobe composite font metrics',
    'adobe multiple font metrics',
    'amfm',
  ],
  color: '#fa0f00',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Agda.js
/* harmony default export */ const Agda = ({
  name: 'Agda',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.agda'],
  languageId: 12,
  tmScope: 'source.agda',
  color: '#315665',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/AGS_20_Script.js
/* harmony default export */ const AGS_20_Script = ({
  name: 'AGS Script',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.asc', '.ash'],
  languageId: 2,
  tmScope: 'source.c++',
  aliases: ['ags'],
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-c++src',
  color: '#B9D9FF',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/AIDL.js
/* harmony default export */ const AIDL = ({
  name: 'AIDL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.aidl'],
  languageId: 451700185,
  tmScope: 'source.aidl',
  color: '#34EB6B',
  interpreters: ['aidl'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Aiken.js
/* harmony default export */ const Aiken = ({
  name: 'Aiken',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ak'],
  languageId: 899409497,
  tmScope: 'source.aiken',
  color: '#640ff8',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/AL.js
/* harmony default export */ const AL = ({
  name: 'AL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.al'],
  languageId: 658971832,
  tmScope: 'source.al',
  color: '#3AA2B5',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Aleo.js
/* harmony default export */ const Aleo = ({
  name: 'Aleo',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.aleo'],
  languageId: 566431048,
  tmScope: 'source.aleo',
  color: '#154BF9',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ALGOL.js
/* harmony default export */ const ALGOL = ({
  name: 'ALGOL',
  type: 'programming',
  aceMode: 'pascal',
  extensions: ['.alg'],
  languageId: 79217948,
  tmScope: 'source.algol60',
  codemirrorMode: 'pascal',
  codemirrorMimeType: 'text/x-pascal',
  color: '#D1E0DB',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Alloy.js
/* harmony default export */ const Alloy = ({
  name: 'Alloy',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.als'],
  languageId: 13,
  tmScope: 'source.alloy',
  color: '#64C800',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Alpine_20_Abuild.js
/* harmony default export */ const Alpine_20_Abuild = ({
  name: 'Alpine Abuild',
  type: 'programming',
  aceMode: 'sh',
  filenames: ['APKBUILD'],
  languageId: 14,
  tmScope: 'source.shell',
  aliases: ['abuild', 'apkbuild'],
  codemirrorMode: 'shell',
  codemirrorMimeType: 'text/x-sh',
  color: '#0D597F',
  group: 'Shell',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Altium_20_Designer.js
/* harmony default export */ const Altium_20_Designer = ({
  name: 'Altium Designer',
  type: 'data',
  aceMode: 'ini',
  extensions: ['.OutJob', '.PcbDoc', '.PrjPCB', '.SchDoc'],
  languageId: 187772328,
  tmScope: 'source.ini',
  aliases: ['altium'],
  color: '#A89663',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/AMPL.js
/* harmony default export */ const AMPL = ({
  name: 'AMPL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ampl', '.mod'],
  languageId: 3,
  tmScope: 'source.ampl',
  color: '#E6EFBB',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/AngelScript.js
/* harmony default export */ const AngelScript = ({
  name: 'AngelScript',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.as', '.angelscript'],
  languageId: 389477596,
  tmScope: 'source.angelscript',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-c++src',
  color: '#C7D7DC',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Answer_20_Set_20_Programming.js
/* harmony default export */ const Answer_20_Set_20_Programming = ({
  name: 'Answer Set Programming',
  type: 'programming',
  aceMode: 'prolog',
  extensions: ['.lp'],
  languageId: 433009171,
  tmScope: 'source.answersetprogramming',
  color: '#A9CC29',
  interpreters: ['clingo'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Ant_20_Build_20_System.js
/* harmony default export */ const Ant_20_Build_20_System = ({
  name: 'Ant Build System',
  type: 'data',
  aceMode: 'xml',
  filenames: ['ant.xml', 'build.xml'],
  languageId: 15,
  tmScope: 'text.xml.ant',
  codemirrorMode: 'xml',
  codemirrorMimeType: 'application/xml',
  color: '#A9157E',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Antlers.js
/* harmony default export */ const Antlers = ({
  name: 'Antlers',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.antlers.html', '.antlers.php', '.antlers.xml'],
  languageId: 1067292663,
  tmScope: 'text.html.statamic',
  color: '#ff269e',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ANTLR.js
/* harmony default export */ const ANTLR = ({
  name: 'ANTLR',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.g4'],
  languageId: 4,
  tmScope: 'source.antlr',
  color: '#9DC3FF',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ApacheConf.js
/* harmony default export */ const ApacheConf = ({
  name: 'ApacheConf',
  type: 'data',
  aceMode: 'apache_conf',
  extensions: ['.apacheconf', '.vhost'],
  filenames: ['.htaccess', 'apache2.conf', 'httpd.conf'],
  languageId: 16,
  tmScope: 'source.apacheconf',
  aliases: ['aconf', 'apache'],
  color: '#d12127',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Apex.js
/* harmony default export */ const Apex = ({
  name: 'Apex',
  type: 'programming',
  aceMode: 'apex',
  extensions: ['.cls', '.apex', '.trigger'],
  languageId: 17,
  tmScope: 'source.apex',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-java',
  color: '#1797c0',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/API_20_Blueprint.js
/* harmony default export */ const API_20_Blueprint = ({
  name: 'API Blueprint',
  type: 'markup',
  aceMode: 'markdown',
  extensions: ['.apib'],
  languageId: 5,
  tmScope: 'text.html.markdown.source.gfm.apib',
  color: '#2ACCA8',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/APL.js
/* harmony default export */ const APL = ({
  name: 'APL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.apl', '.dyalog'],
  languageId: 6,
  tmScope: 'source.apl',
  codemirrorMode: 'apl',
  codemirrorMimeType: 'text/apl',
  color: '#5A8164',
  interpreters: ['apl', 'aplx', 'dyalog'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Apollo_20_Guidance_20_Computer.js
/* harmony default export */ const Apollo_20_Guidance_20_Computer = ({
  name: 'Apollo Guidance Computer',
  type: 'programming',
  aceMode: 'assembly_x86',
  extensions: ['.agc'],
  languageId: 18,
  tmScope: 'source.agc',
  color: '#0B3D91',
  group: 'Assembly',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/AppleScript.js
/* harmony default export */ const AppleScript = ({
  name: 'AppleScript',
  type: 'programming',
  aceMode: 'applescript',
  extensions: ['.applescript', '.scpt'],
  languageId: 19,
  tmScope: 'source.applescript',
  aliases: ['apples', 'osascript'],
  color: '#101F1F',
  interpreters: ['osascript'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Arc.js
/* harmony default export */ const Arc = ({
  name: 'Arc',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.arc'],
  languageId: 20,
  tmScope: 'none',
  color: '#aa2afe',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/AsciiDoc.js
/* harmony default export */ const AsciiDoc = ({
  name: 'AsciiDoc',
  type: 'prose',
  aceMode: 'asciidoc',
  extensions: ['.asciidoc', '.adoc', '.asc'],
  languageId: 22,
  tmScope: 'text.html.asciidoc',
  color: '#73a0c5',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ASL.js
/* harmony default export */ const ASL = ({
  name: 'ASL',
  type: 'programming',
  aceMode: 'asl',
  extensions: ['.asl', '.dsl'],
  languageId: 124996147,
  tmScope: 'source.asl',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ASN.1.js
/* harmony default export */ const ASN_1 = ({
  name: 'ASN.1',
  type: 'data',
  aceMode: 'text',
  extensions: ['.asn', '.asn1'],
  languageId: 7,
  tmScope: 'source.asn',
  codemirrorMode: 'asn.1',
  codemirrorMimeType: 'text/x-ttcn-asn',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ASP.NET.js
/* harmony default export */ const ASP_NET = ({
  name: 'ASP.NET',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.asax', '.ascx', '.ashx', '.asmx', '.aspx', '.axd'],
  languageId: 564186416,
  tmScope: 'text.html.asp',
  aliases: ['aspx', 'aspx-vb'],
  codemirrorMode: 'htmlembedded',
  codemirrorMimeType: 'application/x-aspx',
  color: '#9400ff',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/AspectJ.js
/* harmony default export */ const AspectJ = ({
  name: 'AspectJ',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.aj'],
  languageId: 23,
  tmScope: 'source.aspectj',
  color: '#a957b0',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Assembly.js
/* harmony default export */ const Assembly = ({
  name: 'Assembly',
  type: 'programming',
  aceMode: 'assembly_x86',
  extensions: ['.asm', '.a51', '.i', '.inc', '.nas', '.nasm', '.s'],
  languageId: 24,
  tmScope: 'source.assembly',
  aliases: ['asm', 'nasm'],
  color: '#6E4C13',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Astro.js
/* harmony default export */ const Astro = ({
  name: 'Astro',
  type: 'markup',
  aceMode: 'astro',
  extensions: ['.astro'],
  languageId: 578209015,
  tmScope: 'source.astro',
  codemirrorMode: 'jsx',
  codemirrorMimeType: 'text/jsx',
  color: '#ff5a03',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Asymptote.js
/* harmony default export */ const Asymptote = ({
  name: 'Asymptote',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.asy'],
  languageId: 591605007,
  tmScope: 'source.c++',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-kotlin',
  color: '#ff0000',
  interpreters: ['asy'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ATS.js
/* harmony default export */ const ATS = ({
  name: 'ATS',
  type: 'programming',
  aceMode: 'ocaml',
  extensions: ['.dats', '.hats', '.sats'],
  languageId: 9,
  tmScope: 'source.ats',
  aliases: ['ats2'],
  color: '#1ac620',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Augeas.js
/* harmony default export */ const Augeas = ({
  name: 'Augeas',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.aug'],
  languageId: 25,
  tmScope: 'none',
  color: '#9CC134',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/AutoHotkey.js
/* harmony default export */ const AutoHotkey = ({
  name: 'AutoHotkey',
  type: 'programming',
  aceMode: 'autohotkey',
  extensions: ['.ahk', '.ah1', '.ah2', '.ahkl'],
  languageId: 26,
  tmScope: 'source.ahk',
  aliases: ['ahk'],
  color: '#6594b9',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/AutoIt.js
/* harmony default export */ const AutoIt = ({
  name: 'AutoIt',
  type: 'programming',
  aceMode: 'autohotkey',
  extensions: ['.au3'],
  languageId: 27,
  tmScope: 'source.autoit',
  aliases: ['au3', 'AutoIt3', 'AutoItScript'],
  color: '#1C3552',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Avro_20_IDL.js
/* harmony default export */ const Avro_20_IDL = ({
  name: 'Avro IDL',
  type: 'data',
  aceMode: 'text',
  extensions: ['.avdl'],
  languageId: 785497837,
  tmScope: 'source.avro',
  color: '#0040FF',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Awk.js
/* harmony default export */ const Awk = ({
  name: 'Awk',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.awk', '.auk', '.gawk', '.mawk', '.nawk'],
  languageId: 28,
  tmScope: 'source.awk',
  color: '#c30e9b',
  interpreters: ['awk', 'gawk', 'mawk', 'nawk'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/B.js
/* harmony default export */ const B = ({
  name: 'B',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.b'],
  languageId: 700792152,
  tmScope: 'source.c',
  color: '#da7666',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/B_20__28_Formal_20_Method_29_.js
/* harmony default export */ const B_20_28_Formal_20_Method_29_ = ({
  name: 'B (Formal Method)',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.mch'],
  languageId: 993355937,
  tmScope: 'source.b',
  color: '#8aa8c5',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/B4X.js
/* harmony default export */ const B4X = ({
  name: 'B4X',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.bas'],
  languageId: 96642275,
  tmScope: 'source.vba',
  aliases: ['basic for android'],
  codemirrorMode: 'vb',
  codemirrorMimeType: 'text/x-vb',
  color: '#00e4ff',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Ballerina.js
/* harmony default export */ const Ballerina = ({
  name: 'Ballerina',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.bal'],
  languageId: 720859680,
  tmScope: 'source.ballerina',
  color: '#FF5000',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/BAML.js
/* harmony default export */ const BAML = ({
  name: 'BAML',
  type: 'programming',
  aceMode: 'io',
  extensions: ['.baml'],
  languageId: 502521509,
  tmScope: 'source.baml',
  codemirrorMode: 'stylus',
  codemirrorMimeType: 'text/x-styl',
  color: '#a855f7',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/BASIC.js
/* harmony default export */ const BASIC = ({
  name: 'BASIC',
  type: 'programming',
  aceMode: 'basic',
  extensions: ['.bas'],
  languageId: 28923963,
  tmScope: 'source.basic',
  color: '#ff0000',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Batchfile.js
/* harmony default export */ const Batchfile = ({
  name: 'Batchfile',
  type: 'programming',
  aceMode: 'batchfile',
  extensions: ['.bat', '.cmd'],
  filenames: ['gradlew.bat', 'mvnw.cmd'],
  languageId: 29,
  tmScope: 'source.batchfile',
  aliases: ['bat', 'batch', 'dosbatch', 'winbatch'],
  color: '#C1F12E',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/BBCode.js
/* harmony default export */ const BBCode = ({
  name: 'BBCode',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.bbcode'],
  languageId: 206921123,
  tmScope: 'text.bbcode',
  color: '#CAFF42',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Beef.js
/* harmony default export */ const Beef = ({
  name: 'Beef',
  type: 'programming',
  aceMode: 'csharp',
  extensions: ['.bf'],
  languageId: 545626333,
  tmScope: 'source.cs',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csharp',
  color: '#a52f4e',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Befunge.js
/* harmony default export */ const Befunge = ({
  name: 'Befunge',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.befunge', '.bf'],
  languageId: 30,
  tmScope: 'source.befunge',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Berry.js
/* harmony default export */ const Berry = ({
  name: 'Berry',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.be'],
  languageId: 121855308,
  tmScope: 'source.berry',
  aliases: ['be'],
  color: '#15A13C',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/BibTeX.js
/* harmony default export */ const BibTeX = ({
  name: 'BibTeX',
  type: 'markup',
  aceMode: 'bibtex',
  extensions: ['.bib', '.bibtex'],
  languageId: 982188347,
  tmScope: 'text.bibtex',
  codemirrorMode: 'stex',
  codemirrorMimeType: 'text/x-stex',
  color: '#778899',
  group: 'TeX',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/BibTeX_20_Style.js
/* harmony default export */ const BibTeX_20_Style = ({
  name: 'BibTeX Style',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.bst'],
  languageId: 909569041,
  tmScope: 'source.bst',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Bicep.js
/* harmony default export */ const Bicep = ({
  name: 'Bicep',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.bicep', '.bicepparam'],
  languageId: 321200902,
  tmScope: 'source.bicep',
  color: '#519aba',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Bikeshed.js
/* harmony default export */ const Bikeshed = ({
  name: 'Bikeshed',
  type: 'markup',
  aceMode: 'html',
  extensions: ['.bs'],
  languageId: 1055528081,
  tmScope: 'source.csswg',
  codemirrorMode: 'htmlmixed',
  codemirrorMimeType: 'text/html',
  color: '#5562ac',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/BIRD2.js
/* harmony default export */ const BIRD2 = ({
  name: 'BIRD2',
  type: 'data',
  aceMode: 'text',
  filenames: ['bird.conf'],
  languageId: 584191811,
  tmScope: 'source.bird2',
  aliases: ['bird', 'bird3'],
  color: '#b6d7e4',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Bison.js
/* harmony default export */ const Bison = ({
  name: 'Bison',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.bison'],
  languageId: 31,
  tmScope: 'source.yacc',
  color: '#6A463F',
  group: 'Yacc',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/BitBake.js
/* harmony default export */ const BitBake = ({
  name: 'BitBake',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.bb', '.bbappend', '.bbclass', '.inc'],
  languageId: 32,
  tmScope: 'source.bb',
  color: '#00bce4',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Blade.js
/* harmony default export */ const Blade = ({
  name: 'Blade',
  type: 'markup',
  aceMode: 'php_laravel_blade',
  extensions: ['.blade', '.blade.php'],
  languageId: 33,
  tmScope: 'text.html.php.blade',
  color: '#f7523f',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/BlitzBasic.js
/* harmony default export */ const BlitzBasic = ({
  name: 'BlitzBasic',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.bb', '.decls'],
  languageId: 34,
  tmScope: 'source.blitzmax',
  aliases: ['b3d', 'blitz3d', 'blitzplus', 'bplus'],
  color: '#00FFAE',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/BlitzMax.js
/* harmony default export */ const BlitzMax = ({
  name: 'BlitzMax',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.bmx'],
  languageId: 35,
  tmScope: 'source.blitzmax',
  aliases: ['bmax'],
  color: '#cd6400',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Blueprint.js
/* harmony default export */ const Blueprint = ({
  name: 'Blueprint',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.blp'],
  languageId: 765545512,
  tmScope: 'source.blueprint',
  aliases: ['blp'],
  color: '#3584E4',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Bluespec.js
/* harmony default export */ const Bluespec = ({
  name: 'Bluespec',
  type: 'programming',
  aceMode: 'verilog',
  extensions: ['.bsv'],
  languageId: 36,
  tmScope: 'source.bsv',
  aliases: ['bluespec bsv', 'bsv'],
  codemirrorMode: 'verilog',
  codemirrorMimeType: 'text/x-systemverilog',
  color: '#12223c',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Bluespec_20_BH.js
/* harmony default export */ const Bluespec_20_BH = ({
  name: 'Bluespec BH',
  type: 'programming',
  aceMode: 'haskell',
  extensions: ['.bs'],
  languageId: 641580358,
  tmScope: 'source.bh',
  aliases: ['bh', 'bluespec classic'],
  codemirrorMode: 'haskell',
  codemirrorMimeType: 'text/x-haskell',
  color: '#12223c',
  group: 'Bluespec',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Boo.js
/* harmony default export */ const Boo = ({
  name: 'Boo',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.boo'],
  languageId: 37,
  tmScope: 'source.boo',
  color: '#d4bec1',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Boogie.js
/* harmony default export */ const Boogie = ({
  name: 'Boogie',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.bpl'],
  languageId: 955017407,
  tmScope: 'source.boogie',
  color: '#c80fa0',
  interpreters: ['boogie'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/BQN.js
/* harmony default export */ const BQN = ({
  name: 'BQN',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.bqn'],
  languageId: 330386870,
  tmScope: 'source.bqn',
  color: '#2b7067',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Brainfuck.js
/* harmony default export */ const Brainfuck = ({
  name: 'Brainfuck',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.b', '.bf'],
  languageId: 38,
  tmScope: 'source.bf',
  codemirrorMode: 'brainfuck',
  codemirrorMimeType: 'text/x-brainfuck',
  color: '#2F2530',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/BrighterScript.js
/* harmony default export */ const BrighterScript = ({
  name: 'BrighterScript',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.bs'],
  languageId: 943571030,
  tmScope: 'source.brs',
  color: '#66AABB',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Brightscript.js
/* harmony default export */ const Brightscript = ({
  name: 'Brightscript',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.brs'],
  languageId: 39,
  tmScope: 'source.brs',
  color: '#662D91',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Browserslist.js
/* harmony default export */ const Browserslist = ({
  name: 'Browserslist',
  type: 'data',
  aceMode: 'text',
  filenames: ['.browserslistrc', 'browserslist'],
  languageId: 153503348,
  tmScope: 'text.browserslist',
  color: '#ffd539',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Bru.js
/* harmony default export */ const Bru = ({
  name: 'Bru',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.bru'],
  languageId: 906627898,
  tmScope: 'source.bru',
  color: '#F4AA41',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/BuildStream.js
/* harmony default export */ const BuildStream = ({
  name: 'BuildStream',
  type: 'data',
  aceMode: 'yaml',
  extensions: ['.bst'],
  languageId: 84359046,
  tmScope: 'source.yaml',
  color: '#006bff',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/C.js
/* harmony default export */ const C = ({
  name: 'C',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.c', '.cats', '.h', '.h.in', '.idc'],
  languageId: 41,
  tmScope: 'source.c',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csrc',
  color: '#555555',
  interpreters: ['tcc'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/C-ObjDump.js
/* harmony default export */ const C_ObjDump = ({
  name: 'C-ObjDump',
  type: 'data',
  aceMode: 'assembly_x86',
  extensions: ['.c-objdump'],
  languageId: 44,
  tmScope: 'objdump.x86asm',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/C_23_.js
/* harmony default export */ const C_23_ = ({
  name: 'C#',
  type: 'programming',
  aceMode: 'csharp',
  extensions: ['.cs', '.cake', '.cs.pp', '.csx', '.linq'],
  languageId: 42,
  tmScope: 'source.cs',
  aliases: ['csharp', 'cake', 'cakescript'],
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csharp',
  color: '#7355dd',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/C_2b__2b_.js
/* harmony default export */ const C_2b_2b_ = ({
  name: 'C++',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: [
    '.cpp',
    '.c++',
    '.cc',
    '.cp',
    '.cppm',
    '.cxx',
    '.h',
    '.h++',
    '.hh',
    '.hpp',
    '.hxx',
    '.inc',
    '.inl',
    '.ino',
    '.ipp',
    '.ixx',
    '.re',
    '.tcc',
    '.tpp',
    '.txx',
  ],
  languageId: 43,
  tmScope: 'source.c++',
  aliases: ['cpp'],
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-c++src',
  color: '#f34b7d',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/C2hs_20_Haskell.js
/* harmony default export */ const C2hs_20_Haskell = ({
  name: 'C2hs Haskell',
  type: 'programming',
  aceMode: 'haskell',
  extensions: ['.chs'],
  languageId: 45,
  tmScope: 'source.haskell',
  aliases: ['c2hs'],
  codemirrorMode: 'haskell',
  codemirrorMimeType: 'text/x-haskell',
  group: 'Haskell',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/C3.js
/* harmony default export */ const C3 = ({
  name: 'C3',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.c3'],
  languageId: 769248603,
  tmScope: 'source.c3',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csrc',
  color: '#2563eb',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Cabal_20_Config.js
/* harmony default export */ const Cabal_20_Config = ({
  name: 'Cabal Config',
  type: 'data',
  aceMode: 'haskell_cabal',
  extensions: ['.cabal'],
  filenames: ['cabal.config', 'cabal.project'],
  languageId: 677095381,
  tmScope: 'source.cabal',
  aliases: ['Cabal'],
  codemirrorMode: 'haskell',
  codemirrorMimeType: 'text/x-haskell',
  color: '#483465',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Caddyfile.js
/* harmony default export */ const Caddyfile = ({
  name: 'Caddyfile',
  type: 'data',
  aceMode: 'text',
  extensions: ['.caddyfile'],
  filenames: ['Caddyfile'],
  languageId: 615465151,
  tmScope: 'source.Caddyfile',
  aliases: ['Caddy'],
  color: '#22b638',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Cadence.js
/* harmony default export */ const Cadence = ({
  name: 'Cadence',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.cdc'],
  languageId: 270184138,
  tmScope: 'source.cadence',
  color: '#00ef8b',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Cairo.js
/* harmony default export */ const Cairo = ({
  name: 'Cairo',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.cairo'],
  languageId: 620599567,
  tmScope: 'source.cairo',
  color: '#ff4a48',
  group: 'Cairo',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Cairo_20_Zero.js
/* harmony default export */ const Cairo_20_Zero = ({
  name: 'Cairo Zero',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.cairo'],
  languageId: 891399890,
  tmScope: 'source.cairo0',
  color: '#ff4a48',
  group: 'Cairo',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/CameLIGO.js
/* harmony default export */ const CameLIGO = ({
  name: 'CameLIGO',
  type: 'programming',
  aceMode: 'ocaml',
  extensions: ['.mligo'],
  languageId: 829207807,
  tmScope: 'source.mligo',
  codemirrorMode: 'mllike',
  codemirrorMimeType: 'text/x-ocaml',
  color: '#3be133',
  group: 'LigoLANG',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Cangjie.js
/* harmony default export */ const Cangjie = ({
  name: 'Cangjie',
  type: 'programming',
  aceMode: 'swift',
  extensions: ['.cj'],
  languageId: 581895317,
  tmScope: 'source.cj',
  codemirrorMode: 'swift',
  codemirrorMimeType: 'text/x-swift',
  color: '#00868B',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/CAP_20_CDS.js
/* harmony default export */ const CAP_20_CDS = ({
  name: 'CAP CDS',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.cds'],
  languageId: 390788699,
  tmScope: 'source.cds',
  aliases: ['cds'],
  color: '#0092d1',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Cap_27_n_20_Proto.js
/* harmony default export */ const Cap_27_n_20_Proto = ({
  name: "Cap'n Proto",
  type: 'programming',
  aceMode: 'text',
  extensions: ['.capnp'],
  languageId: 52,
  tmScope: 'source.capnp',
  color: '#c42727',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Carbon.js
/* harmony default export */ const Carbon = ({
  name: 'Carbon',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.carbon'],
  languageId: 55627273,
  tmScope: 'source.carbon',
  color: '#222222',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/CartoCSS.js
/* harmony default export */ const CartoCSS = ({
  name: 'CartoCSS',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.mss'],
  languageId: 53,
  tmScope: 'source.css.mss',
  aliases: ['Carto'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Ceylon.js
/* harmony default export */ const Ceylon = ({
  name: 'Ceylon',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ceylon'],
  languageId: 54,
  tmScope: 'source.ceylon',
  color: '#dfa535',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Chapel.js
/* harmony default export */ const Chapel = ({
  name: 'Chapel',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.chpl'],
  languageId: 55,
  tmScope: 'source.chapel',
  aliases: ['chpl'],
  color: '#8dc63f',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Charity.js
/* harmony default export */ const Charity = ({
  name: 'Charity',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ch'],
  languageId: 56,
  tmScope: 'none',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Checksums.js
/* harmony default export */ const Checksums = ({
  name: 'Checksums',
  type: 'data',
  aceMode: 'text',
  extensions: [
    '.crc32',
    '.md2',
    '.md4',
    '.md5',
    '.sha1',
    '.sha2',
    '.sha224',
    '.sha256',
    '.sha256sum',
    '.sha3',
    '.sha384',
    '.sha512',
  ],
  filenames: [
    'MD5SUMS',
    'SHA1SUMS',
    'SHA256SUMS',
    'SHA256SUMS.txt',
    'SHA512SUMS',
    'checksums.txt',
    'cksums',
    'md5sum.txt',
  ],
  languageId: 372063053,
  tmScope: 'text.checksums',
  aliases: ['checksum', 'hash', 'hashes', 'sum', 'sums'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ChucK.js
/* harmony default export */ const ChucK = ({
  name: 'ChucK',
  type: 'programming',
  aceMode: 'java',
  extensions: ['.ck'],
  languageId: 57,
  tmScope: 'source.java',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-java',
  color: '#3f8000',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/CIL.js
/* harmony default export */ const CIL = ({
  name: 'CIL',
  type: 'data',
  aceMode: 'text',
  extensions: ['.cil'],
  languageId: 29176339,
  tmScope: 'source.cil',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Circom.js
/* harmony default export */ const Circom = ({
  name: 'Circom',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.circom'],
  languageId: 1042332086,
  tmScope: 'source.circom',
  color: '#707575',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Cirru.js
/* harmony default export */ const Cirru = ({
  name: 'Cirru',
  type: 'programming',
  aceMode: 'cirru',
  extensions: ['.cirru'],
  languageId: 58,
  tmScope: 'source.cirru',
  color: '#ccccff',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Clarion.js
/* harmony default export */ const Clarion = ({
  name: 'Clarion',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.clw'],
  languageId: 59,
  tmScope: 'source.clarion',
  color: '#db901e',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Clarity.js
/* harmony default export */ const Clarity = ({
  name: 'Clarity',
  type: 'programming',
  aceMode: 'lisp',
  extensions: ['.clar'],
  languageId: 91493841,
  tmScope: 'source.clar',
  color: '#5546ff',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Classic_20_ASP.js
/* harmony default export */ const Classic_20_ASP = ({
  name: 'Classic ASP',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.asp'],
  languageId: 8,
  tmScope: 'text.html.asp',
  aliases: ['asp'],
  color: '#6a40fd',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Clean.js
/* harmony default export */ const Clean = ({
  name: 'Clean',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.icl', '.dcl'],
  languageId: 60,
  tmScope: 'source.clean',
  color: '#3F85AF',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Click.js
/* harmony default export */ const Click = ({
  name: 'Click',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.click'],
  languageId: 61,
  tmScope: 'source.click',
  color: '#E4E6F3',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/CLIPS.js
/* harmony default export */ const CLIPS = ({
  name: 'CLIPS',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.clp'],
  languageId: 46,
  tmScope: 'source.clips',
  color: '#00A300',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Clojure.js
/* harmony default export */ const Clojure = ({
  name: 'Clojure',
  type: 'programming',
  aceMode: 'clojure',
  extensions: [
    '.clj',
    '.bb',
    '.boot',
    '.cl2',
    '.cljc',
    '.cljs',
    '.cljs.hl',
    '.cljscm',
    '.cljx',
    '.hic',
  ],
  filenames: ['riemann.config'],
  languageId: 62,
  tmScope: 'source.clojure',
  codemirrorMode: 'clojure',
  codemirrorMimeType: 'text/x-clojure',
  color: '#db5855',
  interpreters: ['bb'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Closure_20_Templates.js
/* harmony default export */ const Closure_20_Templates = ({
  name: 'Closure Templates',
  type: 'markup',
  aceMode: 'soy_template',
  extensions: ['.soy'],
  languageId: 357046146,
  tmScope: 'text.html.soy',
  aliases: ['soy'],
  codemirrorMode: 'soy',
  codemirrorMimeType: 'text/x-soy',
  color: '#0d948f',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Cloud_20_Firestore_20_Security_20_Rules.js
/* harmony default export */ const Cloud_20_Firestore_20_Security_20_Rules = ({
  name: 'Cloud Firestore Security Rules',
  type: 'data',
  aceMode: 'less',
  filenames: ['firestore.rules'],
  languageId: 407996372,
  tmScope: 'source.firestore',
  codemirrorMode: 'css',
  codemirrorMimeType: 'text/css',
  color: '#FFA000',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Clue.js
/* harmony default export */ const Clue = ({
  name: 'Clue',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.clue'],
  languageId: 163763508,
  tmScope: 'source.clue',
  color: '#0009b5',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/CMake.js
/* harmony default export */ const CMake = ({
  name: 'CMake',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.cmake', '.cmake.in'],
  filenames: ['CMakeLists.txt'],
  languageId: 47,
  tmScope: 'source.cmake',
  codemirrorMode: 'cmake',
  codemirrorMimeType: 'text/x-cmake',
  color: '#DA3434',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/COBOL.js
/* harmony default export */ const COBOL = ({
  name: 'COBOL',
  type: 'programming',
  aceMode: 'cobol',
  extensions: ['.cob', '.cbl', '.ccp', '.cobol', '.cpy'],
  languageId: 48,
  tmScope: 'source.cobol',
  codemirrorMode: 'cobol',
  codemirrorMimeType: 'text/x-cobol',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/CODEOWNERS.js
/* harmony default export */ const CODEOWNERS = ({
  name: 'CODEOWNERS',
  type: 'data',
  aceMode: 'gitignore',
  filenames: ['CODEOWNERS'],
  languageId: 321684729,
  tmScope: 'text.codeowners',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/CodeQL.js
/* harmony default export */ const CodeQL = ({
  name: 'CodeQL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ql', '.qll'],
  languageId: 424259634,
  tmScope: 'source.ql',
  aliases: ['ql'],
  color: '#140f46',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/CoffeeScript.js
/* harmony default export */ const CoffeeScript = ({
  name: 'CoffeeScript',
  type: 'programming',
  aceMode: 'coffee',
  extensions: ['.coffee', '._coffee', '.cake', '.cjsx', '.coffee.erb', '.iced'],
  filenames: ['Cakefile'],
  languageId: 63,
  tmScope: 'source.coffee',
  aliases: ['coffee', 'coffee-script'],
  codemirrorMode: 'coffeescript',
  codemirrorMimeType: 'text/x-coffeescript',
  color: '#244776',
  interpreters: ['coffee'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ColdFusion.js
/* harmony default export */ const ColdFusion = ({
  name: 'ColdFusion',
  type: 'programming',
  aceMode: 'coldfusion',
  extensions: ['.cfm', '.cfml'],
  languageId: 64,
  tmScope: 'text.html.cfm',
  aliases: ['cfm', 'cfml', 'coldfusion html'],
  color: '#ed2cd6',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ColdFusion_20_CFC.js
/* harmony default export */ const ColdFusion_20_CFC = ({
  name: 'ColdFusion CFC',
  type: 'programming',
  aceMode: 'coldfusion',
  extensions: ['.cfc'],
  languageId: 65,
  tmScope: 'source.cfscript',
  aliases: ['cfc'],
  color: '#ed2cd6',
  group: 'ColdFusion',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/COLLADA.js
/* harmony default export */ const COLLADA = ({
  name: 'COLLADA',
  type: 'data',
  aceMode: 'xml',
  extensions: ['.dae'],
  languageId: 49,
  tmScope: 'text.xml',
  codemirrorMode: 'xml',
  codemirrorMimeType: 'text/xml',
  color: '#F1A42B',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Common_20_Lisp.js
/* harmony default export */ const Common_20_Lisp = ({
  name: 'Common Lisp',
  type: 'programming',
  aceMode: 'lisp',
  extensions: ['.lisp', '.asd', '.cl', '.l', '.lsp', '.ny', '.podsl', '.sexp'],
  languageId: 66,
  tmScope: 'source.commonlisp',
  aliases: ['lisp'],
  codemirrorMode: 'commonlisp',
  codemirrorMimeType: 'text/x-common-lisp',
  color: '#3fb68b',
  interpreters: ['lisp', 'sbcl', 'ccl', 'clisp', 'ecl'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Common_20_Workflow_20_Language.js
/* harmony default export */ const Common_20_Workflow_20_Language = ({
  name: 'Common Workflow Language',
  type: 'programming',
  aceMode: 'yaml',
  extensions: ['.cwl'],
  languageId: 988547172,
  tmScope: 'source.cwl',
  aliases: ['cwl'],
  codemirrorMode: 'yaml',
  codemirrorMimeType: 'text/x-yaml',
  color: '#B5314C',
  interpreters: ['cwl-runner'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Component_20_Pascal.js
/* harmony default export */ const Component_20_Pascal = ({
  name: 'Component Pascal',
  type: 'programming',
  aceMode: 'pascal',
  extensions: ['.cp', '.cps'],
  languageId: 67,
  tmScope: 'source.pascal',
  codemirrorMode: 'pascal',
  codemirrorMimeType: 'text/x-pascal',
  color: '#B0CE4E',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/CoNLL-U.js
/* harmony default export */ const CoNLL_U = ({
  name: 'CoNLL-U',
  type: 'data',
  aceMode: 'text',
  extensions: ['.conllu', '.conll'],
  languageId: 421026389,
  tmScope: 'text.conllu',
  aliases: ['CoNLL', 'CoNLL-X'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Cooklang.js
/* harmony default export */ const Cooklang = ({
  name: 'Cooklang',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.cook'],
  languageId: 788037493,
  tmScope: 'source.cooklang',
  color: '#E15A29',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Cool.js
/* harmony default export */ const Cool = ({
  name: 'Cool',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.cl'],
  languageId: 68,
  tmScope: 'source.cool',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Cpp-ObjDump.js
/* harmony default export */ const Cpp_ObjDump = ({
  name: 'Cpp-ObjDump',
  type: 'data',
  aceMode: 'assembly_x86',
  extensions: [
    '.cppobjdump',
    '.c++-objdump',
    '.c++objdump',
    '.cpp-objdump',
    '.cxx-objdump',
  ],
  languageId: 70,
  tmScope: 'objdump.x86asm',
  aliases: ['c++-objdump'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/CQL.js
/* harmony default export */ const CQL = ({
  name: 'CQL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.cql'],
  languageId: 71155397,
  tmScope: 'source.cql',
  color: '#006091',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Creole.js
/* harmony default export */ const Creole = ({
  name: 'Creole',
  type: 'prose',
  aceMode: 'text',
  extensions: ['.creole'],
  languageId: 71,
  tmScope: 'text.html.creole',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/crontab.js
/* harmony default export */ const crontab = ({
  name: 'crontab',
  type: 'data',
  aceMode: 'tcl',
  filenames: ['crontab'],
  languageId: 705203557,
  tmScope: 'text.crontab',
  aliases: ['cron', 'cron table'],
  color: '#ead7ac',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Crystal.js
/* harmony default export */ const Crystal = ({
  name: 'Crystal',
  type: 'programming',
  aceMode: 'crystal',
  extensions: ['.cr'],
  languageId: 72,
  tmScope: 'source.crystal',
  codemirrorMode: 'crystal',
  codemirrorMimeType: 'text/x-crystal',
  color: '#000100',
  interpreters: ['crystal'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/CSON.js
/* harmony default export */ const CSON = ({
  name: 'CSON',
  type: 'data',
  aceMode: 'coffee',
  extensions: ['.cson'],
  languageId: 424,
  tmScope: 'source.coffee',
  codemirrorMode: 'coffeescript',
  codemirrorMimeType: 'text/x-coffeescript',
  color: '#244776',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Csound.js
/* harmony default export */ const Csound = ({
  name: 'Csound',
  type: 'programming',
  aceMode: 'csound_orchestra',
  extensions: ['.orc', '.udo'],
  languageId: 73,
  tmScope: 'source.csound',
  aliases: ['csound-orc'],
  color: '#1a1a1a',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Csound_20_Document.js
/* harmony default export */ const Csound_20_Document = ({
  name: 'Csound Document',
  type: 'programming',
  aceMode: 'csound_document',
  extensions: ['.csd'],
  languageId: 74,
  tmScope: 'source.csound-document',
  aliases: ['csound-csd'],
  color: '#1a1a1a',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Csound_20_Score.js
/* harmony default export */ const Csound_20_Score = ({
  name: 'Csound Score',
  type: 'programming',
  aceMode: 'csound_score',
  extensions: ['.sco'],
  languageId: 75,
  tmScope: 'source.csound-score',
  aliases: ['csound-sco'],
  color: '#1a1a1a',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/CSS.js
/* harmony default export */ const CSS = ({
  name: 'CSS',
  type: 'markup',
  aceMode: 'css',
  extensions: ['.css'],
  languageId: 50,
  tmScope: 'source.css',
  codemirrorMode: 'css',
  codemirrorMimeType: 'text/css',
  color: '#663399',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/CSV.js
/* harmony default export */ const CSV = ({
  name: 'CSV',
  type: 'data',
  aceMode: 'csv',
  extensions: ['.csv'],
  languageId: 51,
  tmScope: 'source.csv',
  color: '#237346',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Cuda.js
/* harmony default export */ const Cuda = ({
  name: 'Cuda',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.cu', '.cuh'],
  languageId: 77,
  tmScope: 'source.cuda-c++',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-c++src',
  color: '#3A4E3A',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/CUE.js
/* harmony default export */ const CUE = ({
  name: 'CUE',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.cue'],
  languageId: 356063509,
  tmScope: 'source.cue',
  color: '#5886E1',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Cue_20_Sheet.js
/* harmony default export */ const Cue_20_Sheet = ({
  name: 'Cue Sheet',
  type: 'data',
  aceMode: 'text',
  extensions: ['.cue'],
  languageId: 942714150,
  tmScope: 'source.cuesheet',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/cURL_20_Config.js
/* harmony default export */ const cURL_20_Config = ({
  name: 'cURL Config',
  type: 'data',
  aceMode: 'text',
  filenames: ['.curlrc', '_curlrc'],
  languageId: 992375436,
  tmScope: 'source.curlrc',
  aliases: ['curlrc'],
  group: 'INI',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Curry.js
/* harmony default export */ const Curry = ({
  name: 'Curry',
  type: 'programming',
  aceMode: 'haskell',
  extensions: ['.curry'],
  languageId: 439829048,
  tmScope: 'source.curry',
  color: '#531242',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/CWeb.js
/* harmony default export */ const CWeb = ({
  name: 'CWeb',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.w'],
  languageId: 657332628,
  tmScope: 'none',
  color: '#00007a',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Cycript.js
/* harmony default export */ const Cycript = ({
  name: 'Cycript',
  type: 'programming',
  aceMode: 'javascript',
  extensions: ['.cy'],
  languageId: 78,
  tmScope: 'source.js',
  codemirrorMode: 'javascript',
  codemirrorMimeType: 'text/javascript',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Cylc.js
/* harmony default export */ const Cylc = ({
  name: 'Cylc',
  type: 'data',
  aceMode: 'ini',
  extensions: ['.cylc'],
  filenames: ['suite.rc'],
  languageId: 476447814,
  tmScope: 'source.cylc',
  color: '#00b3fd',
  group: 'INI',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Cypher.js
/* harmony default export */ const Cypher = ({
  name: 'Cypher',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.cyp', '.cypher'],
  languageId: 850806976,
  tmScope: 'source.cypher',
  codemirrorMode: 'cypher',
  codemirrorMimeType: 'application/x-cypher-query',
  color: '#34c0eb',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Cython.js
/* harmony default export */ const Cython = ({
  name: 'Cython',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.pyx', '.pxd', '.pxi'],
  languageId: 79,
  tmScope: 'source.cython',
  aliases: ['pyrex'],
  codemirrorMode: 'python',
  codemirrorMimeType: 'text/x-cython',
  color: '#fedf5b',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/D.js
/* harmony default export */ const D = ({
  name: 'D',
  type: 'programming',
  aceMode: 'd',
  extensions: ['.d', '.di'],
  languageId: 80,
  tmScope: 'source.d',
  aliases: ['Dlang'],
  codemirrorMode: 'd',
  codemirrorMimeType: 'text/x-d',
  color: '#ba595e',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/D-ObjDump.js
/* harmony default export */ const D_ObjDump = ({
  name: 'D-ObjDump',
  type: 'data',
  aceMode: 'assembly_x86',
  extensions: ['.d-objdump'],
  languageId: 81,
  tmScope: 'objdump.x86asm',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/D2.js
/* harmony default export */ const D2 = ({
  name: 'D2',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.d2'],
  languageId: 37531557,
  tmScope: 'source.d2',
  aliases: ['d2lang'],
  color: '#526ee8',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Dafny.js
/* harmony default export */ const Dafny = ({
  name: 'Dafny',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.dfy'],
  languageId: 969323346,
  tmScope: 'text.dfy.dafny',
  color: '#FFEC25',
  interpreters: ['dafny'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Darcs_20_Patch.js
/* harmony default export */ const Darcs_20_Patch = ({
  name: 'Darcs Patch',
  type: 'data',
  aceMode: 'text',
  extensions: ['.darcspatch', '.dpatch'],
  languageId: 86,
  tmScope: 'none',
  aliases: ['dpatch'],
  color: '#8eff23',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Dart.js
/* harmony default export */ const Dart = ({
  name: 'Dart',
  type: 'programming',
  aceMode: 'dart',
  extensions: ['.dart'],
  languageId: 87,
  tmScope: 'source.dart',
  codemirrorMode: 'dart',
  codemirrorMimeType: 'application/dart',
  color: '#00B4AB',
  interpreters: ['dart'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Daslang.js
/* harmony default export */ const Daslang = ({
  name: 'Daslang',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.das'],
  languageId: 648759486,
  tmScope: 'source.daslang',
  color: '#d3d3d3',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/DataWeave.js
/* harmony default export */ const DataWeave = ({
  name: 'DataWeave',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.dwl'],
  languageId: 974514097,
  tmScope: 'source.data-weave',
  color: '#003a52',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Debian_20_Package_20_Control_20_File.js
/* harmony default export */ const Debian_20_Package_20_Control_20_File = ({
  name: 'Debian Package Control File',
  type: 'data',
  aceMode: 'text',
  extensions: ['.dsc'],
  languageId: 527438264,
  tmScope: 'source.deb-control',
  color: '#D70751',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/DenizenScript.js
/* harmony default export */ const DenizenScript = ({
  name: 'DenizenScript',
  type: 'programming',
  aceMode: 'yaml',
  extensions: ['.dsc'],
  languageId: 435000929,
  tmScope: 'source.denizenscript',
  codemirrorMode: 'yaml',
  codemirrorMimeType: 'text/x-yaml',
  color: '#FBEE96',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/desktop.js
/* harmony default export */ const desktop = ({
  name: 'desktop',
  type: 'data',
  aceMode: 'text',
  extensions: ['.desktop', '.desktop.in'],
  languageId: 412,
  tmScope: 'source.desktop',
  group: 'INI',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Dhall.js
/* harmony default export */ const Dhall = ({
  name: 'Dhall',
  type: 'programming',
  aceMode: 'haskell',
  extensions: ['.dhall'],
  languageId: 793969321,
  tmScope: 'source.haskell',
  codemirrorMode: 'haskell',
  codemirrorMimeType: 'text/x-haskell',
  color: '#dfafff',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Diff.js
/* harmony default export */ const Diff = ({
  name: 'Diff',
  type: 'data',
  aceMode: 'diff',
  extensions: ['.diff', '.patch'],
  languageId: 88,
  tmScope: 'source.diff',
  aliases: ['udiff'],
  codemirrorMode: 'diff',
  codemirrorMimeType: 'text/x-diff',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/DIGITAL_20_Command_20_Language.js
/* harmony default export */ const DIGITAL_20_Command_20_Language = ({
  name: 'DIGITAL Command Language',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.com'],
  languageId: 82,
  tmScope: 'none',
  aliases: ['dcl'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/dircolors.js
/* harmony default export */ const dircolors = ({
  name: 'dircolors',
  type: 'data',
  aceMode: 'text',
  extensions: ['.dircolors'],
  filenames: [
    '.dir_colors',
    '.dircolors',
    'DIR_COLORS',
    '_dir_colors',
    '_dircolors',
    'dir_colors',
  ],
  languageId: 691605112,
  tmScope: 'source.dircolors',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/DirectX_20_3D_20_File.js
/* harmony default export */ const DirectX_20_3D_20_File = ({
  name: 'DirectX 3D File',
  type: 'data',
  aceMode: 'text',
  extensions: ['.x'],
  languageId: 201049282,
  tmScope: 'none',
  color: '#aace60',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/DM.js
/* harmony default export */ const DM = ({
  name: 'DM',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.dm'],
  languageId: 83,
  tmScope: 'source.dm',
  aliases: ['byond'],
  color: '#447265',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/DNS_20_Zone.js
/* harmony default export */ const DNS_20_Zone = ({
  name: 'DNS Zone',
  type: 'data',
  aceMode: 'text',
  extensions: ['.zone', '.arpa'],
  languageId: 84,
  tmScope: 'text.zone_file',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Dockerfile.js
/* harmony default export */ const Dockerfile = ({
  name: 'Dockerfile',
  type: 'programming',
  aceMode: 'dockerfile',
  extensions: ['.dockerfile', '.containerfile'],
  filenames: ['Containerfile', 'Dockerfile'],
  languageId: 89,
  tmScope: 'source.dockerfile',
  aliases: ['Containerfile'],
  codemirrorMode: 'dockerfile',
  codemirrorMimeType: 'text/x-dockerfile',
  color: '#384d54',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Dogescript.js
/* harmony default export */ const Dogescript = ({
  name: 'Dogescript',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.djs'],
  languageId: 90,
  tmScope: 'none',
  color: '#cca760',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Dotenv.js
/* harmony default export */ const Dotenv = ({
  name: 'Dotenv',
  type: 'data',
  aceMode: 'text',
  extensions: ['.env'],
  filenames: [
    '.env',
    '.env.ci',
    '.env.dev',
    '.env.development',
    '.env.development.local',
    '.env.example',
    '.env.local',
    '.env.prod',
    '.env.production',
    '.env.sample',
    '.env.staging',
    '.env.template',
    '.env.test',
    '.env.testing',
  ],
  languageId: 111148035,
  tmScope: 'source.dotenv',
  color: '#e5d559',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/DTrace.js
/* harmony default export */ const DTrace = ({
  name: 'DTrace',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.d'],
  languageId: 85,
  tmScope: 'source.c',
  aliases: ['dtrace-script'],
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csrc',
  interpreters: ['dtrace'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Dune.js
/* harmony default export */ const Dune = ({
  name: 'Dune',
  type: 'programming',
  aceMode: 'lisp',
  filenames: ['dune-project'],
  languageId: 754574151,
  tmScope: 'source.dune',
  color: '#89421e',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Dylan.js
/* harmony default export */ const Dylan = ({
  name: 'Dylan',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.dylan', '.dyl', '.intr', '.lid'],
  languageId: 91,
  tmScope: 'source.dylan',
  codemirrorMode: 'dylan',
  codemirrorMimeType: 'text/x-dylan',
  color: '#6c616e',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/E.js
/* harmony default export */ const E = ({
  name: 'E',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.e'],
  languageId: 92,
  tmScope: 'none',
  color: '#ccce35',
  interpreters: ['rune'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/E-mail.js
/* harmony default export */ const E_mail = ({
  name: 'E-mail',
  type: 'data',
  aceMode: 'text',
  extensions: ['.eml', '.mbox'],
  languageId: 529653389,
  tmScope: 'text.eml.basic',
  aliases: ['email', 'eml', 'mail', 'mbox'],
  codemirrorMode: 'mbox',
  codemirrorMimeType: 'application/mbox',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Eagle.js
/* harmony default export */ const Eagle = ({
  name: 'Eagle',
  type: 'data',
  aceMode: 'xml',
  extensions: ['.sch', '.brd'],
  languageId: 97,
  tmScope: 'text.xml',
  codemirrorMode: 'xml',
  codemirrorMimeType: 'text/xml',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Earthly.js
/* harmony default export */ const Earthly = ({
  name: 'Earthly',
  type: 'programming',
  aceMode: 'text',
  filenames: ['Earthfile'],
  languageId: 963512632,
  tmScope: 'source.earthfile',
  aliases: ['Earthfile'],
  color: '#2af0ff',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Easybuild.js
/* harmony default export */ const Easybuild = ({
  name: 'Easybuild',
  type: 'data',
  aceMode: 'python',
  extensions: ['.eb'],
  languageId: 342840477,
  tmScope: 'source.python',
  codemirrorMode: 'python',
  codemirrorMimeType: 'text/x-python',
  color: '#069406',
  group: 'Python',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/EBNF.js
/* harmony default export */ const EBNF = ({
  name: 'EBNF',
  type: 'data',
  aceMode: 'text',
  extensions: ['.ebnf'],
  languageId: 430,
  tmScope: 'source.ebnf',
  codemirrorMode: 'ebnf',
  codemirrorMimeType: 'text/x-ebnf',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/eC.js
/* harmony default export */ const eC = ({
  name: 'eC',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ec', '.eh'],
  languageId: 413,
  tmScope: 'source.c.ec',
  color: '#913960',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Ecere_20_Projects.js
/* harmony default export */ const Ecere_20_Projects = ({
  name: 'Ecere Projects',
  type: 'data',
  aceMode: 'json',
  extensions: ['.epj'],
  languageId: 98,
  tmScope: 'source.json',
  codemirrorMode: 'javascript',
  codemirrorMimeType: 'application/json',
  color: '#913960',
  group: 'JavaScript',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ECL.js
/* harmony default export */ const ECL = ({
  name: 'ECL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ecl', '.eclxml'],
  languageId: 93,
  tmScope: 'source.ecl',
  codemirrorMode: 'ecl',
  codemirrorMimeType: 'text/x-ecl',
  color: '#8a1267',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ECLiPSe.js
/* harmony default export */ const ECLiPSe = ({
  name: 'ECLiPSe',
  type: 'programming',
  aceMode: 'prolog',
  extensions: ['.ecl'],
  languageId: 94,
  tmScope: 'source.prolog.eclipse',
  color: '#001d9d',
  group: 'Prolog',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Ecmarkup.js
/* harmony default export */ const Ecmarkup = ({
  name: 'Ecmarkup',
  type: 'markup',
  aceMode: 'html',
  extensions: ['.html'],
  languageId: 844766630,
  tmScope: 'text.html.ecmarkup',
  aliases: ['ecmarkdown'],
  codemirrorMode: 'htmlmixed',
  codemirrorMimeType: 'text/html',
  color: '#eb8131',
  group: 'HTML',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Edge.js
/* harmony default export */ const Edge = ({
  name: 'Edge',
  type: 'markup',
  aceMode: 'html',
  extensions: ['.edge'],
  languageId: 460509620,
  tmScope: 'text.html.edge',
  color: '#0dffe0',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/EdgeQL.js
/* harmony default export */ const EdgeQL = ({
  name: 'EdgeQL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.edgeql', '.esdl'],
  languageId: 925235833,
  tmScope: 'source.edgeql',
  aliases: ['esdl'],
  color: '#31A7FF',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/EditorConfig.js
/* harmony default export */ const EditorConfig = ({
  name: 'EditorConfig',
  type: 'data',
  aceMode: 'ini',
  extensions: ['.editorconfig'],
  filenames: ['.editorconfig'],
  languageId: 96139566,
  tmScope: 'source.editorconfig',
  aliases: ['editor-config'],
  codemirrorMode: 'properties',
  codemirrorMimeType: 'text/x-properties',
  color: '#fff1f2',
  group: 'INI',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Edje_20_Data_20_Collection.js
/* harmony default export */ const Edje_20_Data_20_Collection = ({
  name: 'Edje Data Collection',
  type: 'data',
  aceMode: 'c_cpp',
  extensions: ['.edc'],
  languageId: 342840478,
  tmScope: 'source.c++',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-c++src',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/edn.js
/* harmony default export */ const edn = ({
  name: 'edn',
  type: 'data',
  aceMode: 'clojure',
  extensions: ['.edn'],
  languageId: 414,
  tmScope: 'source.clojure',
  codemirrorMode: 'clojure',
  codemirrorMimeType: 'application/edn',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Eiffel.js
/* harmony default export */ const Eiffel = ({
  name: 'Eiffel',
  type: 'programming',
  aceMode: 'eiffel',
  extensions: ['.e'],
  languageId: 99,
  tmScope: 'source.eiffel',
  codemirrorMode: 'eiffel',
  codemirrorMimeType: 'text/x-eiffel',
  color: '#4d6977',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/EJS.js
/* harmony default export */ const EJS = ({
  name: 'EJS',
  type: 'markup',
  aceMode: 'ejs',
  extensions: ['.ejs', '.ect', '.ejs.t', '.jst'],
  languageId: 95,
  tmScope: 'text.html.js',
  codemirrorMode: 'htmlembedded',
  codemirrorMimeType: 'application/x-ejs',
  color: '#a91e50',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Elixir.js
/* harmony default export */ const Elixir = ({
  name: 'Elixir',
  type: 'programming',
  aceMode: 'elixir',
  extensions: ['.ex', '.exs'],
  filenames: ['mix.lock'],
  languageId: 100,
  tmScope: 'source.elixir',
  color: '#6e4a7e',
  interpreters: ['elixir'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Elm.js
/* harmony default export */ const Elm = ({
  name: 'Elm',
  type: 'programming',
  aceMode: 'elm',
  extensions: ['.elm'],
  languageId: 101,
  tmScope: 'source.elm',
  codemirrorMode: 'elm',
  codemirrorMimeType: 'text/x-elm',
  color: '#60B5CC',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Elvish.js
/* harmony default export */ const Elvish = ({
  name: 'Elvish',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.elv'],
  languageId: 570996448,
  tmScope: 'source.elvish',
  color: '#55BB55',
  interpreters: ['elvish'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Elvish_20_Transcript.js
/* harmony default export */ const Elvish_20_Transcript = ({
  name: 'Elvish Transcript',
  type: 'programming',
  aceMode: 'text',
  languageId: 452025714,
  tmScope: 'source.elvish-transcript',
  color: '#55BB55',
  group: 'Elvish',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Emacs_20_Lisp.js
/* harmony default export */ const Emacs_20_Lisp = ({
  name: 'Emacs Lisp',
  type: 'programming',
  aceMode: 'lisp',
  extensions: ['.el', '.emacs', '.emacs.desktop'],
  filenames: [
    '.abbrev_defs',
    '.emacs',
    '.emacs.desktop',
    '.gnus',
    '.spacemacs',
    '.viper',
    'Cask',
    'Eask',
    'Project.ede',
    '_emacs',
    'abbrev_defs',
  ],
  languageId: 102,
  tmScope: 'source.emacs.lisp',
  aliases: ['cask', 'eask', 'elisp', 'emacs'],
  codemirrorMode: 'commonlisp',
  codemirrorMimeType: 'text/x-common-lisp',
  color: '#c065db',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/EmberScript.js
/* harmony default export */ const EmberScript = ({
  name: 'EmberScript',
  type: 'programming',
  aceMode: 'coffee',
  extensions: ['.em', '.emberscript'],
  languageId: 103,
  tmScope: 'source.coffee',
  codemirrorMode: 'coffeescript',
  codemirrorMimeType: 'text/x-coffeescript',
  color: '#FFF4F3',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/EQ.js
/* harmony default export */ const EQ = ({
  name: 'EQ',
  type: 'programming',
  aceMode: 'csharp',
  extensions: ['.eq'],
  languageId: 96,
  tmScope: 'source.cs',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csharp',
  color: '#a78649',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Erlang.js
/* harmony default export */ const Erlang = ({
  name: 'Erlang',
  type: 'programming',
  aceMode: 'erlang',
  extensions: [
    '.erl',
    '.app',
    '.app.src',
    '.es',
    '.escript',
    '.hrl',
    '.xrl',
    '.yrl',
  ],
  filenames: ['Emakefile', 'rebar.config', 'rebar.config.lock', 'rebar.lock'],
  languageId: 104,
  tmScope: 'source.erlang',
  codemirrorMode: 'erlang',
  codemirrorMimeType: 'text/x-erlang',
  color: '#B83998',
  interpreters: ['escript'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Euphoria.js
/* harmony default export */ const Euphoria = ({
  name: 'Euphoria',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.e', '.ex'],
  languageId: 880693982,
  tmScope: 'source.euphoria',
  color: '#FF790B',
  interpreters: ['eui', 'euiw'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/F_2a_.js
/* harmony default export */ const F_2a_ = ({
  name: 'F*',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.fst', '.fsti'],
  languageId: 336943375,
  tmScope: 'source.fstar',
  aliases: ['fstar'],
  color: '#572e30',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/F_23_.js
/* harmony default export */ const F_23_ = ({
  name: 'F#',
  type: 'programming',
  aceMode: 'fsharp',
  extensions: ['.fs', '.fsi', '.fsx'],
  languageId: 105,
  tmScope: 'source.fsharp',
  aliases: ['fsharp'],
  codemirrorMode: 'mllike',
  codemirrorMimeType: 'text/x-fsharp',
  color: '#b845fc',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Factor.js
/* harmony default export */ const Factor = ({
  name: 'Factor',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.factor'],
  filenames: ['.factor-boot-rc', '.factor-rc'],
  languageId: 108,
  tmScope: 'source.factor',
  codemirrorMode: 'factor',
  codemirrorMimeType: 'text/x-factor',
  color: '#636746',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Fancy.js
/* harmony default export */ const Fancy = ({
  name: 'Fancy',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.fy', '.fancypack'],
  filenames: ['Fakefile'],
  languageId: 109,
  tmScope: 'source.fancy',
  color: '#7b9db4',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Fantom.js
/* harmony default export */ const Fantom = ({
  name: 'Fantom',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.fan'],
  languageId: 110,
  tmScope: 'source.fan',
  color: '#14253c',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Faust.js
/* harmony default export */ const Faust = ({
  name: 'Faust',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.dsp'],
  languageId: 622529198,
  tmScope: 'source.faust',
  color: '#c37240',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Fennel.js
/* harmony default export */ const Fennel = ({
  name: 'Fennel',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.fnl'],
  languageId: 239946126,
  tmScope: 'source.fnl',
  color: '#fff3d7',
  interpreters: ['fennel'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/FIGlet_20_Font.js
/* harmony default export */ const FIGlet_20_Font = ({
  name: 'FIGlet Font',
  type: 'data',
  aceMode: 'text',
  extensions: ['.flf'],
  languageId: 686129783,
  tmScope: 'source.figfont',
  aliases: ['FIGfont'],
  color: '#FFDDBB',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Filebench_20_WML.js
/* harmony default export */ const Filebench_20_WML = ({
  name: 'Filebench WML',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.f'],
  languageId: 111,
  tmScope: 'none',
  color: '#F6B900',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Filterscript.js
/* harmony default export */ const Filterscript = ({
  name: 'Filterscript',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.fs'],
  languageId: 112,
  tmScope: 'none',
  group: 'RenderScript',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/FIRRTL.js
/* harmony default export */ const FIRRTL = ({
  name: 'FIRRTL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.fir'],
  languageId: 906694254,
  tmScope: 'source.firrtl',
  color: '#2f632f',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/fish.js
/* harmony default export */ const fish = ({
  name: 'fish',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.fish'],
  languageId: 415,
  tmScope: 'source.fish',
  color: '#4aae47',
  group: 'Shell',
  interpreters: ['fish'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/FlatBuffers.js
/* harmony default export */ const FlatBuffers = ({
  name: 'FlatBuffers',
  type: 'data',
  aceMode: 'text',
  extensions: ['.fbs'],
  languageId: 577640576,
  tmScope: 'source.flatbuffers',
  color: '#ed284a',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Flix.js
/* harmony default export */ const Flix = ({
  name: 'Flix',
  type: 'programming',
  aceMode: 'flix',
  extensions: ['.flix'],
  languageId: 800935960,
  tmScope: 'source.flix',
  color: '#d44a45',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Fluent.js
/* harmony default export */ const Fluent = ({
  name: 'Fluent',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ftl'],
  languageId: 206353404,
  tmScope: 'source.ftl',
  color: '#ffcc33',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/FLUX.js
/* harmony default export */ const FLUX = ({
  name: 'FLUX',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.fx', '.flux'],
  languageId: 106,
  tmScope: 'none',
  color: '#88ccff',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Formatted.js
/* harmony default export */ const Formatted = ({
  name: 'Formatted',
  type: 'data',
  aceMode: 'text',
  extensions: ['.for', '.eam.fs'],
  languageId: 113,
  tmScope: 'none',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Forth.js
/* harmony default export */ const Forth = ({
  name: 'Forth',
  type: 'programming',
  aceMode: 'forth',
  extensions: ['.fth', '.4th', '.f', '.for', '.forth', '.fr', '.frt', '.fs'],
  languageId: 114,
  tmScope: 'source.forth',
  codemirrorMode: 'forth',
  codemirrorMimeType: 'text/x-forth',
  color: '#341708',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Fortran.js
/* harmony default export */ const Fortran = ({
  name: 'Fortran',
  type: 'programming',
  aceMode: 'fortran',
  extensions: ['.f', '.f77', '.for', '.fpp'],
  languageId: 107,
  tmScope: 'source.fortran',
  codemirrorMode: 'fortran',
  codemirrorMimeType: 'text/x-fortran',
  color: '#4d41b1',
  group: 'Fortran',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Fortran_20_Free_20_Form.js
/* harmony default export */ const Fortran_20_Free_20_Form = ({
  name: 'Fortran Free Form',
  type: 'programming',
  aceMode: 'fortran',
  extensions: ['.f90', '.f03', '.f08', '.f95'],
  languageId: 761352333,
  tmScope: 'source.fortran.modern',
  codemirrorMode: 'fortran',
  codemirrorMimeType: 'text/x-fortran',
  color: '#4d41b1',
  group: 'Fortran',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/FPP.js
/* harmony default export */ const FPP = ({
  name: 'FPP',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.fpp', '.fppi'],
  languageId: 252360067,
  tmScope: 'source.fpp',
  color: '#d37327',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/FreeBASIC.js
/* harmony default export */ const FreeBASIC = ({
  name: 'FreeBASIC',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.bi', '.bas'],
  languageId: 472896659,
  tmScope: 'source.vbnet',
  aliases: ['fb'],
  codemirrorMode: 'vb',
  codemirrorMimeType: 'text/x-vb',
  color: '#141AC9',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/FreeMarker.js
/* harmony default export */ const FreeMarker = ({
  name: 'FreeMarker',
  type: 'programming',
  aceMode: 'ftl',
  extensions: ['.ftl', '.ftlh'],
  languageId: 115,
  tmScope: 'text.html.ftl',
  aliases: ['ftl'],
  color: '#0050b2',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Frege.js
/* harmony default export */ const Frege = ({
  name: 'Frege',
  type: 'programming',
  aceMode: 'haskell',
  extensions: ['.fr'],
  languageId: 116,
  tmScope: 'source.haskell',
  color: '#00cafe',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Futhark.js
/* harmony default export */ const Futhark = ({
  name: 'Futhark',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.fut'],
  languageId: 97358117,
  tmScope: 'source.futhark',
  color: '#5f021f',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/G-code.js
/* harmony default export */ const G_code = ({
  name: 'G-code',
  type: 'programming',
  aceMode: 'gcode',
  extensions: ['.g', '.cnc', '.gco', '.gcode'],
  languageId: 117,
  tmScope: 'source.gcode',
  color: '#D08CF2',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Game_20_Maker_20_Language.js
/* harmony default export */ const Game_20_Maker_20_Language = ({
  name: 'Game Maker Language',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.gml'],
  languageId: 125,
  tmScope: 'source.c++',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-c++src',
  color: '#71b417',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/GAML.js
/* harmony default export */ const GAML = ({
  name: 'GAML',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.gaml'],
  languageId: 290345951,
  tmScope: 'none',
  color: '#FFC766',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/GAMS.js
/* harmony default export */ const GAMS = ({
  name: 'GAMS',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.gms'],
  languageId: 118,
  tmScope: 'none',
  color: '#f49a22',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/GAP.js
/* harmony default export */ const GAP = ({
  name: 'GAP',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.g', '.gap', '.gd', '.gi', '.tst'],
  languageId: 119,
  tmScope: 'source.gap',
  color: '#0000cc',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/GCC_20_Machine_20_Description.js
/* harmony default export */ const GCC_20_Machine_20_Description = ({
  name: 'GCC Machine Description',
  type: 'programming',
  aceMode: 'lisp',
  extensions: ['.md'],
  languageId: 121,
  tmScope: 'source.lisp',
  codemirrorMode: 'commonlisp',
  codemirrorMimeType: 'text/x-common-lisp',
  color: '#FFCFAB',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/GDB.js
/* harmony default export */ const GDB = ({
  name: 'GDB',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.gdb', '.gdbinit'],
  languageId: 122,
  tmScope: 'source.gdb',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/GDScript.js
/* harmony default export */ const GDScript = ({
  name: 'GDScript',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.gd'],
  languageId: 123,
  tmScope: 'source.gdscript',
  color: '#355570',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/GDShader.js
/* harmony default export */ const GDShader = ({
  name: 'GDShader',
  type: 'programming',
  aceMode: 'glsl',
  extensions: ['.gdshader', '.gdshaderinc'],
  languageId: 694638086,
  tmScope: 'source.gdshader',
  color: '#478CBF',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/GEDCOM.js
/* harmony default export */ const GEDCOM = ({
  name: 'GEDCOM',
  type: 'data',
  aceMode: 'text',
  extensions: ['.ged'],
  languageId: 459577965,
  tmScope: 'source.gedcom',
  color: '#003058',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Gemfile.lock.js
/* harmony default export */ const Gemfile_lock = ({
  name: 'Gemfile.lock',
  type: 'data',
  aceMode: 'text',
  filenames: ['Gemfile.lock'],
  languageId: 907065713,
  tmScope: 'source.gemfile-lock',
  color: '#701516',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Gemini.js
/* harmony default export */ const Gemini = ({
  name: 'Gemini',
  type: 'prose',
  aceMode: 'text',
  extensions: ['.gmi'],
  languageId: 310828396,
  tmScope: 'source.gemini',
  aliases: ['gemtext'],
  color: '#ff6900',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Genero_20_4gl.js
/* harmony default export */ const Genero_20_4gl = ({
  name: 'Genero 4gl',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.4gl'],
  languageId: 986054050,
  tmScope: 'source.genero-4gl',
  color: '#63408e',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Genero_20_per.js
/* harmony default export */ const Genero_20_per = ({
  name: 'Genero per',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.per'],
  languageId: 902995658,
  tmScope: 'source.genero-per',
  color: '#d8df39',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Genie.js
/* harmony default export */ const Genie = ({
  name: 'Genie',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.gs'],
  languageId: 792408528,
  tmScope: 'none',
  color: '#fb855d',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Genshi.js
/* harmony default export */ const Genshi = ({
  name: 'Genshi',
  type: 'programming',
  aceMode: 'xml',
  extensions: ['.kid'],
  languageId: 126,
  tmScope: 'text.xml.genshi',
  aliases: ['xml+genshi', 'xml+kid'],
  codemirrorMode: 'xml',
  codemirrorMimeType: 'text/xml',
  color: '#951531',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Gentoo_20_Ebuild.js
/* harmony default export */ const Gentoo_20_Ebuild = ({
  name: 'Gentoo Ebuild',
  type: 'programming',
  aceMode: 'sh',
  extensions: ['.ebuild'],
  languageId: 127,
  tmScope: 'source.shell',
  codemirrorMode: 'shell',
  codemirrorMimeType: 'text/x-sh',
  color: '#9400ff',
  group: 'Shell',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Gentoo_20_Eclass.js
/* harmony default export */ const Gentoo_20_Eclass = ({
  name: 'Gentoo Eclass',
  type: 'programming',
  aceMode: 'sh',
  extensions: ['.eclass'],
  languageId: 128,
  tmScope: 'source.shell',
  codemirrorMode: 'shell',
  codemirrorMimeType: 'text/x-sh',
  color: '#9400ff',
  group: 'Shell',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Gerber_20_Image.js
/* harmony default export */ const Gerber_20_Image = ({
  name: 'Gerber Image',
  type: 'data',
  aceMode: 'text',
  extensions: [
    '.gbr',
    '.cmp',
    '.gbl',
    '.gbo',
    '.gbp',
    '.gbs',
    '.gko',
    '.gml',
    '.gpb',
    '.gpt',
    '.gtl',
    '.gto',
    '.gtp',
    '.gts',
    '.ncl',
    '.sol',
  ],
  languageId: 404627610,
  tmScope: 'source.gerber',
  aliases: ['rs-274x'],
  color: '#d20b00',
  interpreters: ['gerbv', 'gerbview'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Gettext_20_Catalog.js
/* harmony default export */ const Gettext_20_Catalog = ({
  name: 'Gettext Catalog',
  type: 'prose',
  aceMode: 'text',
  extensions: ['.po', '.pot'],
  languageId: 129,
  tmScope: 'source.po',
  aliases: ['pot'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Gherkin.js
/* harmony default export */ const Gherkin = ({
  name: 'Gherkin',
  type: 'programming',
  aceMode: 'gherkin',
  extensions: ['.feature', '.story'],
  languageId: 76,
  tmScope: 'text.gherkin.feature',
  aliases: ['cucumber'],
  codemirrorMode: 'gherkin',
  codemirrorMimeType: 'text/x-feature',
  color: '#5B2063',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Git_20_Attributes.js
/* harmony default export */ const Git_20_Attributes = ({
  name: 'Git Attributes',
  type: 'data',
  aceMode: 'gitignore',
  filenames: ['.gitattributes'],
  languageId: 956324166,
  tmScope: 'source.gitattributes',
  aliases: ['gitattributes'],
  codemirrorMode: 'shell',
  codemirrorMimeType: 'text/x-sh',
  color: '#F44D27',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Git_20_Commit.js
/* harmony default export */ const Git_20_Commit = ({
  name: 'Git Commit',
  type: 'data',
  aceMode: 'text',
  filenames: ['.gitmessage', 'COMMIT_EDITMSG'],
  languageId: 131750475,
  tmScope: 'text.git-commit',
  aliases: ['commit'],
  color: '#F44D27',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Git_20_Config.js
/* harmony default export */ const Git_20_Config = ({
  name: 'Git Config',
  type: 'data',
  aceMode: 'ini',
  extensions: ['.gitconfig'],
  filenames: ['.gitconfig', '.gitmodules', '.tgitconfig', 'config.worktree'],
  languageId: 807968997,
  tmScope: 'source.gitconfig',
  aliases: ['gitconfig', 'gitmodules'],
  codemirrorMode: 'properties',
  codemirrorMimeType: 'text/x-properties',
  color: '#F44D27',
  group: 'INI',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Git_20_Revision_20_List.js
/* harmony default export */ const Git_20_Revision_20_List = ({
  name: 'Git Revision List',
  type: 'data',
  aceMode: 'text',
  filenames: ['.git-blame-ignore-revs'],
  languageId: 461881235,
  tmScope: 'source.git-revlist',
  aliases: ['Git Blame Ignore Revs'],
  color: '#F44D27',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Gleam.js
/* harmony default export */ const Gleam = ({
  name: 'Gleam',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.gleam'],
  languageId: 1054258749,
  tmScope: 'source.gleam',
  color: '#ffaff3',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Glimmer_20_JS.js
/* harmony default export */ const Glimmer_20_JS = ({
  name: 'Glimmer JS',
  type: 'programming',
  aceMode: 'javascript',
  extensions: ['.gjs'],
  languageId: 5523150,
  tmScope: 'source.gjs',
  aliases: ['gjs'],
  color: '#F5835F',
  group: 'JavaScript',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Glimmer_20_TS.js
/* harmony default export */ const Glimmer_20_TS = ({
  name: 'Glimmer TS',
  type: 'programming',
  aceMode: 'typescript',
  extensions: ['.gts'],
  languageId: 95110458,
  tmScope: 'source.gts',
  aliases: ['gts'],
  color: '#3178c6',
  group: 'TypeScript',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/GLSL.js
/* harmony default export */ const GLSL = ({
  name: 'GLSL',
  type: 'programming',
  aceMode: 'glsl',
  extensions: [
    '.glsl',
    '.fp',
    '.frag',
    '.frg',
    '.fs',
    '.fsh',
    '.fshader',
    '.geo',
    '.geom',
    '.glslf',
    '.glslv',
    '.gs',
    '.gshader',
    '.rchit',
    '.rmiss',
    '.shader',
    '.tesc',
    '.tese',
    '.vert',
    '.vrx',
    '.vs',
    '.vsh',
    '.vshader',
  ],
  languageId: 124,
  tmScope: 'source.glsl',
  color: '#5686a5',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Glyph.js
/* harmony default export */ const Glyph = ({
  name: 'Glyph',
  type: 'programming',
  aceMode: 'tcl',
  extensions: ['.glf'],
  languageId: 130,
  tmScope: 'source.tcl',
  codemirrorMode: 'tcl',
  codemirrorMimeType: 'text/x-tcl',
  color: '#c1ac7f',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Glyph_20_Bitmap_20_Distribution_20_Format.js
/* harmony default export */ const Glyph_20_Bitmap_20_Distribution_20_Format = ({
  name: 'Glyph Bitmap Distribution Format',
  type: 'data',
  aceMode: 'text',
  extensions: ['.bdf'],
  languageId: 997665271,
  tmScope: 'source.bdf',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/GN.js
/* harmony default export */ const GN = ({
  name: 'GN',
  type: 'data',
  aceMode: 'python',
  extensions: ['.gn', '.gni'],
  filenames: ['.gn'],
  languageId: 302957008,
  tmScope: 'source.gn',
  codemirrorMode: 'python',
  codemirrorMimeType: 'text/x-python',
  interpreters: ['gn'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Gno.js
/* harmony default export */ const Gno = ({
  name: 'Gno',
  type: 'programming',
  aceMode: 'golang',
  extensions: ['.gno'],
  languageId: 279301301,
  tmScope: 'source.gno',
  aliases: ['gnolang'],
  codemirrorMode: 'go',
  codemirrorMimeType: 'text/x-go',
  color: '#226c57',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Gnuplot.js
/* harmony default export */ const Gnuplot = ({
  name: 'Gnuplot',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.gp', '.gnu', '.gnuplot', '.p', '.plot', '.plt'],
  languageId: 131,
  tmScope: 'source.gnuplot',
  color: '#f0a9f0',
  interpreters: ['gnuplot'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Go.js
/* harmony default export */ const Go = ({
  name: 'Go',
  type: 'programming',
  aceMode: 'golang',
  extensions: ['.go'],
  languageId: 132,
  tmScope: 'source.go',
  aliases: ['golang'],
  codemirrorMode: 'go',
  codemirrorMimeType: 'text/x-go',
  color: '#00ADD8',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Go_20_Checksums.js
/* harmony default export */ const Go_20_Checksums = ({
  name: 'Go Checksums',
  type: 'data',
  aceMode: 'text',
  filenames: ['go.sum', 'go.work.sum'],
  languageId: 1054391671,
  tmScope: 'go.sum',
  aliases: ['go.sum', 'go sum', 'go.work.sum', 'go work sum'],
  color: '#00ADD8',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Go_20_Module.js
/* harmony default export */ const Go_20_Module = ({
  name: 'Go Module',
  type: 'data',
  aceMode: 'text',
  filenames: ['go.mod'],
  languageId: 947461016,
  tmScope: 'go.mod',
  aliases: ['go.mod', 'go mod'],
  color: '#00ADD8',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Go_20_Template.js
/* harmony default export */ const Go_20_Template = ({
  name: 'Go Template',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.gohtml', '.gotmpl', '.html.tmpl', '.tmpl', '.tpl'],
  filenames: ['_helpers.tpl'],
  languageId: 247918769,
  tmScope: 'source.go-template',
  aliases: ['gotmpl'],
  color: '#00ADD8',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Go_20_Workspace.js
/* harmony default export */ const Go_20_Workspace = ({
  name: 'Go Workspace',
  type: 'data',
  aceMode: 'text',
  filenames: ['go.work'],
  languageId: 934546256,
  tmScope: 'go.mod',
  aliases: ['go.work', 'go work'],
  color: '#00ADD8',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Godot_20_Resource.js
/* harmony default export */ const Godot_20_Resource = ({
  name: 'Godot Resource',
  type: 'data',
  aceMode: 'text',
  extensions: ['.gdnlib', '.gdns', '.tres', '.tscn'],
  filenames: ['project.godot'],
  languageId: 738107771,
  tmScope: 'source.gdresource',
  color: '#355570',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Golo.js
/* harmony default export */ const Golo = ({
  name: 'Golo',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.golo'],
  languageId: 133,
  tmScope: 'source.golo',
  color: '#88562A',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Gosu.js
/* harmony default export */ const Gosu = ({
  name: 'Gosu',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.gs', '.gst', '.gsx', '.vark'],
  languageId: 134,
  tmScope: 'source.gosu.2',
  color: '#82937f',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Grace.js
/* harmony default export */ const Grace = ({
  name: 'Grace',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.grace'],
  languageId: 135,
  tmScope: 'source.grace',
  color: '#615f8b',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Gradle.js
/* harmony default export */ const Gradle = ({
  name: 'Gradle',
  type: 'data',
  aceMode: 'text',
  extensions: ['.gradle'],
  languageId: 136,
  tmScope: 'source.groovy.gradle',
  color: '#02303a',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Gradle_20_Kotlin_20_DSL.js
/* harmony default export */ const Gradle_20_Kotlin_20_DSL = ({
  name: 'Gradle Kotlin DSL',
  type: 'data',
  aceMode: 'text',
  extensions: ['.gradle.kts'],
  languageId: 432600901,
  tmScope: 'source.kotlin',
  color: '#02303a',
  group: 'Gradle',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Grammatical_20_Framework.js
/* harmony default export */ const Grammatical_20_Framework = ({
  name: 'Grammatical Framework',
  type: 'programming',
  aceMode: 'haskell',
  extensions: ['.gf'],
  languageId: 137,
  tmScope: 'source.gf',
  aliases: ['gf'],
  codemirrorMode: 'haskell',
  codemirrorMimeType: 'text/x-haskell',
  color: '#ff0000',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Graph_20_Modeling_20_Language.js
/* harmony default export */ const Graph_20_Modeling_20_Language = ({
  name: 'Graph Modeling Language',
  type: 'data',
  aceMode: 'text',
  extensions: ['.gml'],
  languageId: 138,
  tmScope: 'none',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/GraphQL.js
/* harmony default export */ const GraphQL = ({
  name: 'GraphQL',
  type: 'data',
  aceMode: 'graphqlschema',
  extensions: ['.graphql', '.gql', '.graphqls'],
  languageId: 139,
  tmScope: 'source.graphql',
  color: '#e10098',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Graphviz_20__28_DOT_29_.js
/* harmony default export */ const Graphviz_20_28_DOT_29_ = ({
  name: 'Graphviz (DOT)',
  type: 'data',
  aceMode: 'dot',
  extensions: ['.dot', '.gv'],
  languageId: 140,
  tmScope: 'source.dot',
  color: '#2596be',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Groovy.js
/* harmony default export */ const Groovy = ({
  name: 'Groovy',
  type: 'programming',
  aceMode: 'groovy',
  extensions: ['.groovy', '.grt', '.gtpl', '.gvy'],
  filenames: ['Jenkinsfile'],
  languageId: 142,
  tmScope: 'source.groovy',
  codemirrorMode: 'groovy',
  codemirrorMimeType: 'text/x-groovy',
  color: '#4298b8',
  interpreters: ['groovy'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Groovy_20_Server_20_Pages.js
/* harmony default export */ const Groovy_20_Server_20_Pages = ({
  name: 'Groovy Server Pages',
  type: 'programming',
  aceMode: 'jsp',
  extensions: ['.gsp'],
  languageId: 143,
  tmScope: 'text.html.jsp',
  aliases: ['gsp', 'java server page'],
  codemirrorMode: 'htmlembedded',
  codemirrorMimeType: 'application/x-jsp',
  color: '#4298b8',
  group: 'Groovy',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/GSC.js
/* harmony default export */ const GSC = ({
  name: 'GSC',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.gsc', '.csc', '.gsh'],
  languageId: 257856279,
  tmScope: 'source.gsc',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csrc',
  color: '#FF6800',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/GtkRC.js
/* harmony default export */ const GtkRC = ({
  name: 'GtkRC',
  type: 'data',
  aceMode: 'ruby',
  extensions: ['.gtkrc'],
  filenames: ['gtkrc', 'gtkrc-2.0'],
  languageId: 876401352,
  tmScope: 'source.gtkrc',
  aliases: ['gtk', 'gtk 1', 'gtk 2'],
  codemirrorMode: 'ruby',
  codemirrorMimeType: 'text/x-ruby',
  color: '#7fe719',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Hack.js
/* harmony default export */ const Hack = ({
  name: 'Hack',
  type: 'programming',
  aceMode: 'php',
  extensions: ['.hack', '.hh', '.hhi', '.php'],
  languageId: 153,
  tmScope: 'source.hack',
  codemirrorMode: 'php',
  codemirrorMimeType: 'application/x-httpd-php',
  color: '#878787',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Haml.js
/* harmony default export */ const Haml = ({
  name: 'Haml',
  type: 'markup',
  aceMode: 'haml',
  extensions: ['.haml', '.haml.deface'],
  languageId: 154,
  tmScope: 'text.haml',
  codemirrorMode: 'haml',
  codemirrorMimeType: 'text/x-haml',
  color: '#ece2a9',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Handlebars.js
/* harmony default export */ const Handlebars = ({
  name: 'Handlebars',
  type: 'markup',
  aceMode: 'handlebars',
  extensions: ['.handlebars', '.hbs'],
  languageId: 155,
  tmScope: 'text.html.handlebars',
  aliases: ['hbs', 'htmlbars'],
  color: '#f7931e',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/HAProxy.js
/* harmony default export */ const HAProxy = ({
  name: 'HAProxy',
  type: 'data',
  aceMode: 'text',
  extensions: ['.cfg'],
  filenames: ['haproxy.cfg'],
  languageId: 366607477,
  tmScope: 'source.haproxy-config',
  color: '#106da9',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Harbour.js
/* harmony default export */ const Harbour = ({
  name: 'Harbour',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.hb'],
  languageId: 156,
  tmScope: 'source.harbour',
  color: '#0e60e3',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Hare.js
/* harmony default export */ const Hare = ({
  name: 'Hare',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ha'],
  languageId: 463518941,
  tmScope: 'none',
  color: '#9d7424',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Haskell.js
/* harmony default export */ const Haskell = ({
  name: 'Haskell',
  type: 'programming',
  aceMode: 'haskell',
  extensions: ['.hs', '.hs-boot', '.hsc'],
  languageId: 157,
  tmScope: 'source.haskell',
  codemirrorMode: 'haskell',
  codemirrorMimeType: 'text/x-haskell',
  color: '#5e5086',
  interpreters: ['runghc', 'runhaskell', 'runhugs'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Haxe.js
/* harmony default export */ const Haxe = ({
  name: 'Haxe',
  type: 'programming',
  aceMode: 'haxe',
  extensions: ['.hx', '.hxsl'],
  languageId: 158,
  tmScope: 'source.hx',
  codemirrorMode: 'haxe',
  codemirrorMimeType: 'text/x-haxe',
  color: '#df7900',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/HCL.js
/* harmony default export */ const HCL = ({
  name: 'HCL',
  type: 'programming',
  aceMode: 'terraform',
  extensions: ['.hcl', '.nomad', '.tf', '.tfvars', '.tofu', '.workflow'],
  languageId: 144,
  tmScope: 'source.hcl',
  aliases: ['HashiCorp Configuration Language', 'opentofu', 'terraform'],
  codemirrorMode: 'ruby',
  codemirrorMimeType: 'text/x-ruby',
  color: '#844FBA',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/HIP.js
/* harmony default export */ const HIP = ({
  name: 'HIP',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.hip'],
  languageId: 674379998,
  tmScope: 'source.c++',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-c++src',
  color: '#4F3A4F',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/HiveQL.js
/* harmony default export */ const HiveQL = ({
  name: 'HiveQL',
  type: 'programming',
  aceMode: 'sql',
  extensions: ['.q', '.hql'],
  languageId: 931814087,
  tmScope: 'source.hql',
  color: '#dce200',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/HLSL.js
/* harmony default export */ const HLSL = ({
  name: 'HLSL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.hlsl', '.cginc', '.fx', '.fxh', '.hlsli'],
  languageId: 145,
  tmScope: 'source.hlsl',
  color: '#aace60',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/HOCON.js
/* harmony default export */ const HOCON = ({
  name: 'HOCON',
  type: 'data',
  aceMode: 'text',
  extensions: ['.hocon'],
  filenames: ['.scalafix.conf', '.scalafmt.conf'],
  languageId: 679725279,
  tmScope: 'source.hocon',
  color: '#9ff8ee',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/HolyC.js
/* harmony default export */ const HolyC = ({
  name: 'HolyC',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.hc'],
  languageId: 928121743,
  tmScope: 'source.hc',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csrc',
  color: '#ffefaf',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/hoon.js
/* harmony default export */ const hoon = ({
  name: 'hoon',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.hoon'],
  languageId: 560883276,
  tmScope: 'source.hoon',
  color: '#00b171',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Hosts_20_File.js
/* harmony default export */ const Hosts_20_File = ({
  name: 'Hosts File',
  type: 'data',
  aceMode: 'text',
  filenames: ['HOSTS', 'hosts', 'hosts.txt'],
  languageId: 231021894,
  tmScope: 'source.hosts',
  aliases: ['hosts'],
  color: '#308888',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/HTML.js
/* harmony default export */ const HTML = ({
  name: 'HTML',
  type: 'markup',
  aceMode: 'html',
  extensions: ['.html', '.hta', '.htm', '.html.hl', '.inc', '.xht', '.xhtml'],
  languageId: 146,
  tmScope: 'text.html.basic',
  aliases: ['xhtml'],
  codemirrorMode: 'htmlmixed',
  codemirrorMimeType: 'text/html',
  color: '#e34c26',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/HTML_2b_ECR.js
/* harmony default export */ const HTML_2b_ECR = ({
  name: 'HTML+ECR',
  type: 'markup',
  aceMode: 'html_ruby',
  extensions: ['.ecr'],
  languageId: 148,
  tmScope: 'text.html.ecr',
  aliases: ['ecr'],
  codemirrorMode: 'htmlmixed',
  codemirrorMimeType: 'text/html',
  color: '#2e1052',
  group: 'HTML',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/HTML_2b_EEX.js
/* harmony default export */ const HTML_2b_EEX = ({
  name: 'HTML+EEX',
  type: 'markup',
  aceMode: 'html_elixir',
  extensions: ['.html.eex', '.heex', '.leex'],
  languageId: 149,
  tmScope: 'text.html.elixir',
  aliases: ['eex', 'heex', 'leex'],
  codemirrorMode: 'htmlmixed',
  codemirrorMimeType: 'text/html',
  color: '#6e4a7e',
  group: 'HTML',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/HTML_2b_ERB.js
/* harmony default export */ const HTML_2b_ERB = ({
  name: 'HTML+ERB',
  type: 'markup',
  aceMode: 'html_ruby',
  extensions: ['.erb', '.erb.deface', '.rhtml'],
  languageId: 150,
  tmScope: 'text.html.erb',
  aliases: ['erb', 'rhtml', 'html+ruby'],
  codemirrorMode: 'htmlembedded',
  codemirrorMimeType: 'application/x-erb',
  color: '#701516',
  group: 'HTML',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/HTML_2b_PHP.js
/* harmony default export */ const HTML_2b_PHP = ({
  name: 'HTML+PHP',
  type: 'markup',
  aceMode: 'php',
  extensions: ['.phtml'],
  languageId: 151,
  tmScope: 'text.html.php',
  codemirrorMode: 'php',
  codemirrorMimeType: 'application/x-httpd-php',
  color: '#4f5d95',
  group: 'HTML',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/HTML_2b_Razor.js
/* harmony default export */ const HTML_2b_Razor = ({
  name: 'HTML+Razor',
  type: 'markup',
  aceMode: 'razor',
  extensions: ['.cshtml', '.razor'],
  languageId: 479039817,
  tmScope: 'text.html.cshtml',
  aliases: ['razor'],
  codemirrorMode: 'htmlmixed',
  codemirrorMimeType: 'text/html',
  color: '#512be4',
  group: 'HTML',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/HTTP.js
/* harmony default export */ const HTTP = ({
  name: 'HTTP',
  type: 'data',
  aceMode: 'text',
  extensions: ['.http'],
  languageId: 152,
  tmScope: 'source.httpspec',
  codemirrorMode: 'http',
  codemirrorMimeType: 'message/http',
  color: '#005C9C',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Hurl.js
/* harmony default export */ const Hurl = ({
  name: 'Hurl',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.hurl'],
  languageId: 959040217,
  tmScope: 'source.hurl',
  color: '#FF0288',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/HXML.js
/* harmony default export */ const HXML = ({
  name: 'HXML',
  type: 'data',
  aceMode: 'text',
  extensions: ['.hxml'],
  languageId: 786683730,
  tmScope: 'source.hxml',
  codemirrorMode: 'haxe',
  codemirrorMimeType: 'text/x-hxml',
  color: '#f68712',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Hy.js
/* harmony default export */ const Hy = ({
  name: 'Hy',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.hy'],
  languageId: 159,
  tmScope: 'source.hy',
  aliases: ['hylang'],
  color: '#7790B2',
  interpreters: ['hy'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/HyPhy.js
/* harmony default export */ const HyPhy = ({
  name: 'HyPhy',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.bf'],
  languageId: 160,
  tmScope: 'none',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/iCalendar.js
/* harmony default export */ const iCalendar = ({
  name: 'iCalendar',
  type: 'data',
  aceMode: 'properties',
  extensions: ['.ics', '.ical'],
  languageId: 98384424,
  tmScope: 'source.iCalendar',
  aliases: ['iCal'],
  codemirrorMode: 'properties',
  codemirrorMimeType: 'text/x-properties',
  color: '#ec564c',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/IDL.js
/* harmony default export */ const IDL = ({
  name: 'IDL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.pro', '.dlm'],
  languageId: 161,
  tmScope: 'source.idl',
  codemirrorMode: 'idl',
  codemirrorMimeType: 'text/x-idl',
  color: '#a3522f',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Idris.js
/* harmony default export */ const Idris = ({
  name: 'Idris',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.idr', '.lidr'],
  languageId: 165,
  tmScope: 'source.idris',
  color: '#b30000',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Ignore_20_List.js
/* harmony default export */ const Ignore_20_List = ({
  name: 'Ignore List',
  type: 'data',
  aceMode: 'gitignore',
  extensions: ['.gitignore'],
  filenames: [
    '.agignore',
    '.atomignore',
    '.babelignore',
    '.bzrignore',
    '.ckignore',
    '.coffeelintignore',
    '.cvsignore',
    '.dockerignore',
    '.easignore',
    '.eleventyignore',
    '.eslint-ignore',
    '.eslintignore',
    '.gitignore',
    '.ignore',
    '.markdownlintignore',
    '.nodemonignore',
    '.npmignore',
    '.prettierignore',
    '.rgignore',
    '.stylelintignore',
    '.vercelignore',
    '.vscodeignore',
    'gitignore-global',
    'gitignore_global',
  ],
  languageId: 74444240,
  tmScope: 'source.gitignore',
  aliases: ['ignore', 'gitignore', 'git-ignore'],
  codemirrorMode: 'shell',
  codemirrorMimeType: 'text/x-sh',
  color: '#000000',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/IGOR_20_Pro.js
/* harmony default export */ const IGOR_20_Pro = ({
  name: 'IGOR Pro',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ipf'],
  languageId: 162,
  tmScope: 'source.igor',
  aliases: ['igor', 'igorpro'],
  color: '#0000cc',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/IL_20_Assembly.js
/* harmony default export */ const IL_20_Assembly = ({
  name: 'IL Assembly',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.il'],
  languageId: 592065806,
  tmScope: 'source.il',
  aliases: ['ilasm', 'msil'],
  color: '#512BD4',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ImageJ_20_Macro.js
/* harmony default export */ const ImageJ_20_Macro = ({
  name: 'ImageJ Macro',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ijm'],
  languageId: 575143428,
  tmScope: 'none',
  aliases: ['ijm'],
  color: '#99AAFF',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Imba.js
/* harmony default export */ const Imba = ({
  name: 'Imba',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.imba'],
  languageId: 1057618448,
  tmScope: 'source.imba',
  color: '#16cec6',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ImHex_20_Pattern_20_Language.js
/* harmony default export */ const ImHex_20_Pattern_20_Language = ({
  name: 'ImHex Pattern Language',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.hexpat'],
  languageId: 805861688,
  tmScope: 'source.pl',
  aliases: ['ImHex', 'ImHexPatternLanguage', 'imhexpl'],
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csrc',
  color: '#3a6be0',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Inform_20_7.js
/* harmony default export */ const Inform_20_7 = ({
  name: 'Inform 7',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ni', '.i7x'],
  languageId: 166,
  tmScope: 'source.inform7',
  aliases: ['i7', 'inform7'],
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/INI.js
/* harmony default export */ const INI = ({
  name: 'INI',
  type: 'data',
  aceMode: 'ini',
  extensions: [
    '.ini',
    '.cfg',
    '.cnf',
    '.container',
    '.dof',
    '.frm',
    '.lektorproject',
    '.mount',
    '.network',
    '.prefs',
    '.pro',
    '.properties',
    '.service',
    '.socket',
    '.target',
    '.timer',
    '.url',
  ],
  filenames: [
    '.buckconfig',
    '.coveragerc',
    '.flake8',
    '.gitreview',
    '.pylintrc',
    'HOSTS',
    'buildozer.spec',
    'hosts',
    'pylintrc',
    'vlcrc',
  ],
  languageId: 163,
  tmScope: 'source.ini',
  aliases: ['conf', 'dosini'],
  codemirrorMode: 'properties',
  codemirrorMimeType: 'text/x-properties',
  color: '#d1dbe0',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Ink.js
/* harmony default export */ const Ink = ({
  name: 'Ink',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ink'],
  languageId: 838252715,
  tmScope: 'source.ink',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Inno_20_Setup.js
/* harmony default export */ const Inno_20_Setup = ({
  name: 'Inno Setup',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.iss', '.isl'],
  languageId: 167,
  tmScope: 'source.inno',
  color: '#264b99',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Io.js
/* harmony default export */ const Io = ({
  name: 'Io',
  type: 'programming',
  aceMode: 'io',
  extensions: ['.io'],
  languageId: 168,
  tmScope: 'source.io',
  color: '#a9188d',
  interpreters: ['io'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Ioke.js
/* harmony default export */ const Ioke = ({
  name: 'Ioke',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ik'],
  languageId: 169,
  tmScope: 'source.ioke',
  color: '#078193',
  interpreters: ['ioke'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/IRC_20_log.js
/* harmony default export */ const IRC_20_log = ({
  name: 'IRC log',
  type: 'data',
  aceMode: 'text',
  extensions: ['.irclog', '.weechatlog'],
  languageId: 164,
  tmScope: 'none',
  aliases: ['irc', 'irc logs'],
  codemirrorMode: 'mirc',
  codemirrorMimeType: 'text/mirc',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Isabelle.js
/* harmony default export */ const Isabelle = ({
  name: 'Isabelle',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.thy'],
  languageId: 170,
  tmScope: 'source.isabelle.theory',
  color: '#FEFE00',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Isabelle_20_ROOT.js
/* harmony default export */ const Isabelle_20_ROOT = ({
  name: 'Isabelle ROOT',
  type: 'programming',
  aceMode: 'text',
  filenames: ['ROOT'],
  languageId: 171,
  tmScope: 'source.isabelle.root',
  color: '#FEFE00',
  group: 'Isabelle',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ISPC.js
/* harmony default export */ const ISPC = ({
  name: 'ISPC',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.ispc'],
  languageId: 327071,
  tmScope: 'source.ispc',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csrc',
  color: '#2D68B1',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/J.js
/* harmony default export */ const J = ({
  name: 'J',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ijs'],
  languageId: 172,
  tmScope: 'source.j',
  color: '#9EEDFF',
  interpreters: ['jconsole'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Jac.js
/* harmony default export */ const Jac = ({
  name: 'Jac',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.jac'],
  languageId: 235277043,
  tmScope: 'source.jac',
  color: '#FC792D',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Jai.js
/* harmony default export */ const Jai = ({
  name: 'Jai',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.jai'],
  languageId: 70127133,
  tmScope: 'source.jai',
  color: '#ab8b4b',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Janet.js
/* harmony default export */ const Janet = ({
  name: 'Janet',
  type: 'programming',
  aceMode: 'scheme',
  extensions: ['.janet'],
  languageId: 1028705371,
  tmScope: 'source.janet',
  codemirrorMode: 'scheme',
  codemirrorMimeType: 'text/x-scheme',
  color: '#0886a5',
  interpreters: ['janet'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/JAR_20_Manifest.js
/* harmony default export */ const JAR_20_Manifest = ({
  name: 'JAR Manifest',
  type: 'data',
  aceMode: 'text',
  filenames: ['MANIFEST.MF'],
  languageId: 447261135,
  tmScope: 'source.yaml',
  color: '#b07219',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Jasmin.js
/* harmony default export */ const Jasmin = ({
  name: 'Jasmin',
  type: 'programming',
  aceMode: 'java',
  extensions: ['.j'],
  languageId: 180,
  tmScope: 'source.jasmin',
  color: '#d03600',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/JASS.js
/* harmony default export */ const JASS = ({
  name: 'JASS',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.j'],
  languageId: 504860504,
  tmScope: 'source.jass',
  aliases: ['jass2'],
  color: '#FF0303',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Java.js
/* harmony default export */ const Java = ({
  name: 'Java',
  type: 'programming',
  aceMode: 'java',
  extensions: ['.java', '.jav', '.jsh'],
  languageId: 181,
  tmScope: 'source.java',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-java',
  color: '#b07219',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Java_20_Properties.js
/* harmony default export */ const Java_20_Properties = ({
  name: 'Java Properties',
  type: 'data',
  aceMode: 'properties',
  extensions: ['.properties'],
  languageId: 519377561,
  tmScope: 'source.java-properties',
  codemirrorMode: 'properties',
  codemirrorMimeType: 'text/x-properties',
  color: '#2A6277',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Java_20_Server_20_Pages.js
/* harmony default export */ const Java_20_Server_20_Pages = ({
  name: 'Java Server Pages',
  type: 'programming',
  aceMode: 'jsp',
  extensions: ['.jsp', '.tag'],
  languageId: 182,
  tmScope: 'text.html.jsp',
  aliases: ['jsp'],
  codemirrorMode: 'htmlembedded',
  codemirrorMimeType: 'application/x-jsp',
  color: '#2A6277',
  group: 'Java',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Java_20_Template_20_Engine.js
/* harmony default export */ const Java_20_Template_20_Engine = ({
  name: 'Java Template Engine',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.jte'],
  languageId: 599494012,
  tmScope: 'text.html.jte',
  aliases: ['jte'],
  color: '#2A6277',
  group: 'Java',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/JavaScript.js
/* harmony default export */ const JavaScript = ({
  name: 'JavaScript',
  type: 'programming',
  aceMode: 'javascript',
  extensions: [
    '.js',
    '._js',
    '.bones',
    '.cjs',
    '.es',
    '.es6',
    '.frag',
    '.gs',
    '.jake',
    '.javascript',
    '.jsb',
    '.jscad',
    '.jsfl',
    '.jslib',
    '.jsm',
    '.jspre',
    '.jss',
    '.jsx',
    '.mjs',
    '.njs',
    '.pac',
    '.sjs',
    '.ssjs',
    '.xsjs',
    '.xsjslib',
  ],
  filenames: ['Jakefile'],
  languageId: 183,
  tmScope: 'source.js',
  aliases: ['js', 'node'],
  codemirrorMode: 'javascript',
  codemirrorMimeType: 'text/javascript',
  color: '#f1e05a',
  interpreters: [
    'bun',
    'chakra',
    'd8',
    'deno',
    'gjs',
    'js',
    'node',
    'nodejs',
    'qjs',
    'rhino',
    'v8',
    'v8-shell',
  ],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/JavaScript_2b_ERB.js
/* harmony default export */ const JavaScript_2b_ERB = ({
  name: 'JavaScript+ERB',
  type: 'programming',
  aceMode: 'javascript',
  extensions: ['.js.erb'],
  languageId: 914318960,
  tmScope: 'source.js',
  codemirrorMode: 'javascript',
  codemirrorMimeType: 'application/javascript',
  color: '#f1e05a',
  group: 'JavaScript',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/JCL.js
/* harmony default export */ const JCL = ({
  name: 'JCL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.jcl'],
  languageId: 316620079,
  tmScope: 'source.jcl',
  color: '#d90e09',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Jest_20_Snapshot.js
/* harmony default export */ const Jest_20_Snapshot = ({
  name: 'Jest Snapshot',
  type: 'data',
  aceMode: 'javascript',
  extensions: ['.snap'],
  languageId: 774635084,
  tmScope: 'source.jest.snap',
  codemirrorMode: 'javascript',
  codemirrorMimeType: 'application/javascript',
  color: '#15c213',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/JetBrains_20_MPS.js
/* harmony default export */ const JetBrains_20_MPS = ({
  name: 'JetBrains MPS',
  type: 'programming',
  aceMode: 'xml',
  extensions: ['.mps', '.mpl', '.msd'],
  languageId: 465165328,
  tmScope: 'none',
  aliases: ['mps'],
  codemirrorMode: 'xml',
  codemirrorMimeType: 'text/xml',
  color: '#21D789',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/JFlex.js
/* harmony default export */ const JFlex = ({
  name: 'JFlex',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.flex', '.jflex'],
  languageId: 173,
  tmScope: 'source.jflex',
  color: '#DBCA00',
  group: 'Lex',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Jinja.js
/* harmony default export */ const Jinja = ({
  name: 'Jinja',
  type: 'markup',
  aceMode: 'django',
  extensions: ['.jinja', '.j2', '.jinja2'],
  languageId: 147,
  tmScope: 'text.html.django',
  aliases: ['django', 'html+django', 'html+jinja', 'htmldjango'],
  codemirrorMode: 'jinja2',
  codemirrorMimeType: 'text/jinja2',
  color: '#a52a22',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Jison.js
/* harmony default export */ const Jison = ({
  name: 'Jison',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.jison'],
  languageId: 284531423,
  tmScope: 'source.jison',
  color: '#56b3cb',
  group: 'Yacc',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Jison_20_Lex.js
/* harmony default export */ const Jison_20_Lex = ({
  name: 'Jison Lex',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.jisonlex'],
  languageId: 406395330,
  tmScope: 'source.jisonlex',
  color: '#56b3cb',
  group: 'Lex',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Jolie.js
/* harmony default export */ const Jolie = ({
  name: 'Jolie',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ol', '.iol'],
  languageId: 998078858,
  tmScope: 'source.jolie',
  color: '#843179',
  interpreters: ['jolie'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/jq.js
/* harmony default export */ const jq = ({
  name: 'jq',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.jq'],
  languageId: 905371884,
  tmScope: 'source.jq',
  color: '#c7254e',
  interpreters: ['gojq', 'jaq', 'jq', 'jqjq', 'jqq', 'query-json'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/JSON.js
/* harmony default export */ const JSON = ({
  name: 'JSON',
  type: 'data',
  aceMode: 'json',
  extensions: [
    '.json',
    '.4DForm',
    '.4DProject',
    '.avsc',
    '.geojson',
    '.gltf',
    '.har',
    '.ice',
    '.JSON-tmLanguage',
    '.json.example',
    '.jsonl',
    '.mcmeta',
    '.sarif',
    '.slnlaunch',
    '.tact',
    '.tfstate',
    '.tfstate.backup',
    '.topojson',
    '.webapp',
    '.webmanifest',
    '.yy',
    '.yyp',
  ],
  filenames: [
    '.all-contributorsrc',
    '.arcconfig',
    '.auto-changelog',
    '.c8rc',
    '.htmlhintrc',
    '.imgbotconfig',
    '.nycrc',
    '.releaserc',
    '.secrets.baseline',
    '.tern-config',
    '.tern-project',
    '.watchmanconfig',
    'MODULE.bazel.lock',
    'Package.resolved',
    'Pipfile.lock',
    'bun.lock',
    'composer.lock',
    'deno.lock',
    'flake.lock',
    'mcmod.info',
  ],
  languageId: 174,
  tmScope: 'source.json',
  aliases: ['geojson', 'jsonl', 'sarif', 'topojson'],
  codemirrorMode: 'javascript',
  codemirrorMimeType: 'application/json',
  color: '#292929',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/JSON_20_with_20_Comments.js
/* harmony default export */ const JSON_20_with_20_Comments = ({
  name: 'JSON with Comments',
  type: 'data',
  aceMode: 'javascript',
  extensions: [
    '.jsonc',
    '.code-snippets',
    '.code-workspace',
    '.hujson',
    '.sublime-build',
    '.sublime-color-scheme',
    '.sublime-commands',
    '.sublime-completions',
    '.sublime-keymap',
    '.sublime-macro',
    '.sublime-menu',
    '.sublime-mousemap',
    '.sublime-project',
    '.sublime-settings',
    '.sublime-theme',
    '.sublime-workspace',
    '.sublime_metrics',
    '.sublime_session',
    '.tsconfig.json',
  ],
  filenames: [
    '.babelrc',
    '.devcontainer.json',
    '.eslintrc',
    '.eslintrc.json',
    '.jscsrc',
    '.jshintrc',
    '.jslintrc',
    '.oxlintrc.json',
    '.swcrc',
    'api-extractor.json',
    'devcontainer.json',
    'jsconfig.json',
    'language-configuration.json',
    'tsconfig.json',
    'tslint.json',
  ],
  languageId: 423,
  tmScope: 'source.json.comments',
  aliases: ['jsonc'],
  codemirrorMode: 'javascript',
  codemirrorMimeType: 'text/javascript',
  color: '#292929',
  group: 'JSON',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/JSON5.js
/* harmony default export */ const JSON5 = ({
  name: 'JSON5',
  type: 'data',
  aceMode: 'json5',
  extensions: ['.json5'],
  languageId: 175,
  tmScope: 'source.js',
  codemirrorMode: 'javascript',
  codemirrorMimeType: 'application/json',
  color: '#267CB9',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/JSONiq.js
/* harmony default export */ const JSONiq = ({
  name: 'JSONiq',
  type: 'programming',
  aceMode: 'jsoniq',
  extensions: ['.jq'],
  languageId: 177,
  tmScope: 'source.jsoniq',
  codemirrorMode: 'javascript',
  codemirrorMimeType: 'application/json',
  color: '#40d47e',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/JSONLD.js
/* harmony default export */ const JSONLD = ({
  name: 'JSONLD',
  type: 'data',
  aceMode: 'javascript',
  extensions: ['.jsonld'],
  languageId: 176,
  tmScope: 'source.js',
  codemirrorMode: 'javascript',
  codemirrorMimeType: 'application/ld+json',
  color: '#0c479c',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Jsonnet.js
/* harmony default export */ const Jsonnet = ({
  name: 'Jsonnet',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.jsonnet', '.libsonnet'],
  languageId: 664885656,
  tmScope: 'source.jsonnet',
  color: '#0064bd',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Julia.js
/* harmony default export */ const Julia = ({
  name: 'Julia',
  type: 'programming',
  aceMode: 'julia',
  extensions: ['.jl'],
  languageId: 184,
  tmScope: 'source.julia',
  codemirrorMode: 'julia',
  codemirrorMimeType: 'text/x-julia',
  color: '#a270ba',
  interpreters: ['julia'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Julia_20_REPL.js
/* harmony default export */ const Julia_20_REPL = ({
  name: 'Julia REPL',
  type: 'programming',
  aceMode: 'text',
  languageId: 220689142,
  tmScope: 'source.julia.console',
  color: '#a270ba',
  group: 'Julia',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Jupyter_20_Notebook.js
/* harmony default export */ const Jupyter_20_Notebook = ({
  name: 'Jupyter Notebook',
  type: 'markup',
  aceMode: 'json',
  extensions: ['.ipynb'],
  filenames: ['Notebook'],
  languageId: 185,
  tmScope: 'source.json',
  aliases: ['IPython Notebook'],
  codemirrorMode: 'javascript',
  codemirrorMimeType: 'application/json',
  color: '#DA5B0B',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Just.js
/* harmony default export */ const Just = ({
  name: 'Just',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.just'],
  filenames: [
    '.JUSTFILE',
    '.Justfile',
    '.justfile',
    'JUSTFILE',
    'Justfile',
    'justfile',
  ],
  languageId: 128447695,
  tmScope: 'source.just',
  aliases: ['Justfile'],
  color: '#384d54',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Kaitai_20_Struct.js
/* harmony default export */ const Kaitai_20_Struct = ({
  name: 'Kaitai Struct',
  type: 'programming',
  aceMode: 'yaml',
  extensions: ['.ksy'],
  languageId: 818804755,
  tmScope: 'source.yaml',
  aliases: ['ksy'],
  codemirrorMode: 'yaml',
  codemirrorMimeType: 'text/x-yaml',
  color: '#773b37',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/KakouneScript.js
/* harmony default export */ const KakouneScript = ({
  name: 'KakouneScript',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.kak'],
  filenames: ['kakrc'],
  languageId: 603336474,
  tmScope: 'source.kakscript',
  aliases: ['kak', 'kakscript'],
  color: '#6f8042',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/KCL.js
/* harmony default export */ const KCL = ({
  name: 'KCL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.k'],
  filenames: ['kcl.mod', 'kcl.mod.lock'],
  languageId: 1052003890,
  tmScope: 'source.kcl',
  color: '#7ABABF',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/KDL.js
/* harmony default export */ const KDL = ({
  name: 'KDL',
  type: 'data',
  aceMode: 'tcl',
  extensions: ['.kdl'],
  languageId: 931123626,
  tmScope: 'source.kdl',
  codemirrorMode: 'yacas',
  codemirrorMimeType: 'text/x-yacas',
  color: '#ffb3b3',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/KerboScript.js
/* harmony default export */ const KerboScript = ({
  name: 'KerboScript',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ks'],
  languageId: 59716426,
  tmScope: 'source.kerboscript',
  color: '#41adf0',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/KFramework.js
/* harmony default export */ const KFramework = ({
  name: 'KFramework',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.k'],
  languageId: 9479532,
  tmScope: 'text.k',
  color: '#4195c5',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/KiCad_20_Layout.js
/* harmony default export */ const KiCad_20_Layout = ({
  name: 'KiCad Layout',
  type: 'data',
  aceMode: 'lisp',
  extensions: ['.kicad_pcb', '.kicad_mod', '.kicad_wks'],
  filenames: ['fp-lib-table'],
  languageId: 187,
  tmScope: 'source.pcb.sexp',
  aliases: ['pcbnew'],
  codemirrorMode: 'commonlisp',
  codemirrorMimeType: 'text/x-common-lisp',
  color: '#2f4aab',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/KiCad_20_Legacy_20_Layout.js
/* harmony default export */ const KiCad_20_Legacy_20_Layout = ({
  name: 'KiCad Legacy Layout',
  type: 'data',
  aceMode: 'text',
  extensions: ['.brd'],
  languageId: 140848857,
  tmScope: 'source.pcb.board',
  color: '#2f4aab',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/KiCad_20_Schematic.js
/* harmony default export */ const KiCad_20_Schematic = ({
  name: 'KiCad Schematic',
  type: 'data',
  aceMode: 'text',
  extensions: ['.kicad_sch', '.kicad_sym', '.sch'],
  languageId: 622447435,
  tmScope: 'source.pcb.schematic',
  aliases: ['eeschema schematic'],
  color: '#2f4aab',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Kickstart.js
/* harmony default export */ const Kickstart = ({
  name: 'Kickstart',
  type: 'data',
  aceMode: 'text',
  extensions: ['.ks'],
  languageId: 692635484,
  tmScope: 'source.kickstart',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Kit.js
/* harmony default export */ const Kit = ({
  name: 'Kit',
  type: 'markup',
  aceMode: 'html',
  extensions: ['.kit'],
  languageId: 188,
  tmScope: 'text.html.basic',
  codemirrorMode: 'htmlmixed',
  codemirrorMimeType: 'text/html',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Koka.js
/* harmony default export */ const Koka = ({
  name: 'Koka',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.kk'],
  languageId: 597930447,
  tmScope: 'source.koka',
  color: '#215166',
  interpreters: ['koka'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/KoLmafia_20_ASH.js
/* harmony default export */ const KoLmafia_20_ASH = ({
  name: 'KoLmafia ASH',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ash'],
  languageId: 852099832,
  tmScope: 'source.ash',
  color: '#B9D9B9',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Kotlin.js
/* harmony default export */ const Kotlin = ({
  name: 'Kotlin',
  type: 'programming',
  aceMode: 'kotlin',
  extensions: ['.kt', '.ktm', '.kts'],
  languageId: 189,
  tmScope: 'source.kotlin',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-kotlin',
  color: '#A97BFF',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/KRL.js
/* harmony default export */ const KRL = ({
  name: 'KRL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.krl'],
  languageId: 186,
  tmScope: 'none',
  color: '#28430A',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Kusto.js
/* harmony default export */ const Kusto = ({
  name: 'Kusto',
  type: 'data',
  aceMode: 'text',
  extensions: ['.csl', '.kql'],
  languageId: 225697190,
  tmScope: 'source.kusto',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/kvlang.js
/* harmony default export */ const kvlang = ({
  name: 'kvlang',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.kv'],
  languageId: 970675279,
  tmScope: 'source.python.kivy',
  color: '#1da6e0',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/LabVIEW.js
/* harmony default export */ const LabVIEW = ({
  name: 'LabVIEW',
  type: 'programming',
  aceMode: 'xml',
  extensions: ['.lvproj', '.lvclass', '.lvlib'],
  languageId: 194,
  tmScope: 'text.xml',
  codemirrorMode: 'xml',
  codemirrorMimeType: 'text/xml',
  color: '#fede06',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Lambdapi.js
/* harmony default export */ const Lambdapi = ({
  name: 'Lambdapi',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.lp'],
  languageId: 759240513,
  tmScope: 'source.lp',
  color: '#8027a3',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Langium.js
/* harmony default export */ const Langium = ({
  name: 'Langium',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.langium'],
  languageId: 548603830,
  tmScope: 'source.langium',
  color: '#2c8c87',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Lark.js
/* harmony default export */ const Lark = ({
  name: 'Lark',
  type: 'data',
  aceMode: 'text',
  extensions: ['.lark'],
  languageId: 758480799,
  tmScope: 'source.lark',
  codemirrorMode: 'ebnf',
  codemirrorMimeType: 'text/x-ebnf',
  color: '#2980B9',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Lasso.js
/* harmony default export */ const Lasso = ({
  name: 'Lasso',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.lasso', '.las', '.lasso8', '.lasso9'],
  languageId: 195,
  tmScope: 'file.lasso',
  aliases: ['lassoscript'],
  color: '#999999',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Latte.js
/* harmony default export */ const Latte = ({
  name: 'Latte',
  type: 'markup',
  aceMode: 'latte',
  extensions: ['.latte'],
  languageId: 196,
  tmScope: 'text.html.smarty',
  codemirrorMode: 'smarty',
  codemirrorMimeType: 'text/x-smarty',
  color: '#f2a542',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Lean.js
/* harmony default export */ const Lean = ({
  name: 'Lean',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.lean', '.hlean'],
  languageId: 197,
  tmScope: 'source.lean',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Lean_20_4.js
/* harmony default export */ const Lean_20_4 = ({
  name: 'Lean 4',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.lean'],
  languageId: 455147478,
  tmScope: 'source.lean4',
  aliases: ['lean4'],
  group: 'Lean',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Leo.js
/* harmony default export */ const Leo = ({
  name: 'Leo',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.leo'],
  languageId: 916034822,
  tmScope: 'source.leo',
  color: '#C4FFC2',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Less.js
/* harmony default export */ const Less = ({
  name: 'Less',
  type: 'markup',
  aceMode: 'less',
  extensions: ['.less'],
  languageId: 198,
  tmScope: 'source.css.less',
  aliases: ['less-css'],
  codemirrorMode: 'css',
  codemirrorMimeType: 'text/x-less',
  color: '#1d365d',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Lex.js
/* harmony default export */ const Lex = ({
  name: 'Lex',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.l', '.lex'],
  filenames: ['Lexer.x', 'lexer.x'],
  languageId: 199,
  tmScope: 'source.lex',
  aliases: ['flex'],
  color: '#DBCA00',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/LFE.js
/* harmony default export */ const LFE = ({
  name: 'LFE',
  type: 'programming',
  aceMode: 'lisp',
  extensions: ['.lfe'],
  languageId: 190,
  tmScope: 'source.lisp',
  codemirrorMode: 'commonlisp',
  codemirrorMimeType: 'text/x-common-lisp',
  color: '#4C3023',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/LigoLANG.js
/* harmony default export */ const LigoLANG = ({
  name: 'LigoLANG',
  type: 'programming',
  aceMode: 'pascal',
  extensions: ['.ligo'],
  languageId: 1040646257,
  tmScope: 'source.ligo',
  codemirrorMode: 'pascal',
  codemirrorMimeType: 'text/x-pascal',
  color: '#0e74ff',
  group: 'LigoLANG',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/LilyPond.js
/* harmony default export */ const LilyPond = ({
  name: 'LilyPond',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ly', '.ily'],
  languageId: 200,
  tmScope: 'source.lilypond',
  color: '#9ccc7c',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Limbo.js
/* harmony default export */ const Limbo = ({
  name: 'Limbo',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.b', '.m'],
  languageId: 201,
  tmScope: 'none',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Linear_20_Programming.js
/* harmony default export */ const Linear_20_Programming = ({
  name: 'Linear Programming',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.lp'],
  languageId: 377204539,
  tmScope: 'none',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Linker_20_Script.js
/* harmony default export */ const Linker_20_Script = ({
  name: 'Linker Script',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ld', '.lds', '.x'],
  filenames: ['ld.script'],
  languageId: 202,
  tmScope: 'source.c.linker',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Linux_20_Kernel_20_Module.js
/* harmony default export */ const Linux_20_Kernel_20_Module = ({
  name: 'Linux Kernel Module',
  type: 'data',
  aceMode: 'text',
  extensions: ['.mod'],
  languageId: 203,
  tmScope: 'none',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Liquid.js
/* harmony default export */ const Liquid = ({
  name: 'Liquid',
  type: 'markup',
  aceMode: 'liquid',
  extensions: ['.liquid'],
  languageId: 204,
  tmScope: 'text.html.liquid',
  color: '#67b8de',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Liquidsoap.js
/* harmony default export */ const Liquidsoap = ({
  name: 'Liquidsoap',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.liq'],
  languageId: 614641732,
  tmScope: 'source.liquidsoap',
  color: '#990066',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Literate_20_Agda.js
/* harmony default export */ const Literate_20_Agda = ({
  name: 'Literate Agda',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.lagda'],
  languageId: 205,
  tmScope: 'none',
  color: '#315665',
  group: 'Agda',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Literate_20_CoffeeScript.js
/* harmony default export */ const Literate_20_CoffeeScript = ({
  name: 'Literate CoffeeScript',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.litcoffee', '.coffee.md'],
  languageId: 206,
  tmScope: 'source.litcoffee',
  aliases: ['litcoffee'],
  color: '#244776',
  group: 'CoffeeScript',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Literate_20_Haskell.js
/* harmony default export */ const Literate_20_Haskell = ({
  name: 'Literate Haskell',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.lhs'],
  languageId: 207,
  tmScope: 'text.tex.latex.haskell',
  aliases: ['lhaskell', 'lhs'],
  codemirrorMode: 'haskell-literate',
  codemirrorMimeType: 'text/x-literate-haskell',
  color: '#5e5086',
  group: 'Haskell',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/LiveCode_20_Script.js
/* harmony default export */ const LiveCode_20_Script = ({
  name: 'LiveCode Script',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.livecodescript'],
  languageId: 891017,
  tmScope: 'source.livecodescript',
  color: '#0c5ba5',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/LiveScript.js
/* harmony default export */ const LiveScript = ({
  name: 'LiveScript',
  type: 'programming',
  aceMode: 'livescript',
  extensions: ['.ls', '._ls'],
  filenames: ['Slakefile'],
  languageId: 208,
  tmScope: 'source.livescript',
  aliases: ['live-script', 'ls'],
  codemirrorMode: 'livescript',
  codemirrorMimeType: 'text/x-livescript',
  color: '#499886',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/LLVM.js
/* harmony default export */ const LLVM = ({
  name: 'LLVM',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ll'],
  languageId: 191,
  tmScope: 'source.llvm',
  color: '#185619',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Lobster.js
/* harmony default export */ const Lobster = ({
  name: 'Lobster',
  type: 'programming',
  aceMode: 'python',
  extensions: ['.lobster'],
  languageId: 790066842,
  tmScope: 'source.lobster',
  color: '#f95428',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Logos.js
/* harmony default export */ const Logos = ({
  name: 'Logos',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.xm', '.x', '.xi'],
  languageId: 209,
  tmScope: 'source.logos',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Logtalk.js
/* harmony default export */ const Logtalk = ({
  name: 'Logtalk',
  type: 'programming',
  aceMode: 'logtalk',
  extensions: ['.lgt', '.logtalk'],
  languageId: 210,
  tmScope: 'source.logtalk',
  color: '#295b9a',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/LOLCODE.js
/* harmony default export */ const LOLCODE = ({
  name: 'LOLCODE',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.lol'],
  languageId: 192,
  tmScope: 'source.lolcode',
  color: '#cc9900',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/LookML.js
/* harmony default export */ const LookML = ({
  name: 'LookML',
  type: 'programming',
  aceMode: 'yaml',
  extensions: ['.lkml', '.lookml'],
  languageId: 211,
  tmScope: 'source.yaml',
  codemirrorMode: 'yaml',
  codemirrorMimeType: 'text/x-yaml',
  color: '#652B81',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/LoomScript.js
/* harmony default export */ const LoomScript = ({
  name: 'LoomScript',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ls'],
  languageId: 212,
  tmScope: 'source.loomscript',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/LSL.js
/* harmony default export */ const LSL = ({
  name: 'LSL',
  type: 'programming',
  aceMode: 'lsl',
  extensions: ['.lsl', '.lslp'],
  languageId: 193,
  tmScope: 'source.lsl',
  color: '#3d9970',
  interpreters: ['lsl'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/LTspice_20_Symbol.js
/* harmony default export */ const LTspice_20_Symbol = ({
  name: 'LTspice Symbol',
  type: 'data',
  aceMode: 'text',
  extensions: ['.asy'],
  languageId: 1013566805,
  tmScope: 'source.ltspice.symbol',
  codemirrorMode: 'spreadsheet',
  codemirrorMimeType: 'text/x-spreadsheet',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Lua.js
/* harmony default export */ const Lua = ({
  name: 'Lua',
  type: 'programming',
  aceMode: 'lua',
  extensions: [
    '.lua',
    '.fcgi',
    '.nse',
    '.p8',
    '.pd_lua',
    '.rbxs',
    '.rockspec',
    '.wlua',
  ],
  filenames: ['.luacheckrc'],
  languageId: 213,
  tmScope: 'source.lua',
  codemirrorMode: 'lua',
  codemirrorMimeType: 'text/x-lua',
  color: '#000080',
  interpreters: ['lua', 'luajit'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Luau.js
/* harmony default export */ const Luau = ({
  name: 'Luau',
  type: 'programming',
  aceMode: 'lua',
  extensions: ['.luau'],
  languageId: 365050359,
  tmScope: 'source.luau',
  codemirrorMode: 'lua',
  codemirrorMimeType: 'text/x-lua',
  color: '#00A2FF',
  interpreters: ['luau'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/M.js
/* harmony default export */ const M = ({
  name: 'M',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.mumps', '.m'],
  languageId: 214,
  tmScope: 'none',
  aliases: ['mumps'],
  codemirrorMode: 'mumps',
  codemirrorMimeType: 'text/x-mumps',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/M3U.js
/* harmony default export */ const M3U = ({
  name: 'M3U',
  type: 'data',
  aceMode: 'text',
  extensions: ['.m3u', '.m3u8'],
  languageId: 89638692,
  tmScope: 'source.m3u',
  aliases: ['hls playlist', 'm3u playlist'],
  color: '#179C7D',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/M4.js
/* harmony default export */ const M4 = ({
  name: 'M4',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.m4', '.mc'],
  languageId: 215,
  tmScope: 'source.m4',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/M4Sugar.js
/* harmony default export */ const M4Sugar = ({
  name: 'M4Sugar',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.m4'],
  filenames: ['configure.ac'],
  languageId: 216,
  tmScope: 'source.m4',
  aliases: ['autoconf'],
  group: 'M4',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Macaulay2.js
/* harmony default export */ const Macaulay2 = ({
  name: 'Macaulay2',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.m2'],
  languageId: 34167825,
  tmScope: 'source.m2',
  aliases: ['m2'],
  color: '#d8ffff',
  interpreters: ['M2'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Makefile.js
/* harmony default export */ const Makefile = ({
  name: 'Makefile',
  type: 'programming',
  aceMode: 'makefile',
  extensions: ['.mak', '.d', '.make', '.makefile', '.mk', '.mkfile'],
  filenames: [
    'BSDmakefile',
    'GNUmakefile',
    'Kbuild',
    'Makefile',
    'Makefile.am',
    'Makefile.boot',
    'Makefile.frag',
    'Makefile.in',
    'Makefile.inc',
    'Makefile.pc',
    'Makefile.wat',
    'makefile',
    'makefile.sco',
    'mkfile',
  ],
  languageId: 220,
  tmScope: 'source.makefile',
  aliases: ['bsdmake', 'make', 'mf'],
  codemirrorMode: 'cmake',
  codemirrorMimeType: 'text/x-cmake',
  color: '#427819',
  interpreters: ['make'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Mako.js
/* harmony default export */ const Mako = ({
  name: 'Mako',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.mako', '.mao'],
  languageId: 221,
  tmScope: 'text.html.mako',
  color: '#7e858d',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Markdown.js
/* harmony default export */ const Markdown = ({
  name: 'Markdown',
  type: 'prose',
  aceMode: 'markdown',
  extensions: [
    '.md',
    '.livemd',
    '.markdown',
    '.mdown',
    '.mdwn',
    '.mkd',
    '.mkdn',
    '.mkdown',
    '.ronn',
    '.scd',
    '.workbook',
  ],
  filenames: ['contents.lr'],
  languageId: 222,
  tmScope: 'text.md',
  aliases: ['md', 'pandoc'],
  codemirrorMode: 'gfm',
  codemirrorMimeType: 'text/x-gfm',
  color: '#083fa1',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Marko.js
/* harmony default export */ const Marko = ({
  name: 'Marko',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.marko'],
  languageId: 932782397,
  tmScope: 'text.marko',
  aliases: ['markojs'],
  codemirrorMode: 'htmlmixed',
  codemirrorMimeType: 'text/html',
  color: '#42bff2',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Mask.js
/* harmony default export */ const Mask = ({
  name: 'Mask',
  type: 'markup',
  aceMode: 'mask',
  extensions: ['.mask'],
  languageId: 223,
  tmScope: 'source.mask',
  color: '#f97732',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Mathematical_20_Programming_20_System.js
/* harmony default export */ const Mathematical_20_Programming_20_System = ({
  name: 'Mathematical Programming System',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.mps'],
  languageId: 429002699,
  tmScope: 'text.source.mps',
  color: '#0530ad',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/MATLAB.js
/* harmony default export */ const MATLAB = ({
  name: 'MATLAB',
  type: 'programming',
  aceMode: 'matlab',
  extensions: ['.matlab', '.m'],
  languageId: 225,
  tmScope: 'source.matlab',
  aliases: ['octave'],
  codemirrorMode: 'octave',
  codemirrorMimeType: 'text/x-octave',
  color: '#e16737',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Maven_20_POM.js
/* harmony default export */ const Maven_20_POM = ({
  name: 'Maven POM',
  type: 'data',
  aceMode: 'xml',
  filenames: ['pom.xml'],
  languageId: 226,
  tmScope: 'text.xml.pom',
  codemirrorMode: 'xml',
  codemirrorMimeType: 'text/xml',
  group: 'XML',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Max.js
/* harmony default export */ const Max = ({
  name: 'Max',
  type: 'programming',
  aceMode: 'json',
  extensions: ['.maxpat', '.maxhelp', '.maxproj', '.mxt', '.pat'],
  languageId: 227,
  tmScope: 'source.json',
  aliases: ['max/msp', 'maxmsp'],
  codemirrorMode: 'javascript',
  codemirrorMimeType: 'application/json',
  color: '#c4a79c',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/MAXScript.js
/* harmony default export */ const MAXScript = ({
  name: 'MAXScript',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ms', '.mcr'],
  languageId: 217,
  tmScope: 'source.maxscript',
  color: '#00a6a6',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/mcfunction.js
/* harmony default export */ const mcfunction = ({
  name: 'mcfunction',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.mcfunction'],
  languageId: 462488745,
  tmScope: 'source.mcfunction',
  color: '#E22837',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/mdsvex.js
/* harmony default export */ const mdsvex = ({
  name: 'mdsvex',
  type: 'markup',
  aceMode: 'markdown',
  extensions: ['.svx'],
  languageId: 566198445,
  tmScope: 'none',
  codemirrorMode: 'gfm',
  codemirrorMimeType: 'text/x-gfm',
  color: '#5f9ea0',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/MDX.js
/* harmony default export */ const MDX = ({
  name: 'MDX',
  type: 'markup',
  aceMode: 'markdown',
  extensions: ['.mdx'],
  languageId: 512838272,
  tmScope: 'source.mdx',
  codemirrorMode: 'gfm',
  codemirrorMimeType: 'text/x-gfm',
  color: '#fcb32c',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Mercury.js
/* harmony default export */ const Mercury = ({
  name: 'Mercury',
  type: 'programming',
  aceMode: 'prolog',
  extensions: ['.m', '.moo'],
  languageId: 229,
  tmScope: 'source.mercury',
  color: '#ff2b2b',
  interpreters: ['mmi'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Mermaid.js
/* harmony default export */ const Mermaid = ({
  name: 'Mermaid',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.mmd', '.mermaid'],
  languageId: 385992043,
  tmScope: 'source.mermaid',
  aliases: ['mermaid example'],
  color: '#ff3670',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Meson.js
/* harmony default export */ const Meson = ({
  name: 'Meson',
  type: 'programming',
  aceMode: 'text',
  filenames: ['meson.build', 'meson_options.txt'],
  languageId: 799141244,
  tmScope: 'source.meson',
  color: '#007800',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Metal.js
/* harmony default export */ const Metal = ({
  name: 'Metal',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.metal'],
  languageId: 230,
  tmScope: 'source.c++',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-c++src',
  color: '#8f14e9',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/MeTTa.js
/* harmony default export */ const MeTTa = ({
  name: 'MeTTa',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.metta'],
  languageId: 1037612668,
  tmScope: 'source.metta',
  color: '#6a5acd',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Microsoft_20_Developer_20_Studio_20_Project.js
/* harmony default export */ const Microsoft_20_Developer_20_Studio_20_Project = ({
  name: 'Microsoft Developer Studio Project',
  type: 'data',
  aceMode: 'text',
  extensions: ['.dsp'],
  languageId: 800983837,
  tmScope: 'none',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Microsoft_20_Visual_20_Studio_20_Solution.js
/* harmony default export */ const Microsoft_20_Visual_20_Studio_20_Solution = ({
  name: 'Microsoft Visual Studio Solution',
  type: 'data',
  aceMode: 'text',
  extensions: ['.sln'],
  languageId: 849523096,
  tmScope: 'source.solution',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/MiniD.js
/* harmony default export */ const MiniD = ({
  name: 'MiniD',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.minid'],
  languageId: 231,
  tmScope: 'none',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/MiniScript.js
/* harmony default export */ const MiniScript = ({
  name: 'MiniScript',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ms'],
  languageId: 704299647,
  tmScope: 'source.ms',
  color: '#4B4A56',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/MiniYAML.js
/* harmony default export */ const MiniYAML = ({
  name: 'MiniYAML',
  type: 'data',
  aceMode: 'yaml',
  extensions: ['.yaml', '.yml'],
  languageId: 4896465,
  tmScope: 'source.miniyaml',
  codemirrorMode: 'yaml',
  codemirrorMimeType: 'text/x-yaml',
  color: '#ff1111',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/MiniZinc.js
/* harmony default export */ const MiniZinc = ({
  name: 'MiniZinc',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.mzn'],
  languageId: 238874535,
  tmScope: 'source.mzn',
  color: '#06a9e6',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/MiniZinc_20_Data.js
/* harmony default export */ const MiniZinc_20_Data = ({
  name: 'MiniZinc Data',
  type: 'data',
  aceMode: 'text',
  extensions: ['.dzn'],
  languageId: 938193433,
  tmScope: 'source.mzn',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Mint.js
/* harmony default export */ const Mint = ({
  name: 'Mint',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.mint'],
  languageId: 968740319,
  tmScope: 'source.mint',
  color: '#02b046',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Mirah.js
/* harmony default export */ const Mirah = ({
  name: 'Mirah',
  type: 'programming',
  aceMode: 'ruby',
  extensions: ['.druby', '.duby', '.mirah'],
  languageId: 232,
  tmScope: 'source.ruby',
  codemirrorMode: 'ruby',
  codemirrorMimeType: 'text/x-ruby',
  color: '#c7a938',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/mIRC_20_Script.js
/* harmony default export */ const mIRC_20_Script = ({
  name: 'mIRC Script',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.mrc'],
  languageId: 517654727,
  tmScope: 'source.msl',
  color: '#3d57c3',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/MLIR.js
/* harmony default export */ const MLIR = ({
  name: 'MLIR',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.mlir'],
  languageId: 448253929,
  tmScope: 'source.mlir',
  color: '#5EC8DB',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Modelica.js
/* harmony default export */ const Modelica = ({
  name: 'Modelica',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.mo'],
  languageId: 233,
  tmScope: 'source.modelica',
  codemirrorMode: 'modelica',
  codemirrorMimeType: 'text/x-modelica',
  color: '#de1d31',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Modula-2.js
/* harmony default export */ const Modula_2 = ({
  name: 'Modula-2',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.mod'],
  languageId: 234,
  tmScope: 'source.modula2',
  color: '#10253f',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Modula-3.js
/* harmony default export */ const Modula_3 = ({
  name: 'Modula-3',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.i3', '.ig', '.m3', '.mg'],
  languageId: 564743864,
  tmScope: 'source.modula-3',
  color: '#223388',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Module_20_Management_20_System.js
/* harmony default export */ const Module_20_Management_20_System = ({
  name: 'Module Management System',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.mms', '.mmk'],
  filenames: ['descrip.mmk', 'descrip.mms'],
  languageId: 235,
  tmScope: 'none',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Mojo.js
/* harmony default export */ const Mojo = ({
  name: 'Mojo',
  type: 'programming',
  aceMode: 'python',
  extensions: ['.mojo'],
  languageId: 1045019587,
  tmScope: 'source.mojo',
  codemirrorMode: 'python',
  codemirrorMimeType: 'text/x-python',
  color: '#ff4c1f',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Monkey.js
/* harmony default export */ const Monkey = ({
  name: 'Monkey',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.monkey', '.monkey2'],
  languageId: 236,
  tmScope: 'source.monkey',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Monkey_20_C.js
/* harmony default export */ const Monkey_20_C = ({
  name: 'Monkey C',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.mc'],
  languageId: 231751931,
  tmScope: 'source.mc',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csrc',
  color: '#8D6747',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Moocode.js
/* harmony default export */ const Moocode = ({
  name: 'Moocode',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.moo'],
  languageId: 237,
  tmScope: 'none',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/MoonBit.js
/* harmony default export */ const MoonBit = ({
  name: 'MoonBit',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.mbt'],
  languageId: 181453007,
  tmScope: 'source.moonbit',
  color: '#b92381',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/MoonScript.js
/* harmony default export */ const MoonScript = ({
  name: 'MoonScript',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.moon'],
  languageId: 238,
  tmScope: 'source.moonscript',
  color: '#ff4585',
  interpreters: ['moon'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Motoko.js
/* harmony default export */ const Motoko = ({
  name: 'Motoko',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.mo'],
  languageId: 202937027,
  tmScope: 'source.mo',
  color: '#fbb03b',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Motorola_20_68K_20_Assembly.js
/* harmony default export */ const Motorola_20_68K_20_Assembly = ({
  name: 'Motorola 68K Assembly',
  type: 'programming',
  aceMode: 'assembly_x86',
  extensions: ['.asm', '.i', '.inc', '.s', '.x68'],
  languageId: 477582706,
  tmScope: 'source.m68k',
  aliases: ['m68k'],
  color: '#005daa',
  group: 'Assembly',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Move.js
/* harmony default export */ const Move = ({
  name: 'Move',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.move'],
  languageId: 638334599,
  tmScope: 'source.move',
  color: '#4a137a',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/MQL4.js
/* harmony default export */ const MQL4 = ({
  name: 'MQL4',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.mq4', '.mqh'],
  languageId: 426,
  tmScope: 'source.mql5',
  color: '#62A8D6',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/MQL5.js
/* harmony default export */ const MQL5 = ({
  name: 'MQL5',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.mq5', '.mqh'],
  languageId: 427,
  tmScope: 'source.mql5',
  color: '#4A76B8',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/MTML.js
/* harmony default export */ const MTML = ({
  name: 'MTML',
  type: 'markup',
  aceMode: 'html',
  extensions: ['.mtml'],
  languageId: 218,
  tmScope: 'text.html.basic',
  codemirrorMode: 'htmlmixed',
  codemirrorMimeType: 'text/html',
  color: '#b7e1f4',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/MUF.js
/* harmony default export */ const MUF = ({
  name: 'MUF',
  type: 'programming',
  aceMode: 'forth',
  extensions: ['.muf', '.m'],
  languageId: 219,
  tmScope: 'none',
  codemirrorMode: 'forth',
  codemirrorMimeType: 'text/x-forth',
  group: 'Forth',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/mupad.js
/* harmony default export */ const mupad = ({
  name: 'mupad',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.mu'],
  languageId: 416,
  tmScope: 'source.mupad',
  color: '#244963',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Muse.js
/* harmony default export */ const Muse = ({
  name: 'Muse',
  type: 'prose',
  aceMode: 'text',
  extensions: ['.muse'],
  languageId: 474864066,
  tmScope: 'text.muse',
  aliases: ['amusewiki', 'emacs muse'],
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Mustache.js
/* harmony default export */ const Mustache = ({
  name: 'Mustache',
  type: 'markup',
  aceMode: 'smarty',
  extensions: ['.mustache'],
  languageId: 638334590,
  tmScope: 'text.html.smarty',
  codemirrorMode: 'smarty',
  codemirrorMimeType: 'text/x-smarty',
  color: '#724b3b',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Myghty.js
/* harmony default export */ const Myghty = ({
  name: 'Myghty',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.myt'],
  languageId: 239,
  tmScope: 'none',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/nanorc.js
/* harmony default export */ const nanorc = ({
  name: 'nanorc',
  type: 'data',
  aceMode: 'text',
  extensions: ['.nanorc'],
  filenames: ['.nanorc', 'nanorc'],
  languageId: 775996197,
  tmScope: 'source.nanorc',
  color: '#2d004d',
  group: 'INI',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Nasal.js
/* harmony default export */ const Nasal = ({
  name: 'Nasal',
  type: 'programming',
  aceMode: 'nasal',
  extensions: ['.nas'],
  languageId: 178322513,
  tmScope: 'source.nasal',
  color: '#1d2c4e',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/NASL.js
/* harmony default export */ const NASL = ({
  name: 'NASL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.nasl', '.inc'],
  languageId: 171666519,
  tmScope: 'source.nasl',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/NCL.js
/* harmony default export */ const NCL = ({
  name: 'NCL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ncl'],
  languageId: 240,
  tmScope: 'source.ncl',
  color: '#28431f',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Nearley.js
/* harmony default export */ const Nearley = ({
  name: 'Nearley',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ne', '.nearley'],
  languageId: 521429430,
  tmScope: 'source.ne',
  color: '#990000',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Nemerle.js
/* harmony default export */ const Nemerle = ({
  name: 'Nemerle',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.n'],
  languageId: 243,
  tmScope: 'source.nemerle',
  color: '#3d3c6e',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/NEON.js
/* harmony default export */ const NEON = ({
  name: 'NEON',
  type: 'data',
  aceMode: 'text',
  extensions: ['.neon'],
  languageId: 481192983,
  tmScope: 'source.neon',
  aliases: ['nette object notation', 'ne-on'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/nesC.js
/* harmony default export */ const nesC = ({
  name: 'nesC',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.nc'],
  languageId: 417,
  tmScope: 'source.nesc',
  color: '#94B0C7',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/NetLinx.js
/* harmony default export */ const NetLinx = ({
  name: 'NetLinx',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.axs', '.axi'],
  languageId: 244,
  tmScope: 'source.netlinx',
  color: '#0aa0ff',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/NetLinx_2b_ERB.js
/* harmony default export */ const NetLinx_2b_ERB = ({
  name: 'NetLinx+ERB',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.axs.erb', '.axi.erb'],
  languageId: 245,
  tmScope: 'source.netlinx.erb',
  color: '#747faa',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/NetLogo.js
/* harmony default export */ const NetLogo = ({
  name: 'NetLogo',
  type: 'programming',
  aceMode: 'lisp',
  extensions: ['.nlogo'],
  languageId: 246,
  tmScope: 'source.lisp',
  codemirrorMode: 'commonlisp',
  codemirrorMimeType: 'text/x-common-lisp',
  color: '#ff6375',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/NewLisp.js
/* harmony default export */ const NewLisp = ({
  name: 'NewLisp',
  type: 'programming',
  aceMode: 'lisp',
  extensions: ['.nl', '.lisp', '.lsp'],
  languageId: 247,
  tmScope: 'source.lisp',
  codemirrorMode: 'commonlisp',
  codemirrorMimeType: 'text/x-common-lisp',
  color: '#87AED7',
  interpreters: ['newlisp'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Nextflow.js
/* harmony default export */ const Nextflow = ({
  name: 'Nextflow',
  type: 'programming',
  aceMode: 'groovy',
  extensions: ['.nf'],
  filenames: ['nextflow.config'],
  languageId: 506780613,
  tmScope: 'source.nextflow',
  color: '#3ac486',
  interpreters: ['nextflow'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Nginx.js
/* harmony default export */ const Nginx = ({
  name: 'Nginx',
  type: 'data',
  aceMode: 'nginx',
  extensions: ['.nginx', '.nginxconf', '.vhost'],
  filenames: ['nginx.conf'],
  languageId: 248,
  tmScope: 'source.nginx',
  aliases: ['nginx configuration file'],
  codemirrorMode: 'nginx',
  codemirrorMimeType: 'text/x-nginx-conf',
  color: '#009639',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Nickel.js
/* harmony default export */ const Nickel = ({
  name: 'Nickel',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ncl'],
  languageId: 1067292664,
  tmScope: 'source.nickel',
  color: '#E0C3FC',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Nim.js
/* harmony default export */ const Nim = ({
  name: 'Nim',
  type: 'programming',
  aceMode: 'nim',
  extensions: ['.nim', '.nim.cfg', '.nimble', '.nimrod', '.nims'],
  filenames: ['nim.cfg'],
  languageId: 249,
  tmScope: 'source.nim',
  color: '#ffc200',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Ninja.js
/* harmony default export */ const Ninja = ({
  name: 'Ninja',
  type: 'data',
  aceMode: 'text',
  extensions: ['.ninja'],
  languageId: 250,
  tmScope: 'source.ninja',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Nit.js
/* harmony default export */ const Nit = ({
  name: 'Nit',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.nit'],
  languageId: 251,
  tmScope: 'source.nit',
  color: '#009917',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Nix.js
/* harmony default export */ const Nix = ({
  name: 'Nix',
  type: 'programming',
  aceMode: 'nix',
  extensions: ['.nix'],
  languageId: 252,
  tmScope: 'source.nix',
  aliases: ['nixos'],
  color: '#7e7eff',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/NL.js
/* harmony default export */ const NL = ({
  name: 'NL',
  type: 'data',
  aceMode: 'text',
  extensions: ['.nl'],
  languageId: 241,
  tmScope: 'none',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/NMODL.js
/* harmony default export */ const NMODL = ({
  name: 'NMODL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.mod'],
  languageId: 136456478,
  tmScope: 'none',
  color: '#00356B',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Noir.js
/* harmony default export */ const Noir = ({
  name: 'Noir',
  type: 'programming',
  aceMode: 'rust',
  extensions: ['.nr'],
  languageId: 813068465,
  tmScope: 'source.nr',
  aliases: ['nargo'],
  codemirrorMode: 'rust',
  codemirrorMimeType: 'text/x-rustsrc',
  color: '#2f1f49',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/NPM_20_Config.js
/* harmony default export */ const NPM_20_Config = ({
  name: 'NPM Config',
  type: 'data',
  aceMode: 'text',
  filenames: ['.npmrc'],
  languageId: 685022663,
  tmScope: 'source.ini.npmrc',
  aliases: ['npmrc'],
  color: '#cb3837',
  group: 'INI',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/NSIS.js
/* harmony default export */ const NSIS = ({
  name: 'NSIS',
  type: 'programming',
  aceMode: 'nsis',
  extensions: ['.nsi', '.nsh'],
  languageId: 242,
  tmScope: 'source.nsis',
  codemirrorMode: 'nsis',
  codemirrorMimeType: 'text/x-nsis',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Nu.js
/* harmony default export */ const Nu = ({
  name: 'Nu',
  type: 'programming',
  aceMode: 'scheme',
  extensions: ['.nu'],
  filenames: ['Nukefile'],
  languageId: 253,
  tmScope: 'source.nu',
  aliases: ['nush'],
  codemirrorMode: 'scheme',
  codemirrorMimeType: 'text/x-scheme',
  color: '#c9df40',
  interpreters: ['nush'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/NumPy.js
/* harmony default export */ const NumPy = ({
  name: 'NumPy',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.numpy', '.numpyw', '.numsc'],
  languageId: 254,
  tmScope: 'none',
  codemirrorMode: 'python',
  codemirrorMimeType: 'text/x-python',
  color: '#9C8AF9',
  group: 'Python',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Nunjucks.js
/* harmony default export */ const Nunjucks = ({
  name: 'Nunjucks',
  type: 'markup',
  aceMode: 'nunjucks',
  extensions: ['.njk'],
  languageId: 461856962,
  tmScope: 'text.html.nunjucks',
  aliases: ['njk'],
  color: '#3d8137',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Nushell.js
/* harmony default export */ const Nushell = ({
  name: 'Nushell',
  type: 'programming',
  aceMode: 'sh',
  extensions: ['.nu'],
  languageId: 446573572,
  tmScope: 'source.nushell',
  aliases: ['nu-script', 'nushell-script'],
  codemirrorMode: 'shell',
  codemirrorMimeType: 'text/x-sh',
  color: '#4E9906',
  interpreters: ['nu'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/NWScript.js
/* harmony default export */ const NWScript = ({
  name: 'NWScript',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.nss'],
  languageId: 731233819,
  tmScope: 'source.c.nwscript',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csrc',
  color: '#111522',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/OASv2-json.js
/* harmony default export */ const OASv2_json = ({
  name: 'OASv2-json',
  type: 'data',
  aceMode: 'json',
  extensions: ['.json'],
  languageId: 834374816,
  tmScope: 'source.json',
  codemirrorMode: 'javascript',
  codemirrorMimeType: 'application/json',
  color: '#85ea2d',
  group: 'OpenAPI Specification v2',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/OASv2-yaml.js
/* harmony default export */ const OASv2_yaml = ({
  name: 'OASv2-yaml',
  type: 'data',
  aceMode: 'yaml',
  extensions: ['.yaml', '.yml'],
  languageId: 105187618,
  tmScope: 'source.yaml',
  codemirrorMode: 'yaml',
  codemirrorMimeType: 'text/x-yaml',
  color: '#85ea2d',
  group: 'OpenAPI Specification v2',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/OASv3-json.js
/* harmony default export */ const OASv3_json = ({
  name: 'OASv3-json',
  type: 'data',
  aceMode: 'json',
  extensions: ['.json'],
  languageId: 980062566,
  tmScope: 'source.json',
  codemirrorMode: 'javascript',
  codemirrorMimeType: 'application/json',
  color: '#85ea2d',
  group: 'OpenAPI Specification v3',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/OASv3-yaml.js
/* harmony default export */ const OASv3_yaml = ({
  name: 'OASv3-yaml',
  type: 'data',
  aceMode: 'yaml',
  extensions: ['.yaml', '.yml'],
  languageId: 51239111,
  tmScope: 'source.yaml',
  codemirrorMode: 'yaml',
  codemirrorMimeType: 'text/x-yaml',
  color: '#85ea2d',
  group: 'OpenAPI Specification v3',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Oberon.js
/* harmony default export */ const Oberon = ({
  name: 'Oberon',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ob2'],
  languageId: 677210597,
  tmScope: 'source.modula2',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ObjDump.js
/* harmony default export */ const ObjDump = ({
  name: 'ObjDump',
  type: 'data',
  aceMode: 'assembly_x86',
  extensions: ['.objdump'],
  languageId: 256,
  tmScope: 'objdump.x86asm',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Object_20_Data_20_Instance_20_Notation.js
/* harmony default export */ const Object_20_Data_20_Instance_20_Notation = ({
  name: 'Object Data Instance Notation',
  type: 'data',
  aceMode: 'text',
  extensions: ['.odin'],
  languageId: 985227236,
  tmScope: 'source.odin-ehr',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Objective-C.js
/* harmony default export */ const Objective_C = ({
  name: 'Objective-C',
  type: 'programming',
  aceMode: 'objectivec',
  extensions: ['.m', '.h'],
  languageId: 257,
  tmScope: 'source.objc',
  aliases: ['obj-c', 'objc', 'objectivec'],
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-objectivec',
  color: '#438eff',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Objective-C_2b__2b_.js
/* harmony default export */ const Objective_C_2b_2b_ = ({
  name: 'Objective-C++',
  type: 'programming',
  aceMode: 'objectivec',
  extensions: ['.mm'],
  languageId: 258,
  tmScope: 'source.objc++',
  aliases: ['obj-c++', 'objc++', 'objectivec++'],
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-objectivec++',
  color: '#6866fb',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Objective-J.js
/* harmony default export */ const Objective_J = ({
  name: 'Objective-J',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.j', '.sj'],
  languageId: 259,
  tmScope: 'source.js.objj',
  aliases: ['obj-j', 'objectivej', 'objj'],
  color: '#ff0c5a',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ObjectScript.js
/* harmony default export */ const ObjectScript = ({
  name: 'ObjectScript',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.cls'],
  languageId: 202735509,
  tmScope: 'source.objectscript',
  color: '#424893',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/OCaml.js
/* harmony default export */ const OCaml = ({
  name: 'OCaml',
  type: 'programming',
  aceMode: 'ocaml',
  extensions: ['.ml', '.eliom', '.eliomi', '.ml4', '.mli', '.mll', '.mly'],
  languageId: 255,
  tmScope: 'source.ocaml',
  codemirrorMode: 'mllike',
  codemirrorMimeType: 'text/x-ocaml',
  color: '#ef7a08',
  interpreters: ['ocaml', 'ocamlrun', 'ocamlscript'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Odin.js
/* harmony default export */ const Odin = ({
  name: 'Odin',
  type: 'programming',
  aceMode: 'odin',
  extensions: ['.odin'],
  languageId: 889244082,
  tmScope: 'source.odin',
  aliases: ['odinlang', 'odin-lang'],
  color: '#60AFFE',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Omgrofl.js
/* harmony default export */ const Omgrofl = ({
  name: 'Omgrofl',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.omgrofl'],
  languageId: 260,
  tmScope: 'none',
  color: '#cabbff',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/OMNeT_2b__2b__20_MSG.js
/* harmony default export */ const OMNeT_2b_2b_20_MSG = ({
  name: 'OMNeT++ MSG',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.msg'],
  languageId: 664100008,
  tmScope: 'source.msg',
  aliases: ['omnetpp-msg'],
  color: '#a0e0a0',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/OMNeT_2b__2b__20_NED.js
/* harmony default export */ const OMNeT_2b_2b_20_NED = ({
  name: 'OMNeT++ NED',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ned'],
  languageId: 924868392,
  tmScope: 'source.ned',
  aliases: ['omnetpp-ned'],
  color: '#08607c',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ooc.js
/* harmony default export */ const ooc = ({
  name: 'ooc',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ooc'],
  languageId: 418,
  tmScope: 'source.ooc',
  color: '#b0b77e',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Opa.js
/* harmony default export */ const Opa = ({
  name: 'Opa',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.opa'],
  languageId: 261,
  tmScope: 'source.opa',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Opal.js
/* harmony default export */ const Opal = ({
  name: 'Opal',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.opal'],
  languageId: 262,
  tmScope: 'source.opal',
  color: '#f7ede0',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Open_20_Policy_20_Agent.js
/* harmony default export */ const Open_20_Policy_20_Agent = ({
  name: 'Open Policy Agent',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.rego'],
  languageId: 840483232,
  tmScope: 'source.rego',
  color: '#7d9199',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/OpenAPI_20_Specification_20_v2.js
/* harmony default export */ const OpenAPI_20_Specification_20_v2 = ({
  name: 'OpenAPI Specification v2',
  type: 'data',
  aceMode: 'text',
  languageId: 848295328,
  tmScope: 'none',
  aliases: ['oasv2'],
  color: '#85ea2d',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/OpenAPI_20_Specification_20_v3.js
/* harmony default export */ const OpenAPI_20_Specification_20_v3 = ({
  name: 'OpenAPI Specification v3',
  type: 'data',
  aceMode: 'text',
  languageId: 557959099,
  tmScope: 'none',
  aliases: ['oasv3'],
  color: '#85ea2d',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/OpenCL.js
/* harmony default export */ const OpenCL = ({
  name: 'OpenCL',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.cl', '.opencl'],
  languageId: 263,
  tmScope: 'source.c',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csrc',
  color: '#ed2e2d',
  group: 'C',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/OpenEdge_20_ABL.js
/* harmony default export */ const OpenEdge_20_ABL = ({
  name: 'OpenEdge ABL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.p', '.cls', '.w'],
  languageId: 264,
  tmScope: 'source.abl',
  aliases: ['progress', 'openedge', 'abl'],
  color: '#5ce600',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/OpenQASM.js
/* harmony default export */ const OpenQASM = ({
  name: 'OpenQASM',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.qasm'],
  languageId: 153739399,
  tmScope: 'source.qasm',
  color: '#AA70FF',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/OpenRC_20_runscript.js
/* harmony default export */ const OpenRC_20_runscript = ({
  name: 'OpenRC runscript',
  type: 'programming',
  aceMode: 'sh',
  languageId: 265,
  tmScope: 'source.shell',
  aliases: ['openrc'],
  codemirrorMode: 'shell',
  codemirrorMimeType: 'text/x-sh',
  group: 'Shell',
  interpreters: ['openrc-run'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/OpenSCAD.js
/* harmony default export */ const OpenSCAD = ({
  name: 'OpenSCAD',
  type: 'programming',
  aceMode: 'scad',
  extensions: ['.scad'],
  languageId: 266,
  tmScope: 'source.scad',
  color: '#e5cd45',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/OpenStep_20_Property_20_List.js
/* harmony default export */ const OpenStep_20_Property_20_List = ({
  name: 'OpenStep Property List',
  type: 'data',
  aceMode: 'text',
  extensions: ['.plist', '.glyphs'],
  languageId: 598917541,
  tmScope: 'source.plist',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/OpenType_20_Feature_20_File.js
/* harmony default export */ const OpenType_20_Feature_20_File = ({
  name: 'OpenType Feature File',
  type: 'data',
  aceMode: 'text',
  extensions: ['.fea'],
  languageId: 374317347,
  tmScope: 'source.opentype',
  aliases: ['AFDKO'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Option_20_List.js
/* harmony default export */ const Option_20_List = ({
  name: 'Option List',
  type: 'data',
  aceMode: 'sh',
  filenames: ['.ackrc', '.rspec', '.yardopts', 'ackrc', 'mocha.opts'],
  languageId: 723589315,
  tmScope: 'source.opts',
  aliases: ['opts', 'ackrc'],
  codemirrorMode: 'shell',
  codemirrorMimeType: 'text/x-sh',
  color: '#476732',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Org.js
/* harmony default export */ const Org = ({
  name: 'Org',
  type: 'prose',
  aceMode: 'text',
  extensions: ['.org'],
  languageId: 267,
  tmScope: 'none',
  color: '#77aa99',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/OverpassQL.js
/* harmony default export */ const OverpassQL = ({
  name: 'OverpassQL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.overpassql'],
  languageId: 689079655,
  tmScope: 'source.overpassql',
  color: '#cce2aa',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/OverPy.js
/* harmony default export */ const OverPy = ({
  name: 'OverPy',
  type: 'programming',
  aceMode: 'python',
  extensions: ['.opy'],
  languageId: 492781155,
  tmScope: 'source.opy',
  aliases: ['opy'],
  codemirrorMode: 'python',
  codemirrorMimeType: 'text/x-python',
  color: '#78b355',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Ox.js
/* harmony default export */ const Ox = ({
  name: 'Ox',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ox', '.oxh', '.oxo'],
  languageId: 268,
  tmScope: 'source.ox',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Oxygene.js
/* harmony default export */ const Oxygene = ({
  name: 'Oxygene',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.oxygene'],
  languageId: 269,
  tmScope: 'none',
  color: '#cdd0e3',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Oz.js
/* harmony default export */ const Oz = ({
  name: 'Oz',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.oz'],
  languageId: 270,
  tmScope: 'source.oz',
  codemirrorMode: 'oz',
  codemirrorMimeType: 'text/x-oz',
  color: '#fab738',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/P4.js
/* harmony default export */ const P4 = ({
  name: 'P4',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.p4'],
  languageId: 348895984,
  tmScope: 'source.p4',
  color: '#7055b5',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Pact.js
/* harmony default export */ const Pact = ({
  name: 'Pact',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.pact'],
  languageId: 756774415,
  tmScope: 'source.pact',
  color: '#F7A8B8',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Pan.js
/* harmony default export */ const Pan = ({
  name: 'Pan',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.pan'],
  languageId: 276,
  tmScope: 'source.pan',
  color: '#cc0000',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Papyrus.js
/* harmony default export */ const Papyrus = ({
  name: 'Papyrus',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.psc'],
  languageId: 277,
  tmScope: 'source.papyrus.skyrim',
  color: '#6600cc',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Parrot.js
/* harmony default export */ const Parrot = ({
  name: 'Parrot',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.parrot'],
  languageId: 278,
  tmScope: 'none',
  color: '#f3ca0a',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Parrot_20_Assembly.js
/* harmony default export */ const Parrot_20_Assembly = ({
  name: 'Parrot Assembly',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.pasm'],
  languageId: 279,
  tmScope: 'none',
  aliases: ['pasm'],
  group: 'Parrot',
  interpreters: ['parrot'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Parrot_20_Internal_20_Representation.js
/* harmony default export */ const Parrot_20_Internal_20_Representation = ({
  name: 'Parrot Internal Representation',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.pir'],
  languageId: 280,
  tmScope: 'source.parrot.pir',
  aliases: ['pir'],
  group: 'Parrot',
  interpreters: ['parrot'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Pascal.js
/* harmony default export */ const Pascal = ({
  name: 'Pascal',
  type: 'programming',
  aceMode: 'pascal',
  extensions: ['.pas', '.dfm', '.dpr', '.inc', '.lpr', '.pascal', '.pp'],
  languageId: 281,
  tmScope: 'source.pascal',
  aliases: ['delphi', 'objectpascal'],
  codemirrorMode: 'pascal',
  codemirrorMimeType: 'text/x-pascal',
  color: '#E3F171',
  interpreters: ['instantfpc'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Pawn.js
/* harmony default export */ const Pawn = ({
  name: 'Pawn',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.pwn', '.inc', '.sma'],
  languageId: 271,
  tmScope: 'source.pawn',
  color: '#dbb284',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/PDDL.js
/* harmony default export */ const PDDL = ({
  name: 'PDDL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.pddl'],
  languageId: 736235603,
  tmScope: 'source.pddl',
  color: '#0d00ff',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/PEG.js.js
/* harmony default export */ const PEG_js = ({
  name: 'PEG.js',
  type: 'programming',
  aceMode: 'javascript',
  extensions: ['.pegjs', '.peggy'],
  languageId: 81442128,
  tmScope: 'source.peggy',
  codemirrorMode: 'javascript',
  codemirrorMimeType: 'text/javascript',
  color: '#234d6b',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Pep8.js
/* harmony default export */ const Pep8 = ({
  name: 'Pep8',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.pep'],
  languageId: 840372442,
  tmScope: 'source.pep8',
  color: '#C76F5B',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Perl.js
/* harmony default export */ const Perl = ({
  name: 'Perl',
  type: 'programming',
  aceMode: 'perl',
  extensions: [
    '.pl',
    '.al',
    '.cgi',
    '.fcgi',
    '.perl',
    '.ph',
    '.plx',
    '.pm',
    '.psgi',
    '.t',
  ],
  filenames: [
    '.latexmkrc',
    'Makefile.PL',
    'Rexfile',
    'ack',
    'cpanfile',
    'latexmkrc',
  ],
  languageId: 282,
  tmScope: 'source.perl',
  aliases: ['cperl'],
  codemirrorMode: 'perl',
  codemirrorMimeType: 'text/x-perl',
  color: '#0298c3',
  interpreters: ['cperl', 'perl'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/PHP.js
/* harmony default export */ const PHP = ({
  name: 'PHP',
  type: 'programming',
  aceMode: 'php',
  extensions: [
    '.php',
    '.aw',
    '.ctp',
    '.fcgi',
    '.inc',
    '.php3',
    '.php4',
    '.php5',
    '.phps',
    '.phpt',
  ],
  filenames: ['.php', '.php_cs', '.php_cs.dist', 'Phakefile'],
  languageId: 272,
  tmScope: 'text.html.php',
  aliases: ['inc'],
  codemirrorMode: 'php',
  codemirrorMimeType: 'application/x-httpd-php',
  color: '#4F5D95',
  interpreters: ['php'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Pic.js
/* harmony default export */ const Pic = ({
  name: 'Pic',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.pic', '.chem'],
  languageId: 425,
  tmScope: 'source.pic',
  aliases: ['pikchr'],
  codemirrorMode: 'troff',
  codemirrorMimeType: 'text/troff',
  group: 'Roff',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Pickle.js
/* harmony default export */ const Pickle = ({
  name: 'Pickle',
  type: 'data',
  aceMode: 'text',
  extensions: ['.pkl'],
  languageId: 284,
  tmScope: 'none',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/PicoLisp.js
/* harmony default export */ const PicoLisp = ({
  name: 'PicoLisp',
  type: 'programming',
  aceMode: 'lisp',
  extensions: ['.l'],
  languageId: 285,
  tmScope: 'source.lisp',
  color: '#6067af',
  interpreters: ['picolisp', 'pil'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/PigLatin.js
/* harmony default export */ const PigLatin = ({
  name: 'PigLatin',
  type: 'programming',
  aceMode: 'pig',
  extensions: ['.pig'],
  languageId: 286,
  tmScope: 'source.pig_latin',
  codemirrorMode: 'pig',
  codemirrorMimeType: 'text/x-pig',
  color: '#fcd7de',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Pike.js
/* harmony default export */ const Pike = ({
  name: 'Pike',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.pike', '.pmod'],
  languageId: 287,
  tmScope: 'source.pike',
  color: '#005390',
  interpreters: ['pike'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Pip_20_Requirements.js
/* harmony default export */ const Pip_20_Requirements = ({
  name: 'Pip Requirements',
  type: 'data',
  aceMode: 'text',
  filenames: [
    'dev-requirements.txt',
    'requirements-dev.txt',
    'requirements.lock.txt',
    'requirements.txt',
  ],
  languageId: 684385621,
  tmScope: 'source.pip-requirements',
  color: '#FFD343',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/pkg-config.js
/* harmony default export */ const pkg_config = ({
  name: 'pkg-config',
  type: 'data',
  aceMode: 'properties',
  extensions: ['.pc', '.pc.in'],
  languageId: 925023573,
  tmScope: 'source.pkgconf',
  aliases: ['pkgconf'],
  codemirrorMode: 'properties',
  codemirrorMimeType: 'text/x-properties',
  color: '#2b5e82',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Pkl.js
/* harmony default export */ const Pkl = ({
  name: 'Pkl',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.pkl'],
  languageId: 288822799,
  tmScope: 'source.pkl',
  color: '#6b9543',
  interpreters: ['pkl'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/PlantUML.js
/* harmony default export */ const PlantUML = ({
  name: 'PlantUML',
  type: 'data',
  aceMode: 'text',
  extensions: ['.puml', '.iuml', '.plantuml'],
  languageId: 833504686,
  tmScope: 'source.wsd',
  color: '#fbbd16',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/PLpgSQL.js
/* harmony default export */ const PLpgSQL = ({
  name: 'PLpgSQL',
  type: 'programming',
  aceMode: 'pgsql',
  extensions: ['.pgsql', '.sql'],
  languageId: 274,
  tmScope: 'source.sql',
  codemirrorMode: 'sql',
  codemirrorMimeType: 'text/x-sql',
  color: '#336790',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/PLSQL.js
/* harmony default export */ const PLSQL = ({
  name: 'PLSQL',
  type: 'programming',
  aceMode: 'plsql',
  extensions: [
    '.pls',
    '.bdy',
    '.ddl',
    '.fnc',
    '.pck',
    '.pkb',
    '.pks',
    '.plb',
    '.plsql',
    '.prc',
    '.spc',
    '.sql',
    '.tpb',
    '.tps',
    '.trg',
    '.vw',
  ],
  languageId: 273,
  tmScope: 'none',
  codemirrorMode: 'sql',
  codemirrorMimeType: 'text/x-plsql',
  color: '#dad8d8',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Pod.js
/* harmony default export */ const Pod = ({
  name: 'Pod',
  type: 'prose',
  aceMode: 'perl',
  extensions: ['.pod'],
  languageId: 288,
  tmScope: 'none',
  codemirrorMode: 'perl',
  codemirrorMimeType: 'text/x-perl',
  interpreters: ['perl'],
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Pod_20_6.js
/* harmony default export */ const Pod_20_6 = ({
  name: 'Pod 6',
  type: 'prose',
  aceMode: 'perl',
  extensions: ['.pod', '.pod6'],
  languageId: 155357471,
  tmScope: 'source.raku',
  interpreters: ['perl6'],
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/PogoScript.js
/* harmony default export */ const PogoScript = ({
  name: 'PogoScript',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.pogo'],
  languageId: 289,
  tmScope: 'source.pogoscript',
  color: '#d80074',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Polar.js
/* harmony default export */ const Polar = ({
  name: 'Polar',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.polar'],
  languageId: 839112914,
  tmScope: 'source.polar',
  color: '#ae81ff',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Pony.js
/* harmony default export */ const Pony = ({
  name: 'Pony',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.pony'],
  languageId: 290,
  tmScope: 'source.pony',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Portugol.js
/* harmony default export */ const Portugol = ({
  name: 'Portugol',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.por'],
  languageId: 832391833,
  tmScope: 'source.portugol',
  color: '#f8bd00',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/PostCSS.js
/* harmony default export */ const PostCSS = ({
  name: 'PostCSS',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.pcss', '.postcss'],
  languageId: 262764437,
  tmScope: 'source.postcss',
  color: '#dc3a0c',
  group: 'CSS',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/PostScript.js
/* harmony default export */ const PostScript = ({
  name: 'PostScript',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.ps', '.eps', '.epsi', '.pfa'],
  languageId: 291,
  tmScope: 'source.postscript',
  aliases: ['postscr'],
  color: '#da291c',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/POV-Ray_20_SDL.js
/* harmony default export */ const POV_Ray_20_SDL = ({
  name: 'POV-Ray SDL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.pov', '.inc'],
  languageId: 275,
  tmScope: 'source.pov-ray sdl',
  aliases: ['pov-ray', 'povray'],
  color: '#6bac65',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Power_20_Query.js
/* harmony default export */ const Power_20_Query = ({
  name: 'Power Query',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.pq'],
  languageId: 37496382,
  tmScope: 'source.powerquery',
  aliases: ['powerquery'],
  color: '#d38e0d',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/PowerBuilder.js
/* harmony default export */ const PowerBuilder = ({
  name: 'PowerBuilder',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.pbt', '.sra', '.sru', '.srw'],
  languageId: 292,
  tmScope: 'source.powerbuilder',
  color: '#8f0f8d',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/PowerShell.js
/* harmony default export */ const PowerShell = ({
  name: 'PowerShell',
  type: 'programming',
  aceMode: 'powershell',
  extensions: ['.ps1', '.psd1', '.psm1'],
  languageId: 293,
  tmScope: 'source.powershell',
  aliases: ['posh', 'pwsh'],
  codemirrorMode: 'powershell',
  codemirrorMimeType: 'application/x-powershell',
  color: '#012456',
  interpreters: ['pwsh'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Praat.js
/* harmony default export */ const Praat = ({
  name: 'Praat',
  type: 'programming',
  aceMode: 'praat',
  extensions: ['.praat'],
  languageId: 106029007,
  tmScope: 'source.praat',
  color: '#c8506d',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Prisma.js
/* harmony default export */ const Prisma = ({
  name: 'Prisma',
  type: 'data',
  aceMode: 'prisma',
  extensions: ['.prisma'],
  languageId: 499933428,
  tmScope: 'source.prisma',
  color: '#0c344b',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Pro_2a_C.js
/* harmony default export */ const Pro_2a_C = ({
  name: 'Pro*C',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.pc'],
  languageId: 991047534,
  tmScope: 'source.c',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csrc',
  color: '#bb8368',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Processing.js
/* harmony default export */ const Processing = ({
  name: 'Processing',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.pde'],
  languageId: 294,
  tmScope: 'source.processing',
  color: '#0096D8',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Procfile.js
/* harmony default export */ const Procfile = ({
  name: 'Procfile',
  type: 'programming',
  aceMode: 'batchfile',
  filenames: ['Procfile'],
  languageId: 305313959,
  tmScope: 'source.procfile',
  color: '#3B2F63',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Proguard.js
/* harmony default export */ const Proguard = ({
  name: 'Proguard',
  type: 'data',
  aceMode: 'text',
  extensions: ['.pro'],
  languageId: 716513858,
  tmScope: 'none',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Prolog.js
/* harmony default export */ const Prolog = ({
  name: 'Prolog',
  type: 'programming',
  aceMode: 'prolog',
  extensions: ['.pl', '.plt', '.pro', '.prolog', '.yap'],
  languageId: 295,
  tmScope: 'source.prolog',
  color: '#74283c',
  interpreters: ['swipl', 'yap'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Promela.js
/* harmony default export */ const Promela = ({
  name: 'Promela',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.pml'],
  languageId: 441858312,
  tmScope: 'source.promela',
  color: '#de0000',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Propeller_20_Spin.js
/* harmony default export */ const Propeller_20_Spin = ({
  name: 'Propeller Spin',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.spin'],
  languageId: 296,
  tmScope: 'source.spin',
  color: '#7fa2a7',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Protocol_20_Buffer.js
/* harmony default export */ const Protocol_20_Buffer = ({
  name: 'Protocol Buffer',
  type: 'data',
  aceMode: 'protobuf',
  extensions: ['.proto'],
  languageId: 297,
  tmScope: 'source.proto',
  aliases: ['proto', 'protobuf', 'Protocol Buffers'],
  codemirrorMode: 'protobuf',
  codemirrorMimeType: 'text/x-protobuf',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Protocol_20_Buffer_20_Text_20_Format.js
/* harmony default export */ const Protocol_20_Buffer_20_Text_20_Format = ({
  name: 'Protocol Buffer Text Format',
  type: 'data',
  aceMode: 'text',
  extensions: ['.textproto', '.pbt', '.pbtxt', '.txtpb'],
  languageId: 436568854,
  tmScope: 'source.textproto',
  aliases: ['text proto', 'protobuf text format'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Public_20_Key.js
/* harmony default export */ const Public_20_Key = ({
  name: 'Public Key',
  type: 'data',
  aceMode: 'text',
  extensions: ['.asc', '.pub'],
  languageId: 298,
  tmScope: 'none',
  codemirrorMode: 'asciiarmor',
  codemirrorMimeType: 'application/pgp',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Pug.js
/* harmony default export */ const Pug = ({
  name: 'Pug',
  type: 'markup',
  aceMode: 'jade',
  extensions: ['.jade', '.pug'],
  languageId: 179,
  tmScope: 'text.jade',
  codemirrorMode: 'pug',
  codemirrorMimeType: 'text/x-pug',
  color: '#a86454',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Puppet.js
/* harmony default export */ const Puppet = ({
  name: 'Puppet',
  type: 'programming',
  aceMode: 'puppet',
  extensions: ['.pp'],
  filenames: ['Modulefile'],
  languageId: 299,
  tmScope: 'source.puppet',
  codemirrorMode: 'puppet',
  codemirrorMimeType: 'text/x-puppet',
  color: '#302B6D',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Pure_20_Data.js
/* harmony default export */ const Pure_20_Data = ({
  name: 'Pure Data',
  type: 'data',
  aceMode: 'text',
  extensions: ['.pd'],
  languageId: 300,
  tmScope: 'none',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/PureBasic.js
/* harmony default export */ const PureBasic = ({
  name: 'PureBasic',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.pb', '.pbi'],
  languageId: 301,
  tmScope: 'none',
  color: '#5a6986',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/PureScript.js
/* harmony default export */ const PureScript = ({
  name: 'PureScript',
  type: 'programming',
  aceMode: 'haskell',
  extensions: ['.purs'],
  languageId: 302,
  tmScope: 'source.purescript',
  codemirrorMode: 'haskell',
  codemirrorMimeType: 'text/x-haskell',
  color: '#1D222D',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Pyret.js
/* harmony default export */ const Pyret = ({
  name: 'Pyret',
  type: 'programming',
  aceMode: 'python',
  extensions: ['.arr'],
  languageId: 252961827,
  tmScope: 'source.arr',
  color: '#ee1e10',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Python.js
/* harmony default export */ const Python = ({
  name: 'Python',
  type: 'programming',
  aceMode: 'python',
  extensions: [
    '.py',
    '.cgi',
    '.fcgi',
    '.gyp',
    '.gypi',
    '.lmi',
    '.py3',
    '.pyde',
    '.pyi',
    '.pyp',
    '.pyt',
    '.pyw',
    '.rpy',
    '.spec',
    '.tac',
    '.wsgi',
    '.xpy',
  ],
  filenames: ['.gclient', 'DEPS', 'SConscript', 'SConstruct', 'wscript'],
  languageId: 303,
  tmScope: 'source.python',
  aliases: ['py', 'py3', 'python3', 'rusthon'],
  codemirrorMode: 'python',
  codemirrorMimeType: 'text/x-python',
  color: '#3572A5',
  interpreters: ['python', 'python2', 'python3', 'py', 'pypy', 'pypy3', 'uv'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Python_20_console.js
/* harmony default export */ const Python_20_console = ({
  name: 'Python console',
  type: 'programming',
  aceMode: 'text',
  languageId: 428,
  tmScope: 'text.python.console',
  aliases: ['pycon'],
  color: '#3572A5',
  group: 'Python',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Python_20_traceback.js
/* harmony default export */ const Python_20_traceback = ({
  name: 'Python traceback',
  type: 'data',
  aceMode: 'text',
  extensions: ['.pytb'],
  languageId: 304,
  tmScope: 'text.python.traceback',
  color: '#3572A5',
  group: 'Python',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/q.js
/* harmony default export */ const q = ({
  name: 'q',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.q'],
  languageId: 970539067,
  tmScope: 'source.q',
  codemirrorMode: 'q',
  codemirrorMimeType: 'text/x-q',
  color: '#0040cd',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Q_23_.js
/* harmony default export */ const Q_23_ = ({
  name: 'Q#',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.qs'],
  languageId: 697448245,
  tmScope: 'source.qsharp',
  aliases: ['qsharp'],
  color: '#fed659',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/QMake.js
/* harmony default export */ const QMake = ({
  name: 'QMake',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.pro', '.pri'],
  languageId: 306,
  tmScope: 'source.qmake',
  interpreters: ['qmake'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/QML.js
/* harmony default export */ const QML = ({
  name: 'QML',
  type: 'programming',
  aceMode: 'qml',
  extensions: ['.qml', '.qbs'],
  languageId: 305,
  tmScope: 'source.qml',
  color: '#44a51c',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Qt_20_Script.js
/* harmony default export */ const Qt_20_Script = ({
  name: 'Qt Script',
  type: 'programming',
  aceMode: 'javascript',
  extensions: ['.qs'],
  filenames: ['installscript.qs', 'toolchain_installscript.qs'],
  languageId: 558193693,
  tmScope: 'source.js',
  codemirrorMode: 'javascript',
  codemirrorMimeType: 'text/javascript',
  color: '#00b841',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Quake.js
/* harmony default export */ const Quake = ({
  name: 'Quake',
  type: 'programming',
  aceMode: 'text',
  filenames: ['m3makefile', 'm3overrides'],
  languageId: 375265331,
  tmScope: 'source.quake',
  color: '#882233',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/QuakeC.js
/* harmony default export */ const QuakeC = ({
  name: 'QuakeC',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.qc'],
  languageId: 472308069,
  tmScope: 'source.quakec',
  color: '#975777',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Quartus_20_Simulation_20_IP.js
/* harmony default export */ const Quartus_20_Simulation_20_IP = ({
  name: 'Quartus Simulation IP',
  type: 'data',
  aceMode: 'tcl',
  extensions: ['.sip'],
  languageId: 828144309,
  tmScope: 'source.tcl',
  codemirrorMode: 'tcl',
  codemirrorMimeType: 'text/x-tcl',
  color: '#58C42E',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/QuickBASIC.js
/* harmony default export */ const QuickBASIC = ({
  name: 'QuickBASIC',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.bas', '.bi'],
  languageId: 593107205,
  tmScope: 'source.QB64',
  aliases: ['qb', 'qbasic', 'qb64', 'classic qbasic', 'classic quickbasic'],
  codemirrorMode: 'vb',
  codemirrorMimeType: 'text/x-vb',
  color: '#008080',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Quint.js
/* harmony default export */ const Quint = ({
  name: 'Quint',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.qnt'],
  languageId: 562056483,
  tmScope: 'source.quint',
  color: '#9d6ce5',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/R.js
/* harmony default export */ const R = ({
  name: 'R',
  type: 'programming',
  aceMode: 'r',
  extensions: ['.r', '.rd', '.rhistory', '.rsx'],
  filenames: ['.Rapp.history', '.Rhistory', '.Rprofile', 'expr-dist'],
  languageId: 307,
  tmScope: 'source.r',
  aliases: ['Rscript', 'splus'],
  codemirrorMode: 'r',
  codemirrorMimeType: 'text/x-rsrc',
  color: '#198CE7',
  interpreters: ['Rscript'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Racket.js
/* harmony default export */ const Racket = ({
  name: 'Racket',
  type: 'programming',
  aceMode: 'lisp',
  extensions: ['.rkt', '.rktd', '.rktl', '.scrbl'],
  languageId: 316,
  tmScope: 'source.racket',
  color: '#3c5caa',
  interpreters: ['racket'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Ragel.js
/* harmony default export */ const Ragel = ({
  name: 'Ragel',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.rl'],
  languageId: 317,
  tmScope: 'none',
  aliases: ['ragel-rb', 'ragel-ruby'],
  color: '#9d5200',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Raku.js
/* harmony default export */ const Raku = ({
  name: 'Raku',
  type: 'programming',
  aceMode: 'raku',
  extensions: [
    '.6pl',
    '.6pm',
    '.nqp',
    '.p6',
    '.p6l',
    '.p6m',
    '.pl',
    '.pl6',
    '.pm',
    '.pm6',
    '.raku',
    '.rakumod',
    '.t',
  ],
  languageId: 283,
  tmScope: 'source.raku',
  aliases: ['perl6', 'perl-6'],
  codemirrorMode: 'perl',
  codemirrorMimeType: 'text/x-perl',
  color: '#0000fb',
  interpreters: ['perl6', 'raku', 'rakudo'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/RAML.js
/* harmony default export */ const RAML = ({
  name: 'RAML',
  type: 'markup',
  aceMode: 'yaml',
  extensions: ['.raml'],
  languageId: 308,
  tmScope: 'source.yaml',
  codemirrorMode: 'yaml',
  codemirrorMimeType: 'text/x-yaml',
  color: '#77d9fb',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Rascal.js
/* harmony default export */ const Rascal = ({
  name: 'Rascal',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.rsc'],
  languageId: 173616037,
  tmScope: 'source.rascal',
  color: '#fffaa0',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/RAScript.js
/* harmony default export */ const RAScript = ({
  name: 'RAScript',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.rascript'],
  languageId: 601118790,
  tmScope: 'source.rascript',
  color: '#2C97FA',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Raw_20_token_20_data.js
/* harmony default export */ const Raw_20_token_20_data = ({
  name: 'Raw token data',
  type: 'data',
  aceMode: 'text',
  extensions: ['.raw'],
  languageId: 318,
  tmScope: 'none',
  aliases: ['raw'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/RBS.js
/* harmony default export */ const RBS = ({
  name: 'RBS',
  type: 'data',
  aceMode: 'ruby',
  extensions: ['.rbs'],
  languageId: 899227493,
  tmScope: 'source.rbs',
  codemirrorMode: 'ruby',
  codemirrorMimeType: 'text/x-ruby',
  color: '#701516',
  group: 'Ruby',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/RDoc.js
/* harmony default export */ const RDoc = ({
  name: 'RDoc',
  type: 'prose',
  aceMode: 'rdoc',
  extensions: ['.rdoc'],
  languageId: 309,
  tmScope: 'text.rdoc',
  color: '#701516',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Readline_20_Config.js
/* harmony default export */ const Readline_20_Config = ({
  name: 'Readline Config',
  type: 'data',
  aceMode: 'text',
  filenames: ['.inputrc', 'inputrc'],
  languageId: 538732839,
  tmScope: 'source.inputrc',
  aliases: ['inputrc', 'readline'],
  group: 'INI',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/REALbasic.js
/* harmony default export */ const REALbasic = ({
  name: 'REALbasic',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.rbbas', '.rbfrm', '.rbmnu', '.rbres', '.rbtbar', '.rbuistate'],
  languageId: 310,
  tmScope: 'source.vbnet',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Reason.js
/* harmony default export */ const Reason = ({
  name: 'Reason',
  type: 'programming',
  aceMode: 'rust',
  extensions: ['.re', '.rei'],
  languageId: 869538413,
  tmScope: 'source.reason',
  codemirrorMode: 'rust',
  codemirrorMimeType: 'text/x-rustsrc',
  color: '#ff5847',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ReasonLIGO.js
/* harmony default export */ const ReasonLIGO = ({
  name: 'ReasonLIGO',
  type: 'programming',
  aceMode: 'rust',
  extensions: ['.religo'],
  languageId: 319002153,
  tmScope: 'source.religo',
  codemirrorMode: 'rust',
  codemirrorMimeType: 'text/x-rustsrc',
  color: '#ff5847',
  group: 'LigoLANG',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Rebol.js
/* harmony default export */ const Rebol = ({
  name: 'Rebol',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.reb', '.r', '.r2', '.r3', '.rebol'],
  languageId: 319,
  tmScope: 'source.rebol',
  color: '#358a5b',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Record_20_Jar.js
/* harmony default export */ const Record_20_Jar = ({
  name: 'Record Jar',
  type: 'data',
  aceMode: 'text',
  filenames: ['language-subtag-registry.txt'],
  languageId: 865765202,
  tmScope: 'source.record-jar',
  codemirrorMode: 'properties',
  codemirrorMimeType: 'text/x-properties',
  color: '#0673ba',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Red.js
/* harmony default export */ const Red = ({
  name: 'Red',
  type: 'programming',
  aceMode: 'red',
  extensions: ['.red', '.reds'],
  languageId: 320,
  tmScope: 'source.red',
  aliases: ['red/system'],
  color: '#f50000',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Redcode.js
/* harmony default export */ const Redcode = ({
  name: 'Redcode',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.cw'],
  languageId: 321,
  tmScope: 'none',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Redirect_20_Rules.js
/* harmony default export */ const Redirect_20_Rules = ({
  name: 'Redirect Rules',
  type: 'data',
  aceMode: 'text',
  filenames: ['_redirects'],
  languageId: 1020148948,
  tmScope: 'source.redirects',
  aliases: ['redirects'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Redscript.js
/* harmony default export */ const Redscript = ({
  name: 'Redscript',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.reds'],
  languageId: 686691365,
  tmScope: 'source.redscript',
  color: '#f44336',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Regular_20_Expression.js
/* harmony default export */ const Regular_20_Expression = ({
  name: 'Regular Expression',
  type: 'data',
  aceMode: 'text',
  extensions: ['.regexp', '.regex'],
  languageId: 363378884,
  tmScope: 'source.regexp',
  aliases: ['regexp', 'regex'],
  color: '#009a00',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Ren_27_Py.js
/* harmony default export */ const Ren_27_Py = ({
  name: "Ren'Py",
  type: 'programming',
  aceMode: 'python',
  extensions: ['.rpy'],
  languageId: 322,
  tmScope: 'source.renpy',
  aliases: ['renpy'],
  color: '#ff7f7f',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/RenderScript.js
/* harmony default export */ const RenderScript = ({
  name: 'RenderScript',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.rs', '.rsh'],
  languageId: 323,
  tmScope: 'none',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ReScript.js
/* harmony default export */ const ReScript = ({
  name: 'ReScript',
  type: 'programming',
  aceMode: 'rust',
  extensions: ['.res', '.resi'],
  languageId: 501875647,
  tmScope: 'source.rescript',
  codemirrorMode: 'rust',
  codemirrorMimeType: 'text/x-rustsrc',
  color: '#ed5051',
  interpreters: ['ocaml'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/reStructuredText.js
/* harmony default export */ const reStructuredText = ({
  name: 'reStructuredText',
  type: 'prose',
  aceMode: 'rst',
  extensions: ['.rst', '.rest', '.rest.txt', '.rst.txt'],
  languageId: 419,
  tmScope: 'text.restructuredtext',
  aliases: ['rst'],
  codemirrorMode: 'rst',
  codemirrorMimeType: 'text/x-rst',
  color: '#141414',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/REXX.js
/* harmony default export */ const REXX = ({
  name: 'REXX',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.rexx', '.pprx', '.rex'],
  languageId: 311,
  tmScope: 'source.rexx',
  aliases: ['arexx'],
  color: '#d90e09',
  interpreters: ['regina', 'rexx'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Rez.js
/* harmony default export */ const Rez = ({
  name: 'Rez',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.r'],
  languageId: 498022874,
  tmScope: 'source.rez',
  color: '#FFDAB3',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Rhai.js
/* harmony default export */ const Rhai = ({
  name: 'Rhai',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.rhai'],
  languageId: 713228814,
  tmScope: 'source.rhai',
  color: '#FBA63B',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Rich_20_Text_20_Format.js
/* harmony default export */ const Rich_20_Text_20_Format = ({
  name: 'Rich Text Format',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.rtf'],
  languageId: 51601661,
  tmScope: 'text.rtf',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Ring.js
/* harmony default export */ const Ring = ({
  name: 'Ring',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ring'],
  languageId: 431,
  tmScope: 'source.ring',
  color: '#2D54CB',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Riot.js
/* harmony default export */ const Riot = ({
  name: 'Riot',
  type: 'markup',
  aceMode: 'html',
  extensions: ['.riot'],
  languageId: 878396783,
  tmScope: 'text.html.riot',
  color: '#A71E49',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/RMarkdown.js
/* harmony default export */ const RMarkdown = ({
  name: 'RMarkdown',
  type: 'prose',
  aceMode: 'markdown',
  extensions: ['.qmd', '.rmd'],
  languageId: 313,
  tmScope: 'text.md',
  codemirrorMode: 'gfm',
  codemirrorMimeType: 'text/x-gfm',
  color: '#198ce7',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/RobotFramework.js
/* harmony default export */ const RobotFramework = ({
  name: 'RobotFramework',
  type: 'programming',
  aceMode: 'robot',
  extensions: ['.robot', '.resource'],
  languageId: 324,
  tmScope: 'text.robot',
  color: '#00c0b5',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Robots_20_Exclusion_20_Rules.js
/* harmony default export */ const Robots_20_Exclusion_20_Rules = ({
  name: 'Robots Exclusion Rules',
  type: 'data',
  aceMode: 'text',
  filenames: ['robots.txt'],
  languageId: 674736065,
  tmScope: 'text.robots-txt',
  aliases: ['robots', 'robots txt', 'robotx.txt'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Roc.js
/* harmony default export */ const Roc = ({
  name: 'Roc',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.roc'],
  languageId: 440182480,
  tmScope: 'source.roc',
  color: '#7c38f5',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Rocq_20_Prover.js
/* harmony default export */ const Rocq_20_Prover = ({
  name: 'Rocq Prover',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.v', '.coq'],
  languageId: 69,
  tmScope: 'source.coq',
  aliases: ['coq', 'rocq'],
  color: '#d0b68c',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Roff.js
/* harmony default export */ const Roff = ({
  name: 'Roff',
  type: 'markup',
  aceMode: 'text',
  extensions: [
    '.roff',
    '.1',
    '.1in',
    '.1m',
    '.1x',
    '.2',
    '.3',
    '.3in',
    '.3m',
    '.3p',
    '.3pm',
    '.3qt',
    '.3x',
    '.4',
    '.5',
    '.6',
    '.7',
    '.8',
    '.9',
    '.l',
    '.man',
    '.mdoc',
    '.me',
    '.ms',
    '.n',
    '.nr',
    '.rno',
    '.tmac',
  ],
  filenames: ['eqnrc', 'mmn', 'mmt', 'troffrc', 'troffrc-end'],
  languageId: 141,
  tmScope: 'text.roff',
  aliases: [
    'groff',
    'man',
    'manpage',
    'man page',
    'man-page',
    'mdoc',
    'nroff',
    'troff',
  ],
  codemirrorMode: 'troff',
  codemirrorMimeType: 'text/troff',
  color: '#ecdebe',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Roff_20_Manpage.js
/* harmony default export */ const Roff_20_Manpage = ({
  name: 'Roff Manpage',
  type: 'markup',
  aceMode: 'text',
  extensions: [
    '.1',
    '.1in',
    '.1m',
    '.1x',
    '.2',
    '.3',
    '.3in',
    '.3m',
    '.3p',
    '.3pm',
    '.3qt',
    '.3x',
    '.4',
    '.5',
    '.6',
    '.7',
    '.8',
    '.9',
    '.man',
    '.mdoc',
  ],
  languageId: 612669833,
  tmScope: 'text.roff',
  codemirrorMode: 'troff',
  codemirrorMimeType: 'text/troff',
  color: '#ecdebe',
  group: 'Roff',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/RON.js
/* harmony default export */ const RON = ({
  name: 'RON',
  type: 'data',
  aceMode: 'rust',
  extensions: ['.ron'],
  languageId: 587855233,
  tmScope: 'source.ron',
  color: '#a62c00',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ROS_20_Interface.js
/* harmony default export */ const ROS_20_Interface = ({
  name: 'ROS Interface',
  type: 'data',
  aceMode: 'text',
  extensions: ['.msg', '.action', '.srv'],
  languageId: 809230569,
  tmScope: 'source.rosmsg',
  aliases: ['rosmsg'],
  color: '#22314e',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Rouge.js
/* harmony default export */ const Rouge = ({
  name: 'Rouge',
  type: 'programming',
  aceMode: 'clojure',
  extensions: ['.rg'],
  languageId: 325,
  tmScope: 'source.clojure',
  codemirrorMode: 'clojure',
  codemirrorMimeType: 'text/x-clojure',
  color: '#cc0088',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/RouterOS_20_Script.js
/* harmony default export */ const RouterOS_20_Script = ({
  name: 'RouterOS Script',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.rsc'],
  languageId: 592853203,
  tmScope: 'none',
  color: '#DE3941',
  interpreters: ['RouterOS'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/RPC.js
/* harmony default export */ const RPC = ({
  name: 'RPC',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.x'],
  languageId: 1031374237,
  tmScope: 'source.c',
  aliases: ['rpcgen', 'oncrpc', 'xdr'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/RPGLE.js
/* harmony default export */ const RPGLE = ({
  name: 'RPGLE',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.rpgle', '.sqlrpgle'],
  languageId: 609977990,
  tmScope: 'source.rpgle',
  aliases: ['ile rpg', 'sqlrpgle'],
  color: '#2BDE21',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/RPM_20_Spec.js
/* harmony default export */ const RPM_20_Spec = ({
  name: 'RPM Spec',
  type: 'data',
  aceMode: 'text',
  extensions: ['.spec'],
  languageId: 314,
  tmScope: 'source.rpm-spec',
  aliases: ['specfile'],
  codemirrorMode: 'rpm',
  codemirrorMimeType: 'text/x-rpm-spec',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Ruby.js
/* harmony default export */ const Ruby = ({
  name: 'Ruby',
  type: 'programming',
  aceMode: 'ruby',
  extensions: [
    '.rb',
    '.builder',
    '.eye',
    '.fcgi',
    '.gemspec',
    '.god',
    '.jbuilder',
    '.mspec',
    '.pluginspec',
    '.podspec',
    '.prawn',
    '.rabl',
    '.rake',
    '.rbi',
    '.rbuild',
    '.rbw',
    '.rbx',
    '.ru',
    '.ruby',
    '.spec',
    '.thor',
    '.watchr',
  ],
  filenames: [
    '.irbrc',
    '.pryrc',
    '.simplecov',
    'Appraisals',
    'Berksfile',
    'Brewfile',
    'Buildfile',
    'Capfile',
    'Dangerfile',
    'Deliverfile',
    'Fastfile',
    'Gemfile',
    'Guardfile',
    'Jarfile',
    'Mavenfile',
    'Podfile',
    'Puppetfile',
    'Rakefile',
    'Snapfile',
    'Steepfile',
    'Thorfile',
    'Vagrantfile',
    'buildfile',
  ],
  languageId: 326,
  tmScope: 'source.ruby',
  aliases: ['jruby', 'macruby', 'rake', 'rb', 'rbx'],
  codemirrorMode: 'ruby',
  codemirrorMimeType: 'text/x-ruby',
  color: '#701516',
  interpreters: ['ruby', 'macruby', 'rake', 'jruby', 'rbx'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/RUNOFF.js
/* harmony default export */ const RUNOFF = ({
  name: 'RUNOFF',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.rnh', '.rno'],
  languageId: 315,
  tmScope: 'text.runoff',
  color: '#665a4e',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Rust.js
/* harmony default export */ const Rust = ({
  name: 'Rust',
  type: 'programming',
  aceMode: 'rust',
  extensions: ['.rs', '.rs.in'],
  languageId: 327,
  tmScope: 'source.rust',
  aliases: ['rs'],
  codemirrorMode: 'rust',
  codemirrorMimeType: 'text/x-rustsrc',
  color: '#dea584',
  interpreters: ['rust-script'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Sage.js
/* harmony default export */ const Sage = ({
  name: 'Sage',
  type: 'programming',
  aceMode: 'python',
  extensions: ['.sage', '.sagews'],
  languageId: 338,
  tmScope: 'source.python',
  codemirrorMode: 'python',
  codemirrorMimeType: 'text/x-python',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Sail.js
/* harmony default export */ const Sail = ({
  name: 'Sail',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.sail'],
  languageId: 1029438153,
  tmScope: 'source.sail',
  color: '#259dd5',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Salt.js
/* harmony default export */ const Salt = ({
  name: 'Salt',
  type: 'programming',
  aceMode: 'yaml',
  extensions: ['.sls'],
  languageId: 339,
  tmScope: 'source.yaml.salt',
  aliases: ['saltstack', 'saltstate'],
  codemirrorMode: 'yaml',
  codemirrorMimeType: 'text/x-yaml',
  color: '#57bcad',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SAS.js
/* harmony default export */ const SAS = ({
  name: 'SAS',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.sas'],
  languageId: 328,
  tmScope: 'source.sas',
  codemirrorMode: 'sas',
  codemirrorMimeType: 'text/x-sas',
  color: '#B34936',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Sass.js
/* harmony default export */ const Sass = ({
  name: 'Sass',
  type: 'markup',
  aceMode: 'sass',
  extensions: ['.sass'],
  languageId: 340,
  tmScope: 'source.sass',
  codemirrorMode: 'sass',
  codemirrorMimeType: 'text/x-sass',
  color: '#a53b70',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Scala.js
/* harmony default export */ const Scala = ({
  name: 'Scala',
  type: 'programming',
  aceMode: 'scala',
  extensions: ['.scala', '.kojo', '.sbt', '.sc'],
  languageId: 341,
  tmScope: 'source.scala',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-scala',
  color: '#c22d40',
  interpreters: ['scala'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Scaml.js
/* harmony default export */ const Scaml = ({
  name: 'Scaml',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.scaml'],
  languageId: 342,
  tmScope: 'source.scaml',
  color: '#bd181a',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Scenic.js
/* harmony default export */ const Scenic = ({
  name: 'Scenic',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.scenic'],
  languageId: 619814037,
  tmScope: 'source.scenic',
  color: '#fdc700',
  interpreters: ['scenic'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Scheme.js
/* harmony default export */ const Scheme = ({
  name: 'Scheme',
  type: 'programming',
  aceMode: 'scheme',
  extensions: ['.scm', '.sch', '.sld', '.sls', '.sps', '.ss'],
  languageId: 343,
  tmScope: 'source.scheme',
  codemirrorMode: 'scheme',
  codemirrorMimeType: 'text/x-scheme',
  color: '#1e4aec',
  interpreters: ['scheme', 'guile', 'bigloo', 'chicken', 'csi', 'gosh', 'r6rs'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Scilab.js
/* harmony default export */ const Scilab = ({
  name: 'Scilab',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.sci', '.sce', '.tst'],
  languageId: 344,
  tmScope: 'source.scilab',
  color: '#ca0f21',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SCSS.js
/* harmony default export */ const SCSS = ({
  name: 'SCSS',
  type: 'markup',
  aceMode: 'scss',
  extensions: ['.scss'],
  languageId: 329,
  tmScope: 'source.css.scss',
  codemirrorMode: 'css',
  codemirrorMimeType: 'text/x-scss',
  color: '#c6538c',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/sed.js
/* harmony default export */ const sed = ({
  name: 'sed',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.sed'],
  languageId: 847830017,
  tmScope: 'source.sed',
  color: '#64b970',
  interpreters: ['gsed', 'minised', 'sed', 'ssed'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Self.js
/* harmony default export */ const Self = ({
  name: 'Self',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.self'],
  languageId: 345,
  tmScope: 'none',
  color: '#0579aa',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SELinux_20_Policy.js
/* harmony default export */ const SELinux_20_Policy = ({
  name: 'SELinux Policy',
  type: 'data',
  aceMode: 'text',
  extensions: ['.te'],
  filenames: [
    'file_contexts',
    'genfs_contexts',
    'initial_sids',
    'port_contexts',
    'security_classes',
  ],
  languageId: 880010326,
  tmScope: 'source.sepolicy',
  aliases: ['SELinux Kernel Policy Language', 'sepolicy'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ShaderLab.js
/* harmony default export */ const ShaderLab = ({
  name: 'ShaderLab',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.shader'],
  languageId: 664257356,
  tmScope: 'source.shaderlab',
  color: '#222c37',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Shell.js
/* harmony default export */ const Shell = ({
  name: 'Shell',
  type: 'programming',
  aceMode: 'sh',
  extensions: [
    '.sh',
    '.bash',
    '.bats',
    '.cgi',
    '.command',
    '.fcgi',
    '.ksh',
    '.pacscript',
    '.sbatch',
    '.sh.in',
    '.slurm',
    '.tmux',
    '.tool',
    '.trigger',
    '.zsh',
    '.zsh-theme',
  ],
  filenames: [
    '.bash_aliases',
    '.bash_functions',
    '.bash_history',
    '.bash_logout',
    '.bash_profile',
    '.bashrc',
    '.cshrc',
    '.envrc',
    '.flaskenv',
    '.kshrc',
    '.login',
    '.profile',
    '.tmux.conf',
    '.xinitrc',
    '.xsession',
    '.zlogin',
    '.zlogout',
    '.zprofile',
    '.zshenv',
    '.zshrc',
    '9fs',
    'PKGBUILD',
    'bash_aliases',
    'bash_logout',
    'bash_profile',
    'bashrc',
    'cshrc',
    'gradlew',
    'kshrc',
    'login',
    'man',
    'mvnw',
    'profile',
    'tmux.conf',
    'xinitrc',
    'xsession',
    'zlogin',
    'zlogout',
    'zprofile',
    'zshenv',
    'zshrc',
  ],
  languageId: 346,
  tmScope: 'source.shell',
  aliases: ['sh', 'shell-script', 'bash', 'zsh', 'envrc'],
  codemirrorMode: 'shell',
  codemirrorMimeType: 'text/x-sh',
  color: '#89e051',
  interpreters: [
    'ash',
    'bash',
    'dash',
    'ksh',
    'mksh',
    'pdksh',
    'rc',
    'sh',
    'zsh',
  ],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ShellCheck_20_Config.js
/* harmony default export */ const ShellCheck_20_Config = ({
  name: 'ShellCheck Config',
  type: 'data',
  aceMode: 'ini',
  filenames: ['.shellcheckrc'],
  languageId: 687511714,
  tmScope: 'source.shellcheckrc',
  aliases: ['shellcheckrc'],
  codemirrorMode: 'properties',
  codemirrorMimeType: 'text/x-properties',
  color: '#cecfcb',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ShellSession.js
/* harmony default export */ const ShellSession = ({
  name: 'ShellSession',
  type: 'programming',
  aceMode: 'sh',
  extensions: ['.sh-session'],
  languageId: 347,
  tmScope: 'text.shell-session',
  aliases: ['bash session', 'console'],
  codemirrorMode: 'shell',
  codemirrorMimeType: 'text/x-sh',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Shen.js
/* harmony default export */ const Shen = ({
  name: 'Shen',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.shen'],
  languageId: 348,
  tmScope: 'source.shen',
  color: '#120F14',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Sieve.js
/* harmony default export */ const Sieve = ({
  name: 'Sieve',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.sieve'],
  languageId: 208976687,
  tmScope: 'source.sieve',
  codemirrorMode: 'sieve',
  codemirrorMimeType: 'application/sieve',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Simple_20_File_20_Verification.js
/* harmony default export */ const Simple_20_File_20_Verification = ({
  name: 'Simple File Verification',
  type: 'data',
  aceMode: 'ini',
  extensions: ['.sfv'],
  languageId: 735623761,
  tmScope: 'source.sfv',
  aliases: ['sfv'],
  codemirrorMode: 'properties',
  codemirrorMimeType: 'text/x-properties',
  color: '#C9BFED',
  group: 'Checksums',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Singularity.js
/* harmony default export */ const Singularity = ({
  name: 'Singularity',
  type: 'programming',
  aceMode: 'text',
  filenames: ['Singularity'],
  languageId: 987024632,
  tmScope: 'source.singularity',
  color: '#64E6AD',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SIP.js
/* harmony default export */ const SIP = ({
  name: 'SIP',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.sip'],
  languageId: 796891177,
  tmScope: 'source.c++',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-c++src',
  color: '#4E8D83',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Slang.js
/* harmony default export */ const Slang = ({
  name: 'Slang',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.slang'],
  languageId: 239357863,
  tmScope: 'source.slang',
  color: '#1fbec9',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Slash.js
/* harmony default export */ const Slash = ({
  name: 'Slash',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.sl'],
  languageId: 349,
  tmScope: 'text.html.slash',
  color: '#007eff',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Slice.js
/* harmony default export */ const Slice = ({
  name: 'Slice',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ice'],
  languageId: 894641667,
  tmScope: 'source.ice',
  color: '#003fa2',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Slim.js
/* harmony default export */ const Slim = ({
  name: 'Slim',
  type: 'markup',
  aceMode: 'slim',
  extensions: ['.slim'],
  languageId: 350,
  tmScope: 'text.slim',
  codemirrorMode: 'slim',
  codemirrorMimeType: 'text/x-slim',
  color: '#2b2b2b',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Slint.js
/* harmony default export */ const Slint = ({
  name: 'Slint',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.slint'],
  languageId: 119900149,
  tmScope: 'source.slint',
  color: '#2379F4',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Smali.js
/* harmony default export */ const Smali = ({
  name: 'Smali',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.smali'],
  languageId: 351,
  tmScope: 'source.smali',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Smalltalk.js
/* harmony default export */ const Smalltalk = ({
  name: 'Smalltalk',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.st', '.cs'],
  languageId: 352,
  tmScope: 'source.smalltalk',
  aliases: ['squeak'],
  codemirrorMode: 'smalltalk',
  codemirrorMimeType: 'text/x-stsrc',
  color: '#596706',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Smarty.js
/* harmony default export */ const Smarty = ({
  name: 'Smarty',
  type: 'programming',
  aceMode: 'smarty',
  extensions: ['.tpl'],
  languageId: 353,
  tmScope: 'text.html.smarty',
  codemirrorMode: 'smarty',
  codemirrorMimeType: 'text/x-smarty',
  color: '#f0c040',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Smithy.js
/* harmony default export */ const Smithy = ({
  name: 'Smithy',
  type: 'programming',
  aceMode: 'smithy',
  extensions: ['.smithy'],
  languageId: 1027892786,
  tmScope: 'source.smithy',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csrc',
  color: '#c44536',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SmPL.js
/* harmony default export */ const SmPL = ({
  name: 'SmPL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.cocci'],
  languageId: 164123055,
  tmScope: 'source.smpl',
  aliases: ['coccinelle'],
  color: '#c94949',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SMT.js
/* harmony default export */ const SMT = ({
  name: 'SMT',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.smt2', '.smt', '.z3'],
  languageId: 330,
  tmScope: 'source.smt',
  interpreters: [
    'boolector',
    'cvc4',
    'mathsat5',
    'opensmt',
    'smtinterpol',
    'smt-rat',
    'stp',
    'verit',
    'yices2',
    'z3',
  ],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Snakemake.js
/* harmony default export */ const Snakemake = ({
  name: 'Snakemake',
  type: 'programming',
  aceMode: 'python',
  extensions: ['.smk', '.snakefile'],
  filenames: ['Snakefile'],
  languageId: 151241392,
  tmScope: 'source.python',
  aliases: ['snakefile'],
  codemirrorMode: 'python',
  codemirrorMimeType: 'text/x-python',
  color: '#419179',
  group: 'Python',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Solidity.js
/* harmony default export */ const Solidity = ({
  name: 'Solidity',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.sol'],
  languageId: 237469032,
  tmScope: 'source.solidity',
  color: '#AA6746',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Soong.js
/* harmony default export */ const Soong = ({
  name: 'Soong',
  type: 'data',
  aceMode: 'text',
  filenames: ['Android.bp'],
  languageId: 222900098,
  tmScope: 'source.bp',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SourcePawn.js
/* harmony default export */ const SourcePawn = ({
  name: 'SourcePawn',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.sp', '.inc'],
  languageId: 354,
  tmScope: 'source.sourcepawn',
  aliases: ['sourcemod'],
  color: '#f69e1d',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SPARQL.js
/* harmony default export */ const SPARQL = ({
  name: 'SPARQL',
  type: 'data',
  aceMode: 'sparql',
  extensions: ['.sparql', '.rq'],
  languageId: 331,
  tmScope: 'source.sparql',
  codemirrorMode: 'sparql',
  codemirrorMimeType: 'application/sparql-query',
  color: '#0C4597',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SpiceDB_20_Schema.js
/* harmony default export */ const SpiceDB_20_Schema = ({
  name: 'SpiceDB Schema',
  type: 'data',
  aceMode: 'text',
  extensions: ['.zed'],
  languageId: 864005057,
  tmScope: 'source.spicedb',
  color: '#a5318a',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Spline_20_Font_20_Database.js
/* harmony default export */ const Spline_20_Font_20_Database = ({
  name: 'Spline Font Database',
  type: 'data',
  aceMode: 'yaml',
  extensions: ['.sfd'],
  languageId: 767169629,
  tmScope: 'text.sfd',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SQF.js
/* harmony default export */ const SQF = ({
  name: 'SQF',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.sqf', '.hqf'],
  languageId: 332,
  tmScope: 'source.sqf',
  color: '#3F3F3F',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SQL.js
/* harmony default export */ const SQL = ({
  name: 'SQL',
  type: 'data',
  aceMode: 'sql',
  extensions: [
    '.sql',
    '.ddl',
    '.inc',
    '.mysql',
    '.prc',
    '.tab',
    '.udf',
    '.viw',
  ],
  languageId: 333,
  tmScope: 'source.sql',
  codemirrorMode: 'sql',
  codemirrorMimeType: 'text/x-sql',
  color: '#e38c00',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SQLPL.js
/* harmony default export */ const SQLPL = ({
  name: 'SQLPL',
  type: 'programming',
  aceMode: 'sql',
  extensions: ['.sql', '.db2'],
  languageId: 334,
  tmScope: 'source.sql',
  codemirrorMode: 'sql',
  codemirrorMimeType: 'text/x-sql',
  color: '#e38c00',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Squirrel.js
/* harmony default export */ const Squirrel = ({
  name: 'Squirrel',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.nut'],
  languageId: 355,
  tmScope: 'source.nut',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-squirrel',
  color: '#800000',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SRecode_20_Template.js
/* harmony default export */ const SRecode_20_Template = ({
  name: 'SRecode Template',
  type: 'markup',
  aceMode: 'lisp',
  extensions: ['.srt'],
  languageId: 335,
  tmScope: 'source.lisp',
  codemirrorMode: 'commonlisp',
  codemirrorMimeType: 'text/x-common-lisp',
  color: '#348a34',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SSH_20_Config.js
/* harmony default export */ const SSH_20_Config = ({
  name: 'SSH Config',
  type: 'data',
  aceMode: 'text',
  filenames: [
    'ssh-config',
    'ssh_config',
    'sshconfig',
    'sshconfig.snip',
    'sshd-config',
    'sshd_config',
  ],
  languageId: 554920715,
  tmScope: 'source.ssh-config',
  aliases: ['sshconfig', 'sshdconfig', 'ssh_config', 'sshd_config'],
  group: 'INI',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Stan.js
/* harmony default export */ const Stan = ({
  name: 'Stan',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.stan'],
  languageId: 356,
  tmScope: 'source.stan',
  color: '#b2011d',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Standard_20_ML.js
/* harmony default export */ const Standard_20_ML = ({
  name: 'Standard ML',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ml', '.fun', '.sig', '.sml'],
  languageId: 357,
  tmScope: 'source.ml',
  aliases: ['sml'],
  codemirrorMode: 'mllike',
  codemirrorMimeType: 'text/x-sml',
  color: '#dc566d',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/STAR.js
/* harmony default export */ const STAR = ({
  name: 'STAR',
  type: 'data',
  aceMode: 'text',
  extensions: ['.star'],
  languageId: 424510560,
  tmScope: 'source.star',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Starlark.js
/* harmony default export */ const Starlark = ({
  name: 'Starlark',
  type: 'programming',
  aceMode: 'python',
  extensions: ['.bzl', '.star'],
  filenames: [
    'BUCK',
    'BUILD',
    'BUILD.bazel',
    'MODULE.bazel',
    'Tiltfile',
    'WORKSPACE',
    'WORKSPACE.bazel',
    'WORKSPACE.bzlmod',
  ],
  languageId: 960266174,
  tmScope: 'source.python',
  aliases: ['bazel', 'bzl'],
  codemirrorMode: 'python',
  codemirrorMimeType: 'text/x-python',
  color: '#76d275',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Stata.js
/* harmony default export */ const Stata = ({
  name: 'Stata',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.do', '.ado', '.doh', '.ihlp', '.mata', '.matah', '.sthlp'],
  languageId: 358,
  tmScope: 'source.stata',
  color: '#1a5f91',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/STL.js
/* harmony default export */ const STL = ({
  name: 'STL',
  type: 'data',
  aceMode: 'text',
  extensions: ['.stl'],
  languageId: 455361735,
  tmScope: 'source.stl',
  aliases: ['ascii stl', 'stla'],
  color: '#373b5e',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/STON.js
/* harmony default export */ const STON = ({
  name: 'STON',
  type: 'data',
  aceMode: 'text',
  extensions: ['.ston'],
  languageId: 336,
  tmScope: 'source.smalltalk',
  group: 'Smalltalk',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/StringTemplate.js
/* harmony default export */ const StringTemplate = ({
  name: 'StringTemplate',
  type: 'markup',
  aceMode: 'html',
  extensions: ['.st'],
  languageId: 89855901,
  tmScope: 'source.string-template',
  codemirrorMode: 'htmlmixed',
  codemirrorMimeType: 'text/html',
  color: '#3fb34f',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Stylus.js
/* harmony default export */ const Stylus = ({
  name: 'Stylus',
  type: 'markup',
  aceMode: 'stylus',
  extensions: ['.styl'],
  languageId: 359,
  tmScope: 'source.stylus',
  codemirrorMode: 'stylus',
  codemirrorMimeType: 'text/x-styl',
  color: '#ff6347',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SubRip_20_Text.js
/* harmony default export */ const SubRip_20_Text = ({
  name: 'SubRip Text',
  type: 'data',
  aceMode: 'text',
  extensions: ['.srt'],
  languageId: 360,
  tmScope: 'text.srt',
  color: '#9e0101',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SugarSS.js
/* harmony default export */ const SugarSS = ({
  name: 'SugarSS',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.sss'],
  languageId: 826404698,
  tmScope: 'source.css.postcss.sugarss',
  color: '#2fcc9f',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SuperCollider.js
/* harmony default export */ const SuperCollider = ({
  name: 'SuperCollider',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.sc', '.scd'],
  languageId: 361,
  tmScope: 'source.supercollider',
  color: '#46390b',
  interpreters: ['sclang', 'scsynth'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SurrealQL.js
/* harmony default export */ const SurrealQL = ({
  name: 'SurrealQL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.surql'],
  languageId: 735141027,
  tmScope: 'source.surrealql',
  aliases: ['surql'],
  color: '#ff00a0',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Survex_20_data.js
/* harmony default export */ const Survex_20_data = ({
  name: 'Survex data',
  type: 'data',
  aceMode: 'text',
  extensions: ['.svx'],
  languageId: 24470517,
  tmScope: 'none',
  color: '#ffcc99',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Svelte.js
/* harmony default export */ const Svelte = ({
  name: 'Svelte',
  type: 'markup',
  aceMode: 'html',
  extensions: ['.svelte'],
  languageId: 928734530,
  tmScope: 'source.svelte',
  codemirrorMode: 'htmlmixed',
  codemirrorMimeType: 'text/html',
  color: '#ff3e00',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SVG.js
/* harmony default export */ const SVG = ({
  name: 'SVG',
  type: 'data',
  aceMode: 'svg',
  extensions: ['.svg'],
  languageId: 337,
  tmScope: 'text.xml.svg',
  codemirrorMode: 'xml',
  codemirrorMimeType: 'text/xml',
  color: '#ff9900',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Sway.js
/* harmony default export */ const Sway = ({
  name: 'Sway',
  type: 'programming',
  aceMode: 'rust',
  extensions: ['.sw'],
  languageId: 271471144,
  tmScope: 'source.sway',
  codemirrorMode: 'rust',
  codemirrorMimeType: 'text/x-rustsrc',
  color: '#00F58C',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Sweave.js
/* harmony default export */ const Sweave = ({
  name: 'Sweave',
  type: 'prose',
  aceMode: 'tex',
  extensions: ['.rnw'],
  languageId: 558779190,
  tmScope: 'text.tex.latex.sweave',
  color: '#198ce7',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Swift.js
/* harmony default export */ const Swift = ({
  name: 'Swift',
  type: 'programming',
  aceMode: 'swift',
  extensions: ['.swift'],
  languageId: 362,
  tmScope: 'source.swift',
  codemirrorMode: 'swift',
  codemirrorMimeType: 'text/x-swift',
  color: '#F05138',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SWIG.js
/* harmony default export */ const SWIG = ({
  name: 'SWIG',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.i', '.swg', '.swig'],
  languageId: 1066250075,
  tmScope: 'source.c++',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-c++src',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/SystemVerilog.js
/* harmony default export */ const SystemVerilog = ({
  name: 'SystemVerilog',
  type: 'programming',
  aceMode: 'verilog',
  extensions: ['.sv', '.svh', '.vh'],
  languageId: 363,
  tmScope: 'source.systemverilog',
  codemirrorMode: 'verilog',
  codemirrorMimeType: 'text/x-systemverilog',
  color: '#DAE1C2',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Tact.js
/* harmony default export */ const Tact = ({
  name: 'Tact',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.tact'],
  languageId: 606708469,
  tmScope: 'source.tact',
  color: '#48b5ff',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Talon.js
/* harmony default export */ const Talon = ({
  name: 'Talon',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.talon'],
  languageId: 959889508,
  tmScope: 'source.talon',
  color: '#333333',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Tape.js
/* harmony default export */ const Tape = ({
  name: 'Tape',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.tape'],
  languageId: 516874200,
  tmScope: 'source.vhs',
  aliases: ['vhs'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Tcl.js
/* harmony default export */ const Tcl = ({
  name: 'Tcl',
  type: 'programming',
  aceMode: 'tcl',
  extensions: ['.tcl', '.adp', '.sdc', '.tcl.in', '.tm', '.xdc'],
  filenames: ['owh', 'starfield'],
  languageId: 367,
  tmScope: 'source.tcl',
  aliases: ['sdc', 'xdc'],
  codemirrorMode: 'tcl',
  codemirrorMimeType: 'text/x-tcl',
  color: '#e4cc98',
  interpreters: ['tclsh', 'wish'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Tcsh.js
/* harmony default export */ const Tcsh = ({
  name: 'Tcsh',
  type: 'programming',
  aceMode: 'sh',
  extensions: ['.tcsh', '.csh'],
  languageId: 368,
  tmScope: 'source.shell',
  codemirrorMode: 'shell',
  codemirrorMimeType: 'text/x-sh',
  group: 'Shell',
  interpreters: ['tcsh', 'csh'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Tea.js
/* harmony default export */ const Tea = ({
  name: 'Tea',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.tea'],
  languageId: 370,
  tmScope: 'source.tea',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Teal.js
/* harmony default export */ const Teal = ({
  name: 'Teal',
  type: 'programming',
  aceMode: 'lua',
  extensions: ['.tl'],
  languageId: 719038619,
  tmScope: 'source.teal',
  codemirrorMode: 'lua',
  codemirrorMimeType: 'text/x-lua',
  color: '#00B1BC',
  interpreters: ['tl'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/templ.js
/* harmony default export */ const templ = ({
  name: 'templ',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.templ'],
  languageId: 795579337,
  tmScope: 'source.templ',
  color: '#66D0DD',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Terra.js
/* harmony default export */ const Terra = ({
  name: 'Terra',
  type: 'programming',
  aceMode: 'lua',
  extensions: ['.t'],
  languageId: 371,
  tmScope: 'source.terra',
  codemirrorMode: 'lua',
  codemirrorMimeType: 'text/x-lua',
  color: '#00004c',
  interpreters: ['lua'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Terraform_20_Template.js
/* harmony default export */ const Terraform_20_Template = ({
  name: 'Terraform Template',
  type: 'markup',
  aceMode: 'ruby',
  extensions: ['.tftpl'],
  languageId: 856832701,
  tmScope: 'source.hcl.terraform',
  codemirrorMode: 'ruby',
  codemirrorMimeType: 'text/x-ruby',
  color: '#7b42bb',
  group: 'HCL',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/TeX.js
/* harmony default export */ const TeX = ({
  name: 'TeX',
  type: 'markup',
  aceMode: 'tex',
  extensions: [
    '.tex',
    '.aux',
    '.bbx',
    '.cbx',
    '.cls',
    '.dtx',
    '.ins',
    '.lbx',
    '.ltx',
    '.mkii',
    '.mkiv',
    '.mkvi',
    '.sty',
    '.toc',
  ],
  languageId: 369,
  tmScope: 'text.tex.latex',
  aliases: ['latex'],
  codemirrorMode: 'stex',
  codemirrorMimeType: 'text/x-stex',
  color: '#3D6117',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Texinfo.js
/* harmony default export */ const Texinfo = ({
  name: 'Texinfo',
  type: 'prose',
  aceMode: 'text',
  extensions: ['.texinfo', '.texi', '.txi'],
  languageId: 988020015,
  tmScope: 'text.texinfo',
  interpreters: ['makeinfo'],
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Text.js
/* harmony default export */ const Text = ({
  name: 'Text',
  type: 'prose',
  aceMode: 'text',
  extensions: ['.txt', '.fr', '.nb', '.ncl', '.no'],
  filenames: [
    'CITATION',
    'CITATIONS',
    'COPYING',
    'COPYING.regex',
    'COPYRIGHT.regex',
    'FONTLOG',
    'INSTALL',
    'INSTALL.mysql',
    'LICENSE',
    'LICENSE.mysql',
    'NEWS',
    'README.me',
    'README.mysql',
    'README.nss',
    'README.pc',
    'click.me',
    'delete.me',
    'keep.me',
    'package.mask',
    'package.use.mask',
    'package.use.stable.mask',
    'read.me',
    'readme.1st',
    'test.me',
    'use.mask',
    'use.stable.mask',
  ],
  languageId: 372,
  tmScope: 'none',
  aliases: ['fundamental', 'plain text'],
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/TextGrid.js
/* harmony default export */ const TextGrid = ({
  name: 'TextGrid',
  type: 'data',
  aceMode: 'text',
  extensions: ['.TextGrid'],
  languageId: 965696054,
  tmScope: 'source.textgrid',
  color: '#c8506d',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Textile.js
/* harmony default export */ const Textile = ({
  name: 'Textile',
  type: 'prose',
  aceMode: 'textile',
  extensions: ['.textile'],
  languageId: 373,
  tmScope: 'none',
  codemirrorMode: 'textile',
  codemirrorMimeType: 'text/x-textile',
  color: '#ffe7ac',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/TextMate_20_Properties.js
/* harmony default export */ const TextMate_20_Properties = ({
  name: 'TextMate Properties',
  type: 'data',
  aceMode: 'properties',
  filenames: ['.tm_properties'],
  languageId: 981795023,
  tmScope: 'source.tm-properties',
  aliases: ['tm-properties'],
  codemirrorMode: 'properties',
  codemirrorMimeType: 'text/x-properties',
  color: '#df66e4',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Thrift.js
/* harmony default export */ const Thrift = ({
  name: 'Thrift',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.thrift'],
  languageId: 374,
  tmScope: 'source.thrift',
  color: '#D12127',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/TI_20_Program.js
/* harmony default export */ const TI_20_Program = ({
  name: 'TI Program',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.8xp', '.8xp.txt'],
  languageId: 422,
  tmScope: 'source.8xp',
  color: '#A0AA87',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/TL-Verilog.js
/* harmony default export */ const TL_Verilog = ({
  name: 'TL-Verilog',
  type: 'programming',
  aceMode: 'verilog',
  extensions: ['.tlv'],
  languageId: 118656070,
  tmScope: 'source.tlverilog',
  color: '#C40023',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/TLA.js
/* harmony default export */ const TLA = ({
  name: 'TLA',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.tla'],
  languageId: 364,
  tmScope: 'source.tla',
  color: '#4b0079',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/TMDL.js
/* harmony default export */ const TMDL = ({
  name: 'TMDL',
  type: 'data',
  aceMode: 'text',
  extensions: ['.tmdl'],
  languageId: 769162295,
  tmScope: 'source.tmdl',
  aliases: ['Tabular Model Definition Language'],
  color: '#f0c913',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Toit.js
/* harmony default export */ const Toit = ({
  name: 'Toit',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.toit'],
  languageId: 356554395,
  tmScope: 'source.toit',
  color: '#c2c9fb',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Tolk.js
/* harmony default export */ const Tolk = ({
  name: 'Tolk',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.tolk'],
  languageId: 678673060,
  tmScope: 'source.tolk',
  codemirrorMode: 'stylus',
  codemirrorMimeType: 'text/x-styl',
  color: '#30A1F5',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/TOML.js
/* harmony default export */ const TOML = ({
  name: 'TOML',
  type: 'data',
  aceMode: 'toml',
  extensions: ['.toml', '.toml.example'],
  filenames: [
    'Cargo.lock',
    'Cargo.toml.orig',
    'Gopkg.lock',
    'Pipfile',
    'mise.local.lock',
    'mise.lock',
    'pdm.lock',
    'poetry.lock',
    'uv.lock',
  ],
  languageId: 365,
  tmScope: 'source.toml',
  codemirrorMode: 'toml',
  codemirrorMimeType: 'text/x-toml',
  color: '#9c4221',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Tor_20_Config.js
/* harmony default export */ const Tor_20_Config = ({
  name: 'Tor Config',
  type: 'data',
  aceMode: 'apache_conf',
  filenames: ['torrc'],
  languageId: 1016912802,
  tmScope: 'source.torrc',
  aliases: ['torrc'],
  color: '#59316b',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Tree-sitter_20_Query.js
/* harmony default export */ const Tree_sitter_20_Query = ({
  name: 'Tree-sitter Query',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.scm'],
  languageId: 436081647,
  tmScope: 'source.scm',
  aliases: ['tsq'],
  color: '#8ea64c',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/TSPLIB_20_data.js
/* harmony default export */ const TSPLIB_20_data = ({
  name: 'TSPLIB data',
  type: 'data',
  aceMode: 'text',
  extensions: ['.tsp'],
  languageId: 89289301,
  tmScope: 'none',
  aliases: ['travelling salesman problem', 'traveling salesman problem'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/TSQL.js
/* harmony default export */ const TSQL = ({
  name: 'TSQL',
  type: 'programming',
  aceMode: 'sql',
  extensions: ['.sql'],
  languageId: 918334941,
  tmScope: 'source.tsql',
  color: '#e38c00',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/TSV.js
/* harmony default export */ const TSV = ({
  name: 'TSV',
  type: 'data',
  aceMode: 'tsv',
  extensions: ['.tsv', '.vcf'],
  languageId: 1035892117,
  tmScope: 'source.tsv',
  aliases: ['tab-seperated values'],
  color: '#237346',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/TSX.js
/* harmony default export */ const TSX = ({
  name: 'TSX',
  type: 'programming',
  aceMode: 'tsx',
  extensions: ['.tsx'],
  languageId: 94901924,
  tmScope: 'source.tsx',
  aliases: ['typescriptreact'],
  codemirrorMode: 'jsx',
  codemirrorMimeType: 'text/typescript-jsx',
  color: '#3178c6',
  group: 'TypeScript',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Turing.js
/* harmony default export */ const Turing = ({
  name: 'Turing',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.t', '.tu'],
  languageId: 375,
  tmScope: 'source.turing',
  color: '#cf142b',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Turtle.js
/* harmony default export */ const Turtle = ({
  name: 'Turtle',
  type: 'data',
  aceMode: 'turtle',
  extensions: ['.ttl'],
  languageId: 376,
  tmScope: 'source.turtle',
  codemirrorMode: 'turtle',
  codemirrorMimeType: 'text/turtle',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Twig.js
/* harmony default export */ const Twig = ({
  name: 'Twig',
  type: 'markup',
  aceMode: 'twig',
  extensions: ['.twig'],
  languageId: 377,
  tmScope: 'text.html.twig',
  codemirrorMode: 'twig',
  codemirrorMimeType: 'text/x-twig',
  color: '#c1d026',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/TXL.js
/* harmony default export */ const TXL = ({
  name: 'TXL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.txl'],
  languageId: 366,
  tmScope: 'source.txl',
  color: '#0178b8',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Type_20_Language.js
/* harmony default export */ const Type_20_Language = ({
  name: 'Type Language',
  type: 'data',
  aceMode: 'text',
  extensions: ['.tl'],
  languageId: 632765617,
  tmScope: 'source.tl',
  aliases: ['tl'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/TypeScript.js
/* harmony default export */ const TypeScript = ({
  name: 'TypeScript',
  type: 'programming',
  aceMode: 'typescript',
  extensions: ['.ts', '.cts', '.mts'],
  languageId: 378,
  tmScope: 'source.ts',
  aliases: ['ts'],
  codemirrorMode: 'javascript',
  codemirrorMimeType: 'application/typescript',
  color: '#3178c6',
  interpreters: ['bun', 'deno', 'ts-node', 'tsx', 'node'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/TypeSpec.js
/* harmony default export */ const TypeSpec = ({
  name: 'TypeSpec',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.tsp'],
  languageId: 952272597,
  tmScope: 'source.tsp',
  aliases: ['tsp'],
  color: '#4A3665',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Typst.js
/* harmony default export */ const Typst = ({
  name: 'Typst',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.typ'],
  languageId: 704730682,
  tmScope: 'source.typst',
  aliases: ['typ'],
  color: '#239dad',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ucode.js
/* harmony default export */ const ucode = ({
  name: 'ucode',
  type: 'programming',
  aceMode: 'javascript',
  extensions: ['.uc'],
  languageId: 365454253,
  tmScope: 'source.ucode',
  codemirrorMode: 'javascript',
  codemirrorMimeType: 'text/javascript',
  color: '#00b8d4',
  interpreters: ['ucode'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Unified_20_Parallel_20_C.js
/* harmony default export */ const Unified_20_Parallel_20_C = ({
  name: 'Unified Parallel C',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.upc'],
  languageId: 379,
  tmScope: 'source.c',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csrc',
  color: '#4e3617',
  group: 'C',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Unity3D_20_Asset.js
/* harmony default export */ const Unity3D_20_Asset = ({
  name: 'Unity3D Asset',
  type: 'data',
  aceMode: 'yaml',
  extensions: [
    '.anim',
    '.asset',
    '.mask',
    '.mat',
    '.meta',
    '.prefab',
    '.unity',
  ],
  languageId: 380,
  tmScope: 'source.yaml',
  codemirrorMode: 'yaml',
  codemirrorMimeType: 'text/x-yaml',
  color: '#222c37',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Unix_20_Assembly.js
/* harmony default export */ const Unix_20_Assembly = ({
  name: 'Unix Assembly',
  type: 'programming',
  aceMode: 'assembly_x86',
  extensions: ['.s', '.ms'],
  languageId: 120,
  tmScope: 'source.x86',
  aliases: ['gas', 'gnu asm', 'unix asm'],
  group: 'Assembly',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Uno.js
/* harmony default export */ const Uno = ({
  name: 'Uno',
  type: 'programming',
  aceMode: 'csharp',
  extensions: ['.uno'],
  languageId: 381,
  tmScope: 'source.cs',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csharp',
  color: '#9933cc',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/UnrealScript.js
/* harmony default export */ const UnrealScript = ({
  name: 'UnrealScript',
  type: 'programming',
  aceMode: 'java',
  extensions: ['.uc'],
  languageId: 382,
  tmScope: 'source.java',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-java',
  color: '#a54c4d',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Untyped_20_Plutus_20_Core.js
/* harmony default export */ const Untyped_20_Plutus_20_Core = ({
  name: 'Untyped Plutus Core',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.uplc'],
  languageId: 1061635506,
  tmScope: 'source.uplc',
  color: '#36adbd',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/UrWeb.js
/* harmony default export */ const UrWeb = ({
  name: 'UrWeb',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ur', '.urs'],
  languageId: 383,
  tmScope: 'source.ur',
  aliases: ['Ur/Web', 'Ur'],
  color: '#ccccee',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/V.js
/* harmony default export */ const V = ({
  name: 'V',
  type: 'programming',
  aceMode: 'golang',
  extensions: ['.v'],
  languageId: 603371597,
  tmScope: 'source.v',
  aliases: ['vlang'],
  codemirrorMode: 'go',
  codemirrorMimeType: 'text/x-go',
  color: '#4f87c4',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Vala.js
/* harmony default export */ const Vala = ({
  name: 'Vala',
  type: 'programming',
  aceMode: 'vala',
  extensions: ['.vala', '.vapi'],
  languageId: 386,
  tmScope: 'source.vala',
  color: '#a56de2',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Valve_20_Data_20_Format.js
/* harmony default export */ const Valve_20_Data_20_Format = ({
  name: 'Valve Data Format',
  type: 'data',
  aceMode: 'text',
  extensions: ['.vdf', '.vmf'],
  languageId: 544060961,
  tmScope: 'source.keyvalues',
  aliases: ['keyvalues', 'vdf'],
  color: '#f26025',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/VBA.js
/* harmony default export */ const VBA = ({
  name: 'VBA',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.bas', '.cls', '.frm', '.vba'],
  languageId: 399230729,
  tmScope: 'source.vba',
  aliases: ['visual basic for applications'],
  codemirrorMode: 'vb',
  codemirrorMimeType: 'text/x-vb',
  color: '#867db1',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/VBScript.js
/* harmony default export */ const VBScript = ({
  name: 'VBScript',
  type: 'programming',
  aceMode: 'vbscript',
  extensions: ['.vbs'],
  languageId: 408016005,
  tmScope: 'source.vbnet',
  codemirrorMode: 'vbscript',
  codemirrorMimeType: 'text/vbscript',
  color: '#15dcdc',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/vCard.js
/* harmony default export */ const vCard = ({
  name: 'vCard',
  type: 'data',
  aceMode: 'properties',
  extensions: ['.vcf'],
  languageId: 851476558,
  tmScope: 'source.vcard',
  aliases: ['virtual contact file', 'electronic business card'],
  codemirrorMode: 'properties',
  codemirrorMimeType: 'text/x-properties',
  color: '#ee2647',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/VCL.js
/* harmony default export */ const VCL = ({
  name: 'VCL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.vcl'],
  languageId: 384,
  tmScope: 'source.vcl',
  color: '#148AA8',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Velocity_20_Template_20_Language.js
/* harmony default export */ const Velocity_20_Template_20_Language = ({
  name: 'Velocity Template Language',
  type: 'markup',
  aceMode: 'velocity',
  extensions: ['.vtl'],
  languageId: 292377326,
  tmScope: 'source.velocity',
  aliases: ['vtl', 'velocity'],
  codemirrorMode: 'velocity',
  codemirrorMimeType: 'text/velocity',
  color: '#507cff',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Vento.js
/* harmony default export */ const Vento = ({
  name: 'Vento',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.vto'],
  languageId: 757053899,
  tmScope: 'source.vento',
  color: '#ff0080',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Verilog.js
/* harmony default export */ const Verilog = ({
  name: 'Verilog',
  type: 'programming',
  aceMode: 'verilog',
  extensions: ['.v', '.veo'],
  languageId: 387,
  tmScope: 'source.verilog',
  codemirrorMode: 'verilog',
  codemirrorMimeType: 'text/x-verilog',
  color: '#b2b7f8',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Verse.js
/* harmony default export */ const Verse = ({
  name: 'Verse',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.verse'],
  languageId: 180832205,
  tmScope: 'source.verse',
  color: '#518ef8',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Vespa_20_Schema_20_Definition.js
/* harmony default export */ const Vespa_20_Schema_20_Definition = ({
  name: 'Vespa Schema Definition',
  type: 'data',
  aceMode: 'text',
  extensions: ['.sd'],
  languageId: 587879709,
  tmScope: 'source.vespaSchema',
  aliases: ['vespa'],
  color: '#61D790',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/VHDL.js
/* harmony default export */ const VHDL = ({
  name: 'VHDL',
  type: 'programming',
  aceMode: 'vhdl',
  extensions: ['.vhdl', '.vhd', '.vhf', '.vhi', '.vho', '.vhs', '.vht', '.vhw'],
  languageId: 385,
  tmScope: 'source.vhdl',
  codemirrorMode: 'vhdl',
  codemirrorMimeType: 'text/x-vhdl',
  color: '#adb2cb',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Vim_20_Help_20_File.js
/* harmony default export */ const Vim_20_Help_20_File = ({
  name: 'Vim Help File',
  type: 'prose',
  aceMode: 'text',
  extensions: ['.txt'],
  languageId: 508563686,
  tmScope: 'text.vim-help',
  aliases: ['help', 'vimhelp'],
  color: '#199f4b',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Vim_20_script.js
/* harmony default export */ const Vim_20_script = ({
  name: 'Vim script',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.vim', '.vba', '.vimrc', '.vmb'],
  filenames: [
    '.exrc',
    '.gvimrc',
    '.nvimrc',
    '.vimrc',
    '_vimrc',
    'gvimrc',
    'nvimrc',
    'vimrc',
  ],
  languageId: 388,
  tmScope: 'source.viml',
  aliases: ['vim', 'viml', 'nvim', 'vimscript'],
  color: '#199f4b',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Vim_20_Snippet.js
/* harmony default export */ const Vim_20_Snippet = ({
  name: 'Vim Snippet',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.snip', '.snippet', '.snippets'],
  languageId: 81265970,
  tmScope: 'source.vim-snippet',
  aliases: ['SnipMate', 'UltiSnip', 'UltiSnips', 'NeoSnippet'],
  color: '#199f4b',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Visual_20_Basic_20_.NET.js
/* harmony default export */ const Visual_20_Basic_20_NET = ({
  name: 'Visual Basic .NET',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.vb', '.vbhtml'],
  languageId: 389,
  tmScope: 'source.vbnet',
  aliases: ['visual basic', 'vbnet', 'vb .net', 'vb.net'],
  codemirrorMode: 'vb',
  codemirrorMimeType: 'text/x-vb',
  color: '#945db7',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Visual_20_Basic_20_6.0.js
/* harmony default export */ const Visual_20_Basic_20_6_0 = ({
  name: 'Visual Basic 6.0',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.bas', '.cls', '.ctl', '.Dsr', '.frm'],
  languageId: 679594952,
  tmScope: 'source.vba',
  aliases: [
    'vb6',
    'vb 6',
    'visual basic 6',
    'visual basic classic',
    'classic visual basic',
  ],
  codemirrorMode: 'vb',
  codemirrorMimeType: 'text/x-vb',
  color: '#2c6353',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Volt.js
/* harmony default export */ const Volt = ({
  name: 'Volt',
  type: 'programming',
  aceMode: 'd',
  extensions: ['.volt'],
  languageId: 390,
  tmScope: 'source.d',
  codemirrorMode: 'd',
  codemirrorMimeType: 'text/x-d',
  color: '#1F1F1F',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Vue.js
/* harmony default export */ const Vue = ({
  name: 'Vue',
  type: 'markup',
  aceMode: 'vue',
  extensions: ['.vue'],
  languageId: 391,
  tmScope: 'text.html.vue',
  codemirrorMode: 'vue',
  codemirrorMimeType: 'text/x-vue',
  color: '#41b883',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Vyper.js
/* harmony default export */ const Vyper = ({
  name: 'Vyper',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.vy'],
  languageId: 1055641948,
  tmScope: 'source.vyper',
  color: '#9F4CF2',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Wavefront_20_Material.js
/* harmony default export */ const Wavefront_20_Material = ({
  name: 'Wavefront Material',
  type: 'data',
  aceMode: 'text',
  extensions: ['.mtl'],
  languageId: 392,
  tmScope: 'source.wavefront.mtl',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Wavefront_20_Object.js
/* harmony default export */ const Wavefront_20_Object = ({
  name: 'Wavefront Object',
  type: 'data',
  aceMode: 'text',
  extensions: ['.obj'],
  languageId: 393,
  tmScope: 'source.wavefront.obj',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/WDL.js
/* harmony default export */ const WDL = ({
  name: 'WDL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.wdl'],
  languageId: 374521672,
  tmScope: 'source.wdl',
  aliases: ['Workflow Description Language'],
  color: '#42f1f4',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Web_20_Ontology_20_Language.js
/* harmony default export */ const Web_20_Ontology_20_Language = ({
  name: 'Web Ontology Language',
  type: 'data',
  aceMode: 'xml',
  extensions: ['.owl'],
  languageId: 394,
  tmScope: 'text.xml',
  color: '#5b70bd',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/WebAssembly.js
/* harmony default export */ const WebAssembly = ({
  name: 'WebAssembly',
  type: 'programming',
  aceMode: 'lisp',
  extensions: ['.wast', '.wat'],
  languageId: 956556503,
  tmScope: 'source.webassembly',
  aliases: ['wast', 'wasm'],
  codemirrorMode: 'wast',
  codemirrorMimeType: 'text/webassembly',
  color: '#04133b',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/WebAssembly_20_Interface_20_Type.js
/* harmony default export */ const WebAssembly_20_Interface_20_Type = ({
  name: 'WebAssembly Interface Type',
  type: 'data',
  aceMode: 'text',
  extensions: ['.wit'],
  languageId: 134534086,
  tmScope: 'source.wit',
  aliases: ['wit'],
  codemirrorMode: 'webidl',
  codemirrorMimeType: 'text/x-webidl',
  color: '#6250e7',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/WebIDL.js
/* harmony default export */ const WebIDL = ({
  name: 'WebIDL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.webidl'],
  languageId: 395,
  tmScope: 'source.webidl',
  codemirrorMode: 'webidl',
  codemirrorMimeType: 'text/x-webidl',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/WebVTT.js
/* harmony default export */ const WebVTT = ({
  name: 'WebVTT',
  type: 'data',
  aceMode: 'text',
  extensions: ['.vtt'],
  languageId: 658679714,
  tmScope: 'text.vtt',
  aliases: ['vtt'],
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Wget_20_Config.js
/* harmony default export */ const Wget_20_Config = ({
  name: 'Wget Config',
  type: 'data',
  aceMode: 'text',
  filenames: ['.wgetrc'],
  languageId: 668457123,
  tmScope: 'source.wgetrc',
  aliases: ['wgetrc'],
  group: 'INI',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/WGSL.js
/* harmony default export */ const WGSL = ({
  name: 'WGSL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.wgsl'],
  languageId: 836605993,
  tmScope: 'source.wgsl',
  color: '#1a5e9a',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Whiley.js
/* harmony default export */ const Whiley = ({
  name: 'Whiley',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.whiley'],
  languageId: 888779559,
  tmScope: 'source.whiley',
  color: '#d5c397',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Wikitext.js
/* harmony default export */ const Wikitext = ({
  name: 'Wikitext',
  type: 'prose',
  aceMode: 'mediawiki',
  extensions: ['.mediawiki', '.wiki', '.wikitext'],
  languageId: 228,
  tmScope: 'text.html.mediawiki',
  aliases: ['mediawiki', 'wiki'],
  color: '#fc5757',
  wrap: true,
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Win32_20_Message_20_File.js
/* harmony default export */ const Win32_20_Message_20_File = ({
  name: 'Win32 Message File',
  type: 'data',
  aceMode: 'ini',
  extensions: ['.mc'],
  languageId: 950967261,
  tmScope: 'source.win32-messages',
  codemirrorMode: 'properties',
  codemirrorMimeType: 'text/x-properties',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Windows_20_Registry_20_Entries.js
/* harmony default export */ const Windows_20_Registry_20_Entries = ({
  name: 'Windows Registry Entries',
  type: 'data',
  aceMode: 'ini',
  extensions: ['.reg'],
  languageId: 969674868,
  tmScope: 'source.reg',
  codemirrorMode: 'properties',
  codemirrorMimeType: 'text/x-properties',
  color: '#52d5ff',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/wisp.js
/* harmony default export */ const wisp = ({
  name: 'wisp',
  type: 'programming',
  aceMode: 'clojure',
  extensions: ['.wisp'],
  languageId: 420,
  tmScope: 'source.clojure',
  codemirrorMode: 'clojure',
  codemirrorMimeType: 'text/x-clojure',
  color: '#7582D1',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Witcher_20_Script.js
/* harmony default export */ const Witcher_20_Script = ({
  name: 'Witcher Script',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.ws'],
  languageId: 686821385,
  tmScope: 'source.witcherscript',
  color: '#ff0000',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Wolfram_20_Language.js
/* harmony default export */ const Wolfram_20_Language = ({
  name: 'Wolfram Language',
  type: 'programming',
  aceMode: 'text',
  extensions: [
    '.mathematica',
    '.cdf',
    '.m',
    '.ma',
    '.mt',
    '.nb',
    '.nbp',
    '.wl',
    '.wls',
    '.wlt',
  ],
  languageId: 224,
  tmScope: 'source.mathematica',
  aliases: ['mathematica', 'mma', 'wolfram', 'wolfram lang', 'wl'],
  codemirrorMode: 'mathematica',
  codemirrorMimeType: 'text/x-mathematica',
  color: '#dd1100',
  interpreters: [
    'wolfram',
    'WolframKernel',
    'wolframscript',
    'math',
    'MathKernel',
    'MathematicaScript',
    'WolframNB',
    'Mathematica',
  ],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Wollok.js
/* harmony default export */ const Wollok = ({
  name: 'Wollok',
  type: 'programming',
  aceMode: 'wollok',
  extensions: ['.wlk'],
  languageId: 632745969,
  tmScope: 'source.wollok',
  color: '#a23738',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/World_20_of_20_Warcraft_20_Addon_20_Data.js
/* harmony default export */ const World_20_of_20_Warcraft_20_Addon_20_Data = ({
  name: 'World of Warcraft Addon Data',
  type: 'data',
  aceMode: 'text',
  extensions: ['.toc'],
  languageId: 396,
  tmScope: 'source.toc',
  color: '#f7e43f',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Wren.js
/* harmony default export */ const Wren = ({
  name: 'Wren',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.wren'],
  languageId: 713580619,
  tmScope: 'source.wren',
  aliases: ['wrenlang'],
  color: '#383838',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/X_20_BitMap.js
/* harmony default export */ const X_20_BitMap = ({
  name: 'X BitMap',
  type: 'data',
  aceMode: 'c_cpp',
  extensions: ['.xbm'],
  languageId: 782911107,
  tmScope: 'source.c',
  aliases: ['xbm'],
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csrc',
  group: 'C',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/X_20_Font_20_Directory_20_Index.js
/* harmony default export */ const X_20_Font_20_Directory_20_Index = ({
  name: 'X Font Directory Index',
  type: 'data',
  aceMode: 'text',
  filenames: ['encodings.dir', 'fonts.alias', 'fonts.dir', 'fonts.scale'],
  languageId: 208700028,
  tmScope: 'source.fontdir',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/X_20_PixMap.js
/* harmony default export */ const X_20_PixMap = ({
  name: 'X PixMap',
  type: 'data',
  aceMode: 'c_cpp',
  extensions: ['.xpm', '.pm'],
  languageId: 781846279,
  tmScope: 'source.c',
  aliases: ['xpm'],
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csrc',
  group: 'C',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/X10.js
/* harmony default export */ const X10 = ({
  name: 'X10',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.x10'],
  languageId: 397,
  tmScope: 'source.x10',
  aliases: ['xten'],
  color: '#4B6BEF',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/xBase.js
/* harmony default export */ const xBase = ({
  name: 'xBase',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.prg', '.ch', '.prw'],
  languageId: 421,
  tmScope: 'source.harbour',
  aliases: ['advpl', 'clipper', 'foxpro'],
  color: '#403a40',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/XC.js
/* harmony default export */ const XC = ({
  name: 'XC',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.xc'],
  languageId: 398,
  tmScope: 'source.xc',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csrc',
  color: '#99DA07',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/XCompose.js
/* harmony default export */ const XCompose = ({
  name: 'XCompose',
  type: 'data',
  aceMode: 'text',
  filenames: ['.XCompose', 'XCompose', 'xcompose'],
  languageId: 225167241,
  tmScope: 'config.xcompose',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Xmake.js
/* harmony default export */ const Xmake = ({
  name: 'Xmake',
  type: 'programming',
  aceMode: 'text',
  filenames: ['xmake.lua'],
  languageId: 225223071,
  tmScope: 'source.xmake',
  color: '#22a079',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/XML.js
/* harmony default export */ const XML = ({
  name: 'XML',
  type: 'data',
  aceMode: 'xml',
  extensions: [
    '.xml',
    '.adml',
    '.admx',
    '.ant',
    '.axaml',
    '.axml',
    '.builds',
    '.ccproj',
    '.ccxml',
    '.clixml',
    '.cproject',
    '.cscfg',
    '.csdef',
    '.csl',
    '.csproj',
    '.ct',
    '.depproj',
    '.dita',
    '.ditamap',
    '.ditaval',
    '.dll.config',
    '.dotsettings',
    '.filters',
    '.fsproj',
    '.fxml',
    '.glade',
    '.gml',
    '.gmx',
    '.gpx',
    '.grxml',
    '.gst',
    '.hzp',
    '.icls',
    '.iml',
    '.ivy',
    '.jelly',
    '.jsproj',
    '.kml',
    '.launch',
    '.mdpolicy',
    '.meta4',
    '.mjml',
    '.mm',
    '.mod',
    '.mojo',
    '.mxml',
    '.natvis',
    '.ncl',
    '.ndproj',
    '.nproj',
    '.nuspec',
    '.odd',
    '.osm',
    '.pkgproj',
    '.pluginspec',
    '.proj',
    '.props',
    '.ps1xml',
    '.psc1',
    '.pt',
    '.pubxml',
    '.qhelp',
    '.rbxmx',
    '.rdf',
    '.res',
    '.resx',
    '.rs',
    '.rss',
    '.sch',
    '.scxml',
    '.sfproj',
    '.shproj',
    '.slnx',
    '.srdf',
    '.storyboard',
    '.sublime-snippet',
    '.sw',
    '.targets',
    '.tml',
    '.ts',
    '.tsx',
    '.typ',
    '.ui',
    '.urdf',
    '.ux',
    '.vbproj',
    '.vcxproj',
    '.vsixmanifest',
    '.vssettings',
    '.vstemplate',
    '.vxml',
    '.wixproj',
    '.workflow',
    '.wsdl',
    '.wsf',
    '.wxi',
    '.wxl',
    '.wxs',
    '.x3d',
    '.xacro',
    '.xaml',
    '.xib',
    '.xlf',
    '.xliff',
    '.xmi',
    '.xml.dist',
    '.xmp',
    '.xproj',
    '.xsd',
    '.xspec',
    '.xul',
    '.zcml',
  ],
  filenames: [
    '.classpath',
    '.cproject',
    '.project',
    'App.config',
    'NuGet.config',
    'Settings.StyleCop',
    'Web.Debug.config',
    'Web.Release.config',
    'Web.config',
    'packages.config',
  ],
  languageId: 399,
  tmScope: 'text.xml',
  aliases: ['rss', 'xsd', 'wsdl'],
  codemirrorMode: 'xml',
  codemirrorMimeType: 'text/xml',
  color: '#0060ac',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/XML_20_Property_20_List.js
/* harmony default export */ const XML_20_Property_20_List = ({
  name: 'XML Property List',
  type: 'data',
  aceMode: 'xml',
  extensions: [
    '.plist',
    '.stTheme',
    '.tmCommand',
    '.tmLanguage',
    '.tmPreferences',
    '.tmSnippet',
    '.tmTheme',
  ],
  languageId: 75622871,
  tmScope: 'text.xml.plist',
  codemirrorMode: 'xml',
  codemirrorMimeType: 'text/xml',
  color: '#0060ac',
  group: 'XML',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Xojo.js
/* harmony default export */ const Xojo = ({
  name: 'Xojo',
  type: 'programming',
  aceMode: 'text',
  extensions: [
    '.xojo_code',
    '.xojo_menu',
    '.xojo_report',
    '.xojo_script',
    '.xojo_toolbar',
    '.xojo_window',
  ],
  languageId: 405,
  tmScope: 'source.xojo',
  color: '#81bd41',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Xonsh.js
/* harmony default export */ const Xonsh = ({
  name: 'Xonsh',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.xsh'],
  languageId: 614078284,
  tmScope: 'source.python',
  codemirrorMode: 'python',
  codemirrorMimeType: 'text/x-python',
  color: '#285EEF',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/XPages.js
/* harmony default export */ const XPages = ({
  name: 'XPages',
  type: 'data',
  aceMode: 'xml',
  extensions: ['.xsp-config', '.xsp.metadata'],
  languageId: 400,
  tmScope: 'text.xml',
  codemirrorMode: 'xml',
  codemirrorMimeType: 'text/xml',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/XProc.js
/* harmony default export */ const XProc = ({
  name: 'XProc',
  type: 'programming',
  aceMode: 'xml',
  extensions: ['.xpl', '.xproc'],
  languageId: 401,
  tmScope: 'text.xml',
  codemirrorMode: 'xml',
  codemirrorMimeType: 'text/xml',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/XQuery.js
/* harmony default export */ const XQuery = ({
  name: 'XQuery',
  type: 'programming',
  aceMode: 'xquery',
  extensions: ['.xquery', '.xq', '.xql', '.xqm', '.xqy'],
  languageId: 402,
  tmScope: 'source.xq',
  codemirrorMode: 'xquery',
  codemirrorMimeType: 'application/xquery',
  color: '#5232e7',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/XS.js
/* harmony default export */ const XS = ({
  name: 'XS',
  type: 'programming',
  aceMode: 'c_cpp',
  extensions: ['.xs'],
  languageId: 403,
  tmScope: 'source.c',
  codemirrorMode: 'clike',
  codemirrorMimeType: 'text/x-csrc',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/XSLT.js
/* harmony default export */ const XSLT = ({
  name: 'XSLT',
  type: 'programming',
  aceMode: 'xml',
  extensions: ['.xslt', '.xsl'],
  languageId: 404,
  tmScope: 'text.xml.xsl',
  aliases: ['xsl'],
  codemirrorMode: 'xml',
  codemirrorMimeType: 'text/xml',
  color: '#EB8CEB',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Xtend.js
/* harmony default export */ const Xtend = ({
  name: 'Xtend',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.xtend'],
  languageId: 406,
  tmScope: 'source.xtend',
  color: '#24255d',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Yacc.js
/* harmony default export */ const Yacc = ({
  name: 'Yacc',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.y', '.yacc', '.yy'],
  languageId: 409,
  tmScope: 'source.yacc',
  color: '#4B6C4B',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/YAML.js
/* harmony default export */ const YAML = ({
  name: 'YAML',
  type: 'data',
  aceMode: 'yaml',
  extensions: [
    '.yml',
    '.mir',
    '.reek',
    '.rviz',
    '.sublime-syntax',
    '.syntax',
    '.yaml',
    '.yaml-tmlanguage',
    '.yaml.sed',
    '.yml.mysql',
  ],
  filenames: [
    '.clang-format',
    '.clang-tidy',
    '.clangd',
    '.eslintrc',
    '.gemrc',
    '.releaserc',
    'CITATION.cff',
    'glide.lock',
    'pixi.lock',
    'yarn.lock',
  ],
  languageId: 407,
  tmScope: 'source.yaml',
  aliases: ['yml'],
  codemirrorMode: 'yaml',
  codemirrorMimeType: 'text/x-yaml',
  color: '#cb171e',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/YANG.js
/* harmony default export */ const YANG = ({
  name: 'YANG',
  type: 'data',
  aceMode: 'text',
  extensions: ['.yang'],
  languageId: 408,
  tmScope: 'source.yang',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/YARA.js
/* harmony default export */ const YARA = ({
  name: 'YARA',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.yar', '.yara'],
  languageId: 805122868,
  tmScope: 'source.yara',
  color: '#220000',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/YASnippet.js
/* harmony default export */ const YASnippet = ({
  name: 'YASnippet',
  type: 'markup',
  aceMode: 'text',
  extensions: ['.yasnippet'],
  languageId: 378760102,
  tmScope: 'source.yasnippet',
  aliases: ['snippet', 'yas'],
  color: '#32AB90',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Yul.js
/* harmony default export */ const Yul = ({
  name: 'Yul',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.yul'],
  languageId: 237469033,
  tmScope: 'source.yul',
  color: '#794932',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ZAP.js
/* harmony default export */ const ZAP = ({
  name: 'ZAP',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.zap', '.xzap'],
  languageId: 952972794,
  tmScope: 'source.zap',
  color: '#0d665e',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Zeek.js
/* harmony default export */ const Zeek = ({
  name: 'Zeek',
  type: 'programming',
  aceMode: 'zeek',
  extensions: ['.zeek', '.bro'],
  languageId: 40,
  tmScope: 'source.zeek',
  aliases: ['bro'],
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ZenScript.js
/* harmony default export */ const ZenScript = ({
  name: 'ZenScript',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.zs'],
  languageId: 494938890,
  tmScope: 'source.zenscript',
  color: '#00BCD1',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Zephir.js
/* harmony default export */ const Zephir = ({
  name: 'Zephir',
  type: 'programming',
  aceMode: 'php',
  extensions: ['.zep'],
  languageId: 410,
  tmScope: 'source.php.zephir',
  color: '#118f9e',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Zig.js
/* harmony default export */ const Zig = ({
  name: 'Zig',
  type: 'programming',
  aceMode: 'zig',
  extensions: ['.zig', '.zig.zon'],
  languageId: 646424281,
  tmScope: 'source.zig',
  color: '#ec915c',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/ZIL.js
/* harmony default export */ const ZIL = ({
  name: 'ZIL',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.zil', '.mud'],
  languageId: 973483626,
  tmScope: 'source.zil',
  color: '#dc75e5',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Zimpl.js
/* harmony default export */ const Zimpl = ({
  name: 'Zimpl',
  type: 'programming',
  aceMode: 'text',
  extensions: ['.zimpl', '.zmpl', '.zpl'],
  languageId: 411,
  tmScope: 'none',
  color: '#d67711',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/data/Zmodel.js
/* harmony default export */ const Zmodel = ({
  name: 'Zmodel',
  type: 'data',
  aceMode: 'text',
  extensions: ['.zmodel'],
  languageId: 803760908,
  tmScope: 'source.zmodel',
  color: '#ff7100',
});

;// CONCATENATED MODULE: ./node_modules/linguist-languages/index.js



































































































































































































































































































































































































































































































































































































































































































































































































































































/***/ })

};
