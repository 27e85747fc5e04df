// The two shards merged into one full run: its comparison covers all 8 cases and the gate passed.
def log = new File(basedir, 'build.log').text
assert log.contains("evalunit merge: 2 shards of suite 'answers'")
assert log.contains('greeting SHIP_TREATMENT')
assert log.contains('EvalUnit: shards merged')
def merged = new File(basedir, 'target/evalunit/answers/merged')
assert new File(merged, 'winner.json').isFile()
def summary = new groovy.json.JsonSlurper().parse(new File(merged, 'summary.json'))
assert summary.partial == null
assert summary.comparison.decisions[0].cases == 8
assert summary.gates.every { it.status == 'PASSED' }
assert new File(basedir, 'target/evalunit/answers/shard-1/shard.json').isFile()
