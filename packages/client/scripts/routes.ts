// Writes src/generated/routes.ts: the API's route schema (paths, inputs, outputs, statuses) spelled out as
// plain types, so @enlist/client's declarations need nothing of the server installed. The schema is read
// from @enlist/api's own declarations by the TypeScript checker and printed structurally; a type that
// cannot be spelled without the server's packages stops the build instead of leaking an import.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import ts from "typescript";

const here = resolve(import.meta.dirname, "..");
const probe = join(here, "src", "__routes_probe.ts");
const source = `import type { ExtractSchema } from "hono/types";\nimport type { AppType } from "@enlist/api";\nexport type Routes = ExtractSchema<AppType>;\n`;

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};
const host = ts.createCompilerHost(options);
const readFile = host.readFile.bind(host);
host.readFile = (f) => (resolve(f) === probe ? source : readFile(f));
const fileExists = host.fileExists.bind(host);
host.fileExists = (f) => resolve(f) === probe || fileExists(f);
const getSourceFile = host.getSourceFile.bind(host);
host.getSourceFile = (f, lang, ...rest) =>
  resolve(f) === probe ? ts.createSourceFile(f, source, lang, true) : getSourceFile(f, lang, ...rest);

const program = ts.createProgram([probe], options, host);
const problems = ts.getPreEmitDiagnostics(program).filter((d) => d.category === ts.DiagnosticCategory.Error);
if (problems.length) {
  console.error(ts.formatDiagnostics(problems, host));
  process.exit(1);
}
const checker = program.getTypeChecker();
const file = program.getSourceFile(probe)!;
const alias = file.statements.find(ts.isTypeAliasDeclaration)!;
const routes = checker.getTypeAtLocation(alias.name);

const identifier = /^[A-Za-z_$][\w$]*$/;
const key = (name: string) => (identifier.test(name) ? name : JSON.stringify(name));
const indent = (depth: number) => "  ".repeat(depth);
/** Global types every consumer has (File, Date, Blob…): kept by name. */
const fromDefaultLib = (t: ts.Type) => {
  const decls = (t.aliasSymbol ?? t.getSymbol())?.getDeclarations() ?? [];
  return decls.length > 0 && decls.every((d) => program.isSourceFileDefaultLibrary(d.getSourceFile()));
};

/** Named types of the server (an alias such as Engine, hono's recursive JSONObject) are written once, by name. */
const names = new Map<ts.Type, string>();
const hoisted: string[] = [];
const taken = new Set<string>(["Routes"]);
function nameOf(t: ts.Type): string | undefined {
  if (t.aliasSymbol) return t.aliasTypeArguments?.length ? undefined : t.aliasSymbol.getName();
  const symbol = t.getSymbol();
  if (!symbol || !(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class))) return undefined;
  return (t as ts.TypeReference).typeArguments?.length ? undefined : symbol.getName();
}
function hoist(t: ts.Type, name: string, path: string): string {
  let unique = name;
  for (let i = 2; taken.has(unique); i++) unique = `${name}${i}`;
  taken.add(unique);
  names.set(t, unique);
  hoisted.push(`type ${unique} = ${print(t, 0, path, true)};`);
  return unique;
}

