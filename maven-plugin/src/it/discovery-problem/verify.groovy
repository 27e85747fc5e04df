// The misspelled scorer is printed once in the console and once in the JUnit XML, at its line in the project's
// source file, with the scorer it probably means; the comparison and gate that name its metric add nothing.
def problem = "src/test/resources/evals/answers.eval.yaml:11: unknown scorer 'containz'; did you mean 'contains'?"
def log = new File(basedir, 'build.log').text
assert log.count(problem) == 1
assert log.count("unknown scorer 'containz'") == 1
assert !log.contains('is not a metric')
assert log.contains('suite answers was not run: 1 problem in its definition')
def xml = new File(basedir, 'target/surefire-reports/TEST-com.example.EvaluationTest.xml').text
assert xml.count("unknown scorer 'containz'") == 1
assert !xml.contains('classpath:evals')
