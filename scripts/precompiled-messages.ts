// A build plugin (vite.renderer.config.ts): the kiosk's messages compiled at build time, so vue-i18n's message compiler
// stays out of what the renderer ships. Every visit loads its first screen cold (issue 12), and the compiler is about
// 16 KiB of minified code that would only turn « Aide : {label} » into a function at run time.
//
// In each message file (features/<journey>/messages.<lang>.ts, easy-read.<lang>.ts, i18n/errors|help.<lang>.ts and the
// locale files i18n/fr|en|ar.ts), every string that is a property value or an array element — a message — is compiled
// with @intlify/message-compiler, the compiler vue-i18n itself runs (JIT mode, minified AST). A message that says
// exactly what it shows (no placeholder, no plural, no linked message, no literal) stays a string: vue-i18n returns
// such a string as it is once the compiler is dropped. The others become their AST, which vue-i18n's runtime formats.
// A message the compiler refuses fails the build. `__INTLIFY_DROP_MESSAGE_COMPILER__` then lets the bundler drop the
// compiler.
//
// Only the build (and so Electron and the browser tests, which run the production build) uses it; the unit tests run
// vue-i18n with its compiler, on the same source texts.
import { baseCompile, type CompileError } from '@intlify/message-compiler';
import { parseAst, type Plugin } from 'vite';

/** The message files of the renderer, by path. */
export const messageFile =
  /\/renderer\/src\/(?:(?:features\/[^/]+|kiosk(?:\/agent)?)\/(?:messages|easy-read)\.[a-z]+|i18n\/(?:(?:errors|help|easy-read)\.[a-z.-]+|fr|en|ar))\.ts$/;

/** What a message string becomes in the build: the string itself when it shows as written, else its AST (as JSON). */
export function compiledMessage(message: string, where: string): string {
  const errors: CompileError[] = [];
  const { ast } = baseCompile(message, { jit: true, minify: true, location: false, onError: (e) => errors.push(e) });
  if (errors.length > 0) throw new Error(`The message ${JSON.stringify(message)} (${where}) does not compile: ${errors.map((e) => e.message).join('; ')}`);
  const body = (ast as unknown as { b?: { t?: number; s?: string } }).b;
  if (body?.t === 2 && body.s === message) return JSON.stringify(message);
  return JSON.stringify(ast);
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** The text of a string literal or of a template literal without expressions; null for anything else. */
function stringOf(node: Node): string | null {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) {
    const [quasi] = node.quasis as { value: { cooked: string | null } }[];
    return quasi?.value.cooked ?? null;
  }
  return null;
}

/** `code` (JavaScript) with every message string compiled; `id` names the file in errors. */
export function precompileMessageModule(code: string, id: string): string {
  const program = parseAst(code) as unknown as Node;
  const replacements: { start: number; end: number; text: string }[] = [];
  const replace = (node: unknown) => {
    if (!isNode(node)) return false;
    const text = stringOf(node);
    if (text === null) return false;
    replacements.push({ start: node.start, end: node.end, text: compiledMessage(text, id) });
    return true;
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isNode(node)) return;
    if (node.type === 'Property' && !node.computed) {
      if (!replace(node.value)) visit(node.value);
      return;
    }
    if (node.type === 'ArrayExpression') {
      for (const element of node.elements as unknown[]) if (!replace(element)) visit(element);
      return;
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'type' && typeof value === 'object') visit(value);
  };
  visit(program);
  // ESTree offsets are the string's own (UTF-16) indexes: splice from the end so earlier offsets stay right.
  let out = code;
  for (const r of replacements.sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + r.text + out.slice(r.end);
  return out;
}

export function precompiledMessages(): Plugin {
  return {
    name: 'caf-kiosk:precompiled-messages',
    apply: 'build',
    // After TypeScript is stripped: the plugin reads JavaScript.
    enforce: 'post',
    config: () => ({ define: { __INTLIFY_DROP_MESSAGE_COMPILER__: 'true' } }),
    transform(code, id) {
      if (!messageFile.test(id)) return null;
      return { code: precompileMessageModule(code, id), map: null };
    },
  };
}
