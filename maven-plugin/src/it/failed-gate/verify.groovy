// The cases failed and were ignored, as maven.test.failure.ignore asks; the failed gate still failed the build.
def log = new File(basedir, 'build.log').text
assert log.contains('There are test failures')
assert log.contains('EvalUnit check failed (failOn=gates):')
assert log.contains('answers gate broken answers (FAILED)')
assert log.contains('BUILD FAILURE')
