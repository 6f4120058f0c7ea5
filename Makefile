# make run     — install what is missing, build, launch Sockpit
# make test    — install what is missing, build, run every test
# make package — a Release build packed as build-package/sockpit_<version>_<arch>.deb
# make fuzz    — the libFuzzer targets of tests/fuzz, FUZZ_SECONDS each
BUILD ?= build
BUILD_TYPE ?= RelWithDebInfo
CMAKE_ARGS ?=
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

# Debian 12 packages for building, testing and running; dpkg-dev and file
# for make package (dpkg-shlibdeps, and CPack's test for ELF files); Xvfb,
# D-Bus, AT-SPI and pyatspi to read the window as a screen reader does;
# tshark reads exported pcapng files back, socat is a relay peer, and
# junitparser checks the JUnit files of sequences; libssl-dev for making
# self-signed certificates, openssl as the TLS peer of the tests.
DEPS = cmake ninja-build g++ make ccache python3 iproute2 util-linux \
       qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
       qt6-translations-l10n libgl-dev libqt6svg6 qt6-qpa-plugins fonts-wqy-microhei \
       dpkg-dev file xvfb dbus-daemon at-spi2-core python3-pyatspi \
       tshark socat python3-junitparser libssl-dev openssl
# Only for make fuzz: clang with its libFuzzer and sanitizer runtimes, and
# llvm-14 for the symbolizer that puts names on a crash's stack.
FUZZ_DEPS = clang libclang-rt-14-dev llvm-14

PACKAGE_BUILD ?= build-package
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60

.PHONY: all deps configure build run test translations install clean bench package fuzz

all: build

deps:
	@missing=$$(for p in $(DEPS); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	    sudo=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
	    echo "Installing: $$missing"; \
	    $$sudo apt-get update -q && \
	    DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -q --no-install-recommends $$missing; \
	fi

configure: deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_ARGS)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/sockpit

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j 2

# Release build of the benchmark only, then one run (about a minute): Sockpit
# against plain Qt sockets on loopback, one table on stdout (tests/bench/).
bench: deps
	cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_ARGS)
	cmake --build build-release --target sockpit_bench -j $(JOBS)
	QT_QPA_PLATFORM=offscreen ./build-release/tests/bench/sockpit_bench

# Refreshes translations/*.ts from the sources (then translate what is new).
translations: configure
	cmake --build $(BUILD) --target update_translations

install: build
	cmake --install $(BUILD)

# The Debian package: the sockpit target only, stripped, dependencies from
# dpkg-shlibdeps plus the plugins Qt loads at run time (cmake/Packaging.cmake).
package: deps
	cmake -S . -B $(PACKAGE_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_ARGS)
	cmake --build $(PACKAGE_BUILD) --target sockpit -j $(JOBS)
	rm -f $(PACKAGE_BUILD)/sockpit_*.deb
	cd $(PACKAGE_BUILD) && cpack -G DEB
	@ls -l $(PACKAGE_BUILD)/sockpit_*.deb

# Fuzzing needs clang: the target-specific DEPS reach the deps prerequisite.
fuzz: DEPS += $(FUZZ_DEPS)
fuzz: deps
	cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	    -DCMAKE_CXX_COMPILER=clang++ -DSOCKPIT_FUZZ=ON $(CMAKE_ARGS)
	cmake --build $(FUZZ_BUILD) --target fuzzers -j $(JOBS)
	tests/fuzz/run.sh $(FUZZ_BUILD)/tests/fuzz $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD) build-asan $(PACKAGE_BUILD) $(FUZZ_BUILD)