const seen = new Set<ts.Type>();
function print(t: ts.Type, depth: number, path: string, expand = false): string {
  const known = expand ? undefined : names.get(t);
  if (known) return known;
  const name = expand ? undefined : nameOf(t);
  if (name && !fromDefaultLib(t) && t.flags & (ts.TypeFlags.Object | ts.TypeFlags.Union | ts.TypeFlags.Intersection))
    return hoist(t, name, path);
  const f = t.flags;
  if (f & ts.TypeFlags.Any) return "any";
  if (f & ts.TypeFlags.Unknown) return "unknown";
  if (f & ts.TypeFlags.Never) return "never";
  if (f & ts.TypeFlags.Void) return "void";
  if (f & ts.TypeFlags.Undefined) return "undefined";
  if (f & ts.TypeFlags.Null) return "null";
  if (f & ts.TypeFlags.NonPrimitive) return "object";
  if (
    f &
    (ts.TypeFlags.String | ts.TypeFlags.Number | ts.TypeFlags.Boolean | ts.TypeFlags.BigInt | ts.TypeFlags.ESSymbol)
  )
    return checker.typeToString(t);
  if (
    f &
    (ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLiteral | ts.TypeFlags.BooleanLiteral | ts.TypeFlags.BigIntLiteral)
  )
    return checker.typeToString(t);
  if (f & ts.TypeFlags.TemplateLiteral) return checker.typeToString(t);
  if (t.isUnion()) {
    const parts = t.types.map((m) => print(m, depth, path));
    // true | false is how the checker holds boolean.
    const hasTrue = parts.includes("true");
    const merged =
      hasTrue && parts.includes("false") ? [...parts.filter((p) => p !== "true" && p !== "false"), "boolean"] : parts;
    return merged.length === 1 ? merged[0]! : merged.map((p) => (p.includes("=>") ? `(${p})` : p)).join(" | ");
  }
  if (t.isIntersection()) return t.types.map((m) => `(${print(m, depth, path)})`).join(" & ");
  if (!(f & ts.TypeFlags.Object)) throw new Error(`${path}: cannot spell ${checker.typeToString(t)}`);
  if (fromDefaultLib(t) && !checker.isArrayType(t) && !checker.isTupleType(t)) return checker.typeToString(t);
  if (seen.has(t)) throw new Error(`${path}: a recursive type (${checker.typeToString(t)}) needs a name of its own`);
  seen.add(t);
  try {
    if (checker.isArrayType(t)) {
      const [element] = checker.getTypeArguments(t as ts.TypeReference);
      const readonly = t.getSymbol()?.getName() === "ReadonlyArray" ? "readonly " : "";
      return `${readonly}(${print(element!, depth, `${path}[]`)})[]`;
    }
    if (checker.isTupleType(t)) {
      const target = (t as ts.TypeReference).target as ts.TupleType;
      const args = checker.getTypeArguments(t as ts.TypeReference);
      const items = args.map((a, i) => {
        const flag = target.elementFlags[i]!;
        const s = print(a, depth, `${path}[${i}]`);
        return flag & ts.ElementFlags.Rest ? `...(${s})[]` : flag & ts.ElementFlags.Optional ? `(${s})?` : s;
      });
      return `${target.readonly ? "readonly " : ""}[${items.join(", ")}]`;
    }
    const calls = t.getCallSignatures();
    if (t.getConstructSignatures().length || calls.length > 1)
      throw new Error(`${path}: a constructor or overloads in the schema`);
    // hono's InvalidJSONValue holds a function type: what a JSON body cannot carry.
    if (calls.length === 1 && checker.getPropertiesOfType(t).length === 0) {
      const call = calls[0]!;
      if (call.getTypeParameters()?.length) throw new Error(`${path}: a generic function in the schema`);
      const params = call.getParameters().map((p) => {
        const decl = p.valueDeclaration as ts.ParameterDeclaration | undefined;
        const rest = decl?.dotDotDotToken ? "..." : "";
        return `${rest}${p.getName()}${p.flags & ts.SymbolFlags.Optional ? "?" : ""}: ${print(checker.getTypeOfSymbol(p), depth, `${path}(${p.getName()})`)}`;
      });
      return `((${params.join(", ")}) => ${print(call.getReturnType(), depth, `${path}()`)})`;
    }
    const lines: string[] = [];
    for (const info of checker.getIndexInfosOfType(t)) {
      lines.push(
        `${indent(depth + 1)}${info.isReadonly ? "readonly " : ""}[key: ${checker.typeToString(info.keyType)}]: ${print(info.type, depth + 1, `${path}[key]`)};`,
      );
    }
    for (const prop of checker.getPropertiesOfType(t)) {
      const optional = prop.flags & ts.SymbolFlags.Optional ? "?" : "";
      const decl = prop.valueDeclaration ?? prop.declarations?.[0];
      const readonly = decl && ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Readonly ? "readonly " : "";
      const type = checker.getTypeOfSymbol(prop);
      lines.push(
        `${indent(depth + 1)}${readonly}${key(prop.getName())}${optional}: ${print(type, depth + 1, `${path}.${prop.getName()}`)};`,
      );
    }
    return lines.length ? `{\n${lines.join("\n")}\n${indent(depth)}}` : "{}";
  } finally {
    seen.delete(t);
  }
}

const body = print(routes, 0, "Routes");
const out = join(here, "src", "generated", "routes.ts");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  [
    "// Written by scripts/routes.ts from @enlist/api's declarations at build time; not edited by hand.",
    ...hoisted,
    "/** Every route of the API: its path, method, input, and each answer's status and body. */",
    `export type Routes = ${body};`,
    "",
  ].join("\n"),
);
console.log(`routes: ${out} (${Buffer.byteLength(body)} bytes)`);
