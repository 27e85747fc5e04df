// One line names the JUnit Platform the engine needs and the one it found; no linkage error in a dump file.
def log = new File(basedir, 'build.log').text
assert log.contains('[EvalUnit] needs JUnit Platform 6.0 or later (JUnit 6), but the test classpath has JUnit Platform 1.12.2')
assert !log.contains('NoSuchMethodError')
assert !log.contains('NoClassDefFoundError')
