// The generated project built green: both suites ran, their gates passed, and latest leads to the report.
def project = new File(basedir, 'greetings-eval')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// the build ends with one block per suite: decision, gates, cases and the report's file:// path
assert log =~ /EvalUnit greetings \[[^\]]+\]\s+\[INFO\]   decision  friendly [A-Z_]+\s+\[INFO\]   gates     all \d+ passed\s+\[INFO\]   cases     plain: 2 of 3 cases failed\s+\[INFO\]   report    file:\/.*\/greetings\/.*\/report.html/
assert log =~ /EvalUnit greeter \[[^\]]+\]\s+\[INFO\]   decision  friendly [A-Z_]+\s+\[INFO\]   gates     all \d+ passed\s+\[INFO\]   cases     plain: 2 of 2 cases failed\s+\[INFO\]   report    file:\/.*\/greeter\/.*\/report.html/
assert log.contains('There are test failures')
assert new File(project, 'target/evalunit/greetings/latest/report.html').isFile()
assert new File(project, 'target/evalunit/greeter/latest/summary.json').isFile()
// JUnit XML: every test case has a non-empty name (variant › case, suite › gate: ...), unique with its class name
// (a Java suite's tests are filed under the suite's name, a YAML suite's under the @Suite class)
def reports = new File(project, 'target/surefire-reports').listFiles().findAll { it.name ==~ /TEST-.*\.xml/ }
assert !reports.isEmpty()
for (report in reports) {
    def cases = report.text.findAll(/<testcase name="([^"]*)" classname="([^"]*)"/) { match, name, type -> [type, name] }
    assert cases.size() == 14: "${report.name}: ${cases}"
    assert cases.every { !it[1].isEmpty() }: "${report.name} has a test case without a name"
    assert cases.toSet().size() == cases.size(): "${report.name} repeats a name: ${cases.countBy { it }.findAll { it.value > 1 }}"
}
