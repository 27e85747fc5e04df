// An OpenAI-compatible chat-completions endpoint on 127.0.0.1 with a fixed latency, for the peer benchmark.
// Answers "ok: <last user message>" (streamed as SSE when the request asks for it) after --latency-ms.
// GET /stats: requests, the time from the first request in to the last response out, and the endpoint's own
// CPU; POST /reset starts the counts over. Prints "port <n>" when it listens. Stops on SIGTERM or stdin EOF.
import http from 'node:http';

const latencyMs = Number(process.argv[process.argv.indexOf('--latency-ms') + 1] ?? 0);
let requests = 0;
let firstIn = null;
let lastOut = null;
let cpuAtReset = process.cpuUsage();

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
      cpuMs: (cpu.user + cpu.system) / 1000 }));
    return;
  }
  if (req.method === 'POST' && req.url === '/reset') {
    requests = 0; firstIn = null; lastOut = null; cpuAtReset = process.cpuUsage();
    res.end('{}');
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    requests++;
    if (firstIn === null) firstIn = performance.now();
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
