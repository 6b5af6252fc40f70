#!/usr/bin/env bash
# Builds a self-contained Linux package of Cepheus with jpackage (JDK 17+).
#   installers/build-linux.sh            -> target/installer/Cepheus/        (app-image, runs in place)
#   installers/build-linux.sh deb        -> target/installer/cepheus_*.deb   (needs fakeroot, dpkg-deb)
# The image bundles a Java runtime trimmed to the modules Cepheus needs; jdeps cannot compute that
# list (nd4j-api ships an invalid module descriptor), so it is kept by hand below.
set -euo pipefail
cd "$(dirname "$0")/.."
type=${1:-app-image}
mvn -q -B package -DskipTests
version=$(grep -m1 -oP '(?<=<version>)[^<]+' pom.xml)
out=target/installer
rm -rf "$out" target/jpackage-input
mkdir -p "$out" target/jpackage-input
cp target/cepheus.jar target/jpackage-input/
cp -r target/lib target/jpackage-input/lib
cp -r sample-data target/jpackage-input/sample-data
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.jfr,java.net.http,jdk.crypto.ec
jpackage --type "$type" --dest "$out" --name Cepheus --app-version "${version%%-*}" \
  --input target/jpackage-input --main-jar cepheus.jar --main-class org.cepheus.Main \
  --add-modules "$modules" \
  --java-options '-Xmx6g' \
  --java-options '-Dorg.bytedeco.javacpp.cachedir=$HOME/.cache/cepheus/javacpp' \
  --description "Variable-star light-curve classification workbench" \
  --vendor "Cepheus" $( [ "$type" = deb ] && echo --linux-shortcut --linux-menu-group Science )
ls -la "$out"
