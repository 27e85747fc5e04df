// Surefire 2.12.4 ran nothing; evalunit:check fails the build and says what to pin.
def log = new File(basedir, 'build.log').text
assert log.contains('maven-surefire-plugin:2.12.4:test')
assert log.contains('this build recorded no run under')
assert log.contains('maven-surefire-plugin 2.12.4 does not run JUnit Platform engines: pin org.apache.maven.plugins:maven-surefire-plugin 3.5.4 in build/pluginManagement')
