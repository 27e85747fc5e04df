// The generated project built green: both suites ran, their gates passed, and latest leads to the report.
def project = new File(basedir, 'greetings-eval')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /EvalUnit greetings \[[^\]]+\]: friendly [A-Z_]+; gates passed; plain: 2 of 3 cases failed -> file:\/.*\/report.html/
assert log =~ /EvalUnit greeter \[[^\]]+\]: friendly [A-Z_]+; gates passed; plain: 2 of 2 cases failed -> file:\/.*\/report.html/
assert log.contains('There are test failures')
assert new File(project, 'target/evalunit/greetings/latest/report.html').isFile()
assert new File(project, 'target/evalunit/greeter/latest/summary.json').isFile()
