#!/usr/bin/python3
"""What costs what in a JFR recording of an EvalUnit run: the share of the CPU samples (jdk.ExecutionSample) by
area of the code, and of the process CPU by thread (jdk.ThreadCPULoad).

    python3 bench/profile/jfr_areas.py run.jfr

Exclusive: a sample counts for the first area found walking its stack from the leaf (a JSON call inside the cache
counts as JSON); inclusive: for every area anywhere on its stack. Needs the JDK's `jfr` tool on the PATH.
"""
import collections
import json
import subprocess
import sys

jfr = sys.argv[1]
def events(kind, depth=None):
    cmd = ['jfr', 'print', '--json', '--events', kind] + (['--stack-depth', str(depth)] if depth else []) + [jfr]
    return json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)['recording']['events']
AREAS = [  # first match from the leaf decides the exclusive area
    ('JSON (Jackson)', ('com.fasterxml.jackson',)),
    ('HTTP (java.net.http)', ('java.net.http', 'jdk.internal.net.http')),
    ('HMAC/crypto', ('javax.crypto', 'sun.security', 'com.sun.crypto')),
    ('JUnit platform', ('org.junit',)),
    ('langchain4j', ('dev.langchain4j',)),
    ('response cache', ('dev.evalunit.engine.cache',)),
    ('journal/run files', ('dev.evalunit.engine.files', 'dev.evalunit.engine.RunJournal', 'dev.evalunit.engine.CaseJournal')),
    ('scheduler', ('dev.evalunit.engine.scheduler',)),
    ('progress', ('dev.evalunit.engine.progress',)),
    ('logging', ('java.util.logging', 'sun.util.logging', 'jdk.internal.logger')),
    ('scoring (judges)', ('dev.evalunit.judges',)),
    ('engine (other)', ('dev.evalunit',)),
]
def area_of(frames, names):
    for f in frames:
        for name, prefixes in AREAS:
            if name in names and f.startswith(prefixes):
                return name
    return None
samples = events('jdk.ExecutionSample', 64)
stacks = []
for e in samples:
    frames = [fr['method']['type']['name'].replace('/', '.') + '.' + fr['method']['name'] for fr in e['values']['stackTrace']['frames']]
    stacks.append(frames)
n = len(stacks)
allnames = {a for a, _ in AREAS}
excl = collections.Counter(area_of(s, allnames) or 'JDK/other' for s in stacks)
print(f'{n} execution samples')
print('| area (exclusive, first match from the leaf) | share of samples |')
print('|---|---|')
for a, c in excl.most_common():
    print(f'| {a} | {100*c/n:.1f}% |')
print()
print('| area (inclusive: anywhere on the stack) | share |')
print('|---|---|')
incl = collections.Counter()
for s in stacks:
    for a, prefixes in AREAS:
        if any(f.startswith(prefixes) for f in s):
            incl[a] += 1
    if any(f.startswith(('sun.nio.fs', 'sun.nio.ch.FileChannelImpl', 'java.io.File', 'java.nio.file')) for f in s):
        incl['file I/O'] += 1
for a, c in incl.most_common():
    print(f'| {a} | {100*c/n:.1f}% |')
# CPU per thread group from jdk.ThreadCPULoad (sum of user+system over the recording's periods)
loads = collections.Counter()
for e in events('jdk.ThreadCPULoad'):
    t = e['values']['eventThread']
    name = (t or {}).get('javaName') or (t or {}).get('osName') or '?'
    group = ('compiler threads' if 'Compiler' in name else 'HTTP client threads' if 'HttpClient' in name
             else 'GC threads' if 'GC' in name or 'G1' in name else 'JFR' if 'JFR' in name else name.rstrip('0123456789-'))
    loads[group] += e['values']['user'] + e['values']['system']
tot = sum(loads.values())
print()
print('| threads | share of process CPU (jdk.ThreadCPULoad) |')
print('|---|---|')
for g, v in loads.most_common(8):
    print(f'| {g} | {100*v/tot:.1f}% |')
