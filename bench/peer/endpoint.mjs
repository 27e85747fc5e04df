// An OpenAI-compatible chat-completions endpoint on 127.0.0.1 with a fixed latency, for the peer benchmark.
// Answers a POST with "ok: <last user message>" (streamed as SSE when the request asks for it) after
// --latency-ms; any other request gets a 404 at once and is not counted.
// GET /stats: requests, the time from the first request in to the last response out, the endpoint's own CPU,
// and how the calls ramped up: the peak number of requests in flight, the ms from the first request until that
// peak was first reached, the mean number in flight in each second, and (after POST /watch?pid=<client>) the
// client process's age and CPU seconds (from /proc) when its first request came in. POST /reset starts the
// counts over. Prints "port <n>" when it listens. Stops on SIGTERM or stdin EOF.
import http from 'node:http';
import { readFileSync } from 'node:fs';

const latencyMs = Number(process.argv[process.argv.indexOf('--latency-ms') + 1] ?? 0);
let requests = 0;
let firstIn = null;
let lastOut = null;
let cpuAtReset = process.cpuUsage();
let inFlight = 0;
let peak = 0;
let peakAtMs = 0;
const spans = []; // [in, out] per request, ms since the first request
let watchedPid = null;
let client = null; // the watched client when its first request came in

// Clock ticks per second of /proc's CPU and start times (USER_HZ: 100 on Linux).
const TICKS = 100;

function processAt(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const uptime = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
    return { ageS: +(uptime - fields[19] / TICKS).toFixed(2), cpuS: (Number(fields[11]) + Number(fields[12])) / TICKS };
  } catch {
    return null;
  }
}

function inFlightPerSecond() {
  const seconds = Math.ceil((lastOut - firstIn) / 1000);
  const busy = new Array(Math.max(seconds, 0)).fill(0);
  for (const [from, to] of spans) {
    for (let s = Math.floor(from / 1000); s < seconds && s * 1000 < to; s++) {
      busy[s] += Math.min(to, (s + 1) * 1000) - Math.max(from, s * 1000);
    }
  }
  return busy.map((ms) => +(ms / 1000).toFixed(1));
}

function answer(req, res, body) {
  const request = JSON.parse(body);
  const last = request.messages.filter((m) => m.role === 'user').pop();
  const text = 'ok: ' + (typeof last?.content === 'string' ? last.content : JSON.stringify(last?.content));
  const usage = { prompt_tokens: 12, completion_tokens: 4, total_tokens: 16 };
  const id = 'chatcmpl-' + requests;
  const created = Math.floor(Date.now() / 1000);
  if (request.stream) {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const chunk = (delta, finish) => 'data: ' + JSON.stringify({ id, object: 'chat.completion.chunk', created,
      model: request.model, choices: [{ index: 0, delta, finish_reason: finish }] }) + '\n\n';
    res.write(chunk({ role: 'assistant', content: text }, null));
    res.write('data: ' + JSON.stringify({ id, object: 'chat.completion.chunk', created, model: request.model,
      choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage }) + '\n\n');
    res.end('data: [DONE]\n\n');
  } else {
    const json = JSON.stringify({ id, object: 'chat.completion', created, model: request.model,
      choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }], usage });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
    res.end(json);
  }
  lastOut = performance.now();
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/stats') {
    const cpu = process.cpuUsage(cpuAtReset);
    res.end(JSON.stringify({ requests, spanMs: firstIn === null ? 0 : lastOut - firstIn,
      cpuMs: (cpu.user + cpu.system) / 1000, peakInFlight: peak, msToPeak: +peakAtMs.toFixed(1),
      inFlightPerSecond: firstIn === null ? [] : inFlightPerSecond(), client }));
    return;
  }
  if (req.method === 'POST' && req.url === '/reset') {
    requests = 0; firstIn = null; lastOut = null; cpuAtReset = process.cpuUsage();
    inFlight = 0; peak = 0; peakAtMs = 0; spans.length = 0; watchedPid = null; client = null;
    res.end('{}');
    return;
  }
  if (req.method === 'POST' && req.url.startsWith('/watch?pid=')) {
    watchedPid = Number(req.url.slice('/watch?pid='.length));
    res.end('{}');
    return;
  }
  if (req.method !== 'POST') {
    // not a model call (e.g. a client opening its connections ahead of the calls): not counted
    req.resume();
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('{"error":{"message":"not found"}}');
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    requests++;
    if (firstIn === null) {
      firstIn = performance.now();
      if (watchedPid !== null) client = processAt(watchedPid);
    }
    const arrived = performance.now() - firstIn;
    if (++inFlight > peak) {
      peak = inFlight;
      peakAtMs = arrived;
    }
    const span = [arrived, arrived];
    spans.push(span);
    res.on('finish', () => {
      inFlight--;
      span[1] = performance.now() - firstIn;
    });
    const body = Buffer.concat(chunks).toString('utf8');
    if (latencyMs > 0) setTimeout(() => answer(req, res, body), latencyMs);
    else answer(req, res, body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log('port ' + server.address().port));
process.on('SIGTERM', () => process.exit(0));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
