// The benchmarks' servers: bench/serve.mjs in a child process each, on 127.0.0.1 and a free port.
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const serveScript = fileURLToPath(new URL("./serve.mjs", import.meta.url));

export interface BenchServer {
  child: ChildProcess;
  base: string;
}

export function start(kind: "real" | "bare"): Promise<BenchServer> {
  // Plain Node for the servers: without the TypeScript loader the parent runs under, as in production.
  const child = fork(serveScript, [kind], { stdio: "inherit", execArgv: [] });
  return new Promise((resolve) =>
    child.once("message", (m: { port: number }) => resolve({ child, base: `http://127.0.0.1:${m.port}` })),
  );
}

/** Sends a question ("rss") to a server and waits for its answer. */
export const ask = <T>(child: ChildProcess, message: string) =>
  new Promise<T>((resolve) => {
    child.once("message", (m) => resolve(m as T));
    child.send(message);
  });

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

export const load = (url: string, options: Partial<autocannon.Options>) =>
  autocannon({ url, connections: 50, duration: SECONDS, ...options });

export const report = (name: string, r: autocannon.Result) =>
  console.log(
    `${name.padEnd(50)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   errors ${r.errors + r.non2xx}`,
  );
