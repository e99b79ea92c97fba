// Queries of the hot read path, built and compiled by kysely once and then run with new values. Building a kysely
// query and compiling it (the CamelCase plugin walks the whole tree, then the compiler) cost more than running it:
// half of a query's CPU on SQLite (profiled, issue 15). The SQL and its parameters are kysely's own, compiled for the
// database's dialect, so the same code serves SQLite and PostgreSQL, and the values stay bound parameters.
import { directRead } from './database';
import { sql, SqliteAdapter, type Compilable, type CompiledQuery, type Kysely, type RawBuilder } from 'kysely';

/** Stands for the n-th argument while the query is compiled: a string no caller can send (NUL, random part). */
const placeholder = (n: number, salt: string) => `\u0000prepared:${salt}:${n}`;

/**
 * `prepared(db, (a, b) => db.selectFrom(…).where('x', '=', a)…)` compiles the query once with placeholders where
 * the arguments go (one per parameter of `build`, no defaults or rest), and returns a function that runs it with real arguments and answers its rows (result plugins
 * such as CamelCase still apply). Each argument must be used as a plain value (`where(col, '=', arg)`,
 * `set({ col: arg })`): a placeholder folded into the SQL text, or not found at all, stops at preparation. A raw
 * `sql` query takes its arguments as `${arg}`, which binds them too.
 */
export function prepared<Args extends unknown[], Row>(
  db: Kysely<never> | Kysely<any>, // eslint-disable-line @typescript-eslint/no-explicit-any -- any database
  build: (...args: Args) => Compilable<Row> | RawBuilder<Row>,
): (...args: Args) => Promise<Row[]> {
  const salt = Math.random().toString(36).slice(2);
  const marks = Array.from({ length: build.length }, (_, n) => placeholder(n, salt));
  const built = build(...(marks as Args));
  const template: CompiledQuery<Row> = isRawBuilder(built) ? built.compile(db) : built.compile();
  if (marks.some((mark) => template.sql.includes(mark))) throw new Error('prepared: an argument went into the SQL text');
  const slots: Array<[position: number, argument: number]> = [];
  template.parameters.forEach((value, position) => {
    const argument = marks.indexOf(value as string);
    if (argument >= 0) slots.push([position, argument]);
  });
  marks.forEach((_, n) => {
    if (!slots.some(([, argument]) => argument === n)) throw new Error(`prepared: argument ${n} is not a parameter of the query`);
  });
  const direct = directRead(db, template.sql);
  return async (...args: Args) => {
    const parameters = template.parameters.slice();
    for (const [position, argument] of slots) parameters[position] = args[argument];
    if (direct) return (await direct(parameters)) as Row[];
    const { rows } = await db.executeQuery<Row>({ ...template, parameters });
    return rows;
  };
}

const isRawBuilder = <Row>(query: Compilable<Row> | RawBuilder<Row>): query is RawBuilder<Row> =>
  'isRawBuilder' in query && query.isRawBuilder;

/**
 * A text value compared in a query that also orders its rows: `where('householdId', '=', textValue(id))`. SQLite (as
 * better-sqlite3 builds it, with STAT4) plans `col = ?` next to an ORDER BY against the bound value, so binding the
 * parameter again expires the statement and every run prepared it anew: 10 µs instead of 1.3 for a dashboard query
 * (measured, issue 15). `cast(? as text)` is the same comparison, the same index, and a plan made once. PostgreSQL
 * reads it as the text comparison it already was.
 */
export const textValue = (value: string): RawBuilder<string> => sql<string>`cast(${value} as text)`;

/**
 * One read made of several parts (the dashboard's payments, allocations…), each part's rows in its own order, the
 * parts one after another. PostgreSQL runs `oneStatement` (one round trip, which is what a read costs there); SQLite
 * runs each of `statements`, prepared once, in turn: it answers in-process, and a UNION ALL of window queries cost
 * it twice the four statements it replaced, the sorters its row_number() needs (profiled and measured, issue 15:
 * 20 µs against 9 µs for the dashboard at rest). Both forms are the caller's, with the same rows: `oneStatement`
 * must order its rows by part, then by each part's own order, as the statements do. The dialect is chosen here,
 * so that callers need not know it.
 */
export function preparedParts<Arg, Row>(
  db: Kysely<any>, // eslint-disable-line @typescript-eslint/no-explicit-any -- any database
  forms: {
    oneStatement: (arg: Arg) => Compilable<Row> | RawBuilder<Row>;
    statements: ReadonlyArray<(arg: Arg) => Compilable<Row> | RawBuilder<Row>>;
  },
): (arg: Arg) => Promise<Row[]> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return prepared(db, forms.oneStatement);
  const parts = forms.statements.map((build) => prepared(db, build));
  return async (arg: Arg) => {
    const rows: Row[] = [];
    for (const part of parts) rows.push(...(await part(arg)));
    return rows;
  };
}
